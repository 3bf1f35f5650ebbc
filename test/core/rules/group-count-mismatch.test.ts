import { groupCountMismatch } from '../../../src/core/rules/group-count-mismatch';
import {
  HEADER,
  brief,
  fixtureGrid,
  onFixtureWorkbooks,
  pastedAnnexGrid,
  runOn,
  runOnRows,
} from './ruleHarness';

const task = (stt: string): string[] => [
  stt,
  `Rà soát, cập nhật dữ liệu chuyên ngành phục vụ Đề án 06, nội dung số ${stt}`,
  'Bộ Công an',
  'Quý I/2024',
  'Đang thực hiện',
];

describe('group-count-mismatch', () => {
  describe('valid', () => {
    it('stays silent when the heading counts its rows', () => {
      expect(
        runOnRows(groupCountMismatch, [
          HEADER,
          ['I', 'Về pháp lý (02 nhiệm vụ)'],
          task('1'),
          task('2'),
          ['II', 'Công tác tuyên truyền'],
          task('3'),
        ]),
      ).toEqual([]);
    });

    it('finds the 10 group counts of Thanh Hóa Phụ lục I consistent', async () => {
      const grid = await fixtureGrid('thanh-hoa-phu-luc-I-06-2024.xlsx');
      expect(runOn(groupCountMismatch, grid, '2024-06-28')).toEqual([]);
    });

    it('stays silent on the fixtures without stated counts', async () => {
      const found = await onFixtureWorkbooks(groupCountMismatch);
      expect(found['chi-thi-05-2023-phu-luc.xlsx']).toEqual([]);
      expect(found['thong-bao-4318-2024-nhiem-vu.xlsx']).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('finds a heading stating more tasks than it holds', () => {
      expect(
        runOnRows(groupCountMismatch, [
          HEADER,
          ['I', 'Về pháp lý (03 nhiệm vụ)'],
          task('1'),
          task('2'),
        ]),
      ).toEqual([
        { code: 'group_count_mismatch', cell: 'A2', params: { group: 'I', stated: 3, counted: 2 } },
      ]);
    });

    it('finds group A.II of the 230 annex: 10 stated over 9 rows', async () => {
      const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
      expect(brief(runOn(groupCountMismatch, grid, '2024-01-31'))).toEqual([
        {
          code: 'group_count_mismatch',
          cell: 'A8',
          params: { group: 'II', stated: 10, counted: 9 },
        },
      ]);
    });

    it('finds the same in the pasted annex', () => {
      expect(brief(runOn(groupCountMismatch, pastedAnnexGrid(), '2024-01-31'))).toEqual([
        {
          code: 'group_count_mismatch',
          cell: 'A5',
          params: { group: 'II', stated: 10, counted: 9 },
        },
      ]);
    });
  });
});
