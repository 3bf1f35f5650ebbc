import { figureConflict } from '../../../src/core/rules/figure-conflict';
import { getCatalog } from '../../../src/core/i18n';
import {
  HEADER,
  annexWithTwinOf551,
  brief,
  onFixtureWorkbooks,
  runOn,
  runOnRows,
} from './ruleHarness';

const TASK =
  'Đơn giản hóa thủ tục hành chính và giấy tờ công dân liên quan đến quản lý dân cư đã được Chính phủ phê duyệt';

const rows = (first: string, second: string, secondLead = 'Bộ Tư pháp') => [
  HEADER,
  [1, TASK, 'Bộ Tư pháp', '6/2023', first],
  [2, TASK, secondLead, '6/2023', second],
];

describe('figure-conflict', () => {
  describe('valid', () => {
    it.each([
      [
        'the same figures',
        'Còn 551 thủ tục hành chính chưa được thực thi',
        'Còn 551 thủ tục hành chính chưa được thực thi',
      ],
      ['other nouns', 'Còn 551 thủ tục chưa được thực thi', 'Còn 558 hồ sơ chưa được số hóa'],
      [
        'done against remaining',
        'Đã thực thi 558 thủ tục hành chính',
        'Còn 551 thủ tục hành chính chưa được thực thi',
      ],
      ['no figures', 'Đang thực hiện', 'Chưa hoàn thành'],
    ])('%s', (_, first, second) => {
      expect(runOnRows(figureConflict, rows(first, second))).toEqual([]);
    });

    it('the same words for two owners are two tasks', () => {
      expect(
        runOnRows(
          figureConflict,
          rows(
            'Còn 551 thủ tục hành chính chưa được thực thi',
            'Còn 558 thủ tục hành chính chưa được thực thi',
            'Bộ Y tế',
          ),
        ),
      ).toEqual([]);
    });

    it('finds nothing in the fixture workbooks, which list each task once', async () => {
      expect(Object.values(await onFixtureWorkbooks(figureConflict)).flat()).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('two rows of one task: 551 and 558 procedures left, each row pointing to the other', () => {
      expect(
        runOnRows(
          figureConflict,
          rows(
            'Còn 551 thủ tục hành chính chưa được thực thi',
            'Còn 558 thủ tục hành chính chưa được thực thi',
          ),
        ),
      ).toEqual([
        {
          code: 'figure_conflict',
          cell: 'E2',
          params: {
            noun: 'thủ tục hành chính',
            value: 551,
            otherValue: 558,
            otherCell: 'E3',
            otherSheet: 'Trang1',
            otherFile: null,
          },
        },
        {
          code: 'figure_conflict',
          cell: 'E3',
          params: {
            noun: 'thủ tục hành chính',
            value: 558,
            otherValue: 551,
            otherCell: 'E2',
            otherSheet: 'Trang1',
            otherFile: null,
          },
        },
      ]);
    });

    it('the 230 annex with its task B.I.5 listed again, 558 in the second row (real text)', async () => {
      const grid = await annexWithTwinOf551(
        'Còn 558 thủ tục hành chính chưa được thực thi, chậm tiến độ 04 tháng, nguy cơ các thủ tục hành chính sẽ không được đơn giản hóa, người dân vẫn phải xuất trình nhiều giấy tờ.',
      );
      const findings = runOn(figureConflict, grid, '2024-01-31');
      expect(brief(findings)).toEqual([
        {
          code: 'figure_conflict',
          cell: 'F24',
          params: {
            noun: 'thủ tục hành chính',
            value: 551,
            otherValue: 558,
            otherCell: 'F39',
            otherSheet: 'Chậm muộn T1-2024',
            otherFile: null,
          },
        },
        {
          code: 'figure_conflict',
          cell: 'F39',
          params: {
            noun: 'thủ tục hành chính',
            value: 558,
            otherValue: 551,
            otherCell: 'F24',
            otherSheet: 'Chậm muộn T1-2024',
            otherFile: null,
          },
        },
      ]);
      expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
      const [first] = findings;
      if (first === undefined) throw new Error('no finding');
      expect(getCatalog('vi').finding(first)).toBe(
        'Số thủ tục hành chính là 551 ở đây nhưng 558 ở ô F39 trang “Chậm muộn T1-2024” — thống nhất số liệu.',
      );
    });
  });
});
