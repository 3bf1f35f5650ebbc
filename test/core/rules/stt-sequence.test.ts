import { sttSequence } from '../../../src/core/rules/stt-sequence';
import {
  HEADER,
  brief,
  fixtureGrid,
  onFixtureWorkbooks,
  pastedAnnexGrid,
  phuLucIIGrid,
  runOn,
  runOnRows,
} from './ruleHarness';

const task = (stt: string, n = 0): (string | null)[] => [
  stt,
  `Nhiệm vụ số ${stt} ${n}`,
  'Sở Tư pháp',
  'Quý I/2024',
  'Đang thực hiện',
];
const heading = (label: string, title: string): (string | null)[] => [label, title];

describe('stt-sequence', () => {
  describe('valid', () => {
    it('accepts 1, 2, 3 and numbers written "01", "(2)"', () => {
      expect(runOnRows(sttSequence, [HEADER, task('1'), task('2'), task('3')])).toEqual([]);
      expect(runOnRows(sttSequence, [HEADER, task('01'), task('02'), task('(3)')])).toEqual([]);
    });

    it('accepts numbering that restarts under every group (the late-task annex)', () => {
      expect(
        runOnRows(sttSequence, [
          HEADER,
          heading('A', 'NHIỆM VỤ THEO LỘ TRÌNH ĐỀ ÁN'),
          heading('I', 'Nhiệm vụ chung'),
          task('1'),
          heading('II', 'Nhiệm vụ cụ thể'),
          task('1'),
          task('2'),
          heading('B', 'NHIỆM VỤ THEO CÁC CHỈ THỊ'),
          heading('I', 'Nhiệm vụ chung'),
          task('1'),
          task('2'),
        ]),
      ).toEqual([]);
    });

    it('accepts numbering that runs on across groups (Thanh Hóa: 1 … 72)', () => {
      expect(
        runOnRows(sttSequence, [
          HEADER,
          heading('I', 'Về pháp lý (02 nhiệm vụ)'),
          task('1'),
          task('2'),
          heading('II', 'Về thủ tục hành chính (02 nhiệm vụ)'),
          task('3'),
          task('4'),
          heading('III', 'Về dữ liệu (01 nhiệm vụ)'),
          task('5'),
        ]),
      ).toEqual([]);
    });

    it('leaves sub-items out of the sequence: "1.1", "a)", "-"', () => {
      expect(
        runOnRows(sttSequence, [
          HEADER,
          task('1'),
          task('1.1'),
          task('1.2'),
          task('a)'),
          task('-'),
          task('2'),
        ]),
      ).toEqual([]);
    });

    it('leaves numbers out of order alone when none is missing', () => {
      expect(runOnRows(sttSequence, [HEADER, task('1'), task('3'), task('2'), task('4')])).toEqual(
        [],
      );
    });

    it('reads a 1 followed by 2 under the same heading as a new list', () => {
      expect(
        runOnRows(sttSequence, [
          HEADER,
          task('1'),
          task('2'),
          task('3'),
          task('1', 1),
          task('2', 1),
        ]),
      ).toEqual([]);
    });

    it('stays silent without an STT column, or without any STT', () => {
      expect(
        runOnRows(sttSequence, [
          ['Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
          ['Rà soát văn bản', 'Sở Tư pháp', 'Quý I/2024'],
        ]),
      ).toEqual([]);
      expect(
        runOnRows(sttSequence, [
          HEADER,
          [null, 'Rà soát văn bản', 'Sở Tư pháp', 'Quý I/2024', 'Đang thực hiện'],
        ]),
      ).toEqual([]);
    });

    it('finds the numbering of the pasted annex consistent (a section as a markdown heading)', () => {
      expect(runOn(sttSequence, pastedAnnexGrid())).toEqual([]);
    });

    it('finds the numbering of every fixture workbook consistent', async () => {
      expect(await onFixtureWorkbooks(sttSequence)).toMatchInlineSnapshot(`
       {
         "bao-cao-230-cham-muon-T01-2024.xlsx": [],
         "chi-thi-05-2023-phu-luc.xlsx": [],
         "thanh-hoa-phu-luc-I-06-2024.xlsx": [],
         "thong-bao-4318-2024-nhiem-vu.xlsx": [],
       }
      `);
    });
  });

  describe('invalid', () => {
    it('reports a gap at the number after it', () => {
      expect(runOnRows(sttSequence, [HEADER, task('1'), task('2'), task('4')])).toEqual([
        { code: 'stt_gap', cell: 'A4', params: { previous: '2', expected: '3', found: '4' } },
      ]);
    });

    it('reports a repeat, naming the first cell with the number', () => {
      expect(
        runOnRows(sttSequence, [HEADER, task('1'), task('2'), task('2', 1), task('3')]),
      ).toEqual([{ code: 'stt_repeated', cell: 'A4', params: { stt: '2', firstCell: 'A3' } }]);
    });

    it('reports an STT that is not a number', () => {
      expect(runOnRows(sttSequence, [HEADER, task('1'), task('2'), task('3-4')])).toEqual([
        { code: 'stt_not_number', cell: 'A4', params: { stt: '3-4' } },
      ]);
    });

    it('reports a non-number once, not again as a gap: it stands in for the number it hides', () => {
      expect(
        runOnRows(sttSequence, [HEADER, task('1'), task('#REF!'), task('3'), task('4')]),
      ).toEqual([{ code: 'stt_not_number', cell: 'A3', params: { stt: '#REF!' } }]);
      expect(
        runOnRows(sttSequence, [HEADER, task('1'), task('#N/A'), task('2-3'), task('4')]),
      ).toEqual([
        { code: 'stt_not_number', cell: 'A3', params: { stt: '#N/A' } },
        { code: 'stt_not_number', cell: 'A4', params: { stt: '2-3' } },
      ]);
    });

    it('still reports a gap past what the non-numbers stand in for', () => {
      expect(
        runOnRows(sttSequence, [HEADER, task('1'), task('#REF!'), task('4'), task('5')]),
      ).toEqual([
        { code: 'stt_not_number', cell: 'A3', params: { stt: '#REF!' } },
        { code: 'stt_gap', cell: 'A4', params: { previous: '1', expected: '3', found: '4' } },
      ]);
    });

    it('reports a group that starts past 1 in a table that restarts under every group', () => {
      expect(
        runOnRows(sttSequence, [
          HEADER,
          heading('I', 'Nhiệm vụ chung'),
          task('1'),
          task('2'),
          heading('II', 'Nhiệm vụ cụ thể'),
          task('1', 1),
          heading('III', 'Nhiệm vụ của địa phương'),
          task('3', 2),
        ]),
      ).toEqual([
        { code: 'stt_gap', cell: 'A8', params: { previous: null, expected: '1', found: '3' } },
      ]);
    });

    it('reports a gap across groups in a table that numbers on', () => {
      expect(
        runOnRows(sttSequence, [
          HEADER,
          heading('I', 'Về pháp lý'),
          task('1'),
          task('2'),
          heading('II', 'Về thủ tục hành chính'),
          task('3'),
          heading('III', 'Về dữ liệu'),
          task('5'),
        ]),
      ).toEqual([
        { code: 'stt_gap', cell: 'A8', params: { previous: '3', expected: '4', found: '5' } },
      ]);
    });

    it('reports the real jump from 10 to 16 in Thanh Hóa’s Phụ lục II', () => {
      expect(brief(runOn(sttSequence, phuLucIIGrid()))).toEqual([
        { code: 'stt_gap', cell: 'A14', params: { previous: '10', expected: '11', found: '16' } },
      ]);
    });

    it('reports a row lost from the late-task annex of report 230 (task A.II.4 cleared)', async () => {
      const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
      const values = grid.values.map((row, r) => (r === 11 ? row.map(() => null) : row));
      expect(brief(runOn(sttSequence, { ...grid, values }))).toEqual([
        { code: 'stt_gap', cell: 'A13', params: { previous: '3', expected: '4', found: '5' } },
      ]);
    });

    it('reports the last task of group A.II of the annex numbered as the one above', async () => {
      const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
      const values = grid.values.map((row, r) => (r === 16 ? ['8', ...row.slice(1)] : row));
      expect(brief(runOn(sttSequence, { ...grid, values }))).toEqual([
        { code: 'stt_repeated', cell: 'A17', params: { stt: '8', firstCell: 'A16' } },
      ]);
    });
  });
});
