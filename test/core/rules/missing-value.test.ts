import { missingValue } from '../../../src/core/rules/missing-value';
import {
  HEADER,
  brief,
  onFixtureWorkbooks,
  pastedAnnexGrid,
  phuLucIIGrid,
  runOn,
  runOnRows,
} from './ruleHarness';

const row = (stt: string, task: string, lead: string | null): (string | null)[] => [
  stt,
  task,
  lead,
  'Quý I/2024',
  'Đang thực hiện',
];

describe('missing-value', () => {
  describe('valid', () => {
    it('stays silent when every task has its text and its lead', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          row('1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp'),
          row('2', 'Số hóa hồ sơ hộ tịch', 'Sở Tư pháp phối hợp Sở TTTT'),
        ]),
      ).toEqual([]);
    });

    it('asks for no agency when the table has no lead column', () => {
      expect(
        runOnRows(missingValue, [
          ['STT', 'Nội dung nhiệm vụ', 'Thời hạn', 'Kết quả'],
          ['1', 'Rà soát văn bản quy phạm pháp luật', 'Quý I/2024', 'Đang thực hiện'],
        ]),
      ).toEqual([]);
    });

    it('lets a sub-item inherit the lead of its numbered task', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          row('1', 'Kết nối các cơ sở dữ liệu của ngành Tư pháp', 'Bộ Tư pháp'),
          row('1.1', 'Cơ sở dữ liệu hộ tịch điện tử', null),
          row('a)', 'Cơ sở dữ liệu lý lịch tư pháp', null),
        ]),
      ).toEqual([]);
    });

    it('lets a numbered task without a lead head sub-items that name theirs', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          row('1', 'Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư', null),
          row('1.1', 'Cơ sở dữ liệu hộ tịch điện tử', 'Bộ Tư pháp'),
          row('1.2', 'Cơ sở dữ liệu bảo hiểm', 'Bảo hiểm xã hội Việt Nam'),
        ]),
      ).toEqual([]);
    });

    it('finds nothing missing in the pasted annex (HTML in every cell)', () => {
      expect(runOn(missingValue, pastedAnnexGrid())).toEqual([]);
    });

    it('finds nothing missing in the fixture workbooks', async () => {
      expect(await onFixtureWorkbooks(missingValue)).toMatchInlineSnapshot(`
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
    it('reports a task row without task text, at its task cell', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          row('1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp'),
          row('2', '', 'Sở Tư pháp'),
        ]),
      ).toEqual([{ code: 'missing_task_text', cell: 'B3', params: {} }]);
    });

    it('reports a task without a lead agency, at its lead cell', () => {
      expect(
        runOnRows(missingValue, [HEADER, row('1', 'Rà soát văn bản quy phạm pháp luật', null)]),
      ).toEqual([{ code: 'missing_agency', cell: 'C2', params: {} }]);
    });

    it('reads a lead cell holding only a dash as empty', () => {
      expect(
        runOnRows(missingValue, [HEADER, row('1', 'Rà soát văn bản quy phạm pháp luật', ' - ')]),
      ).toEqual([{ code: 'missing_agency', cell: 'C2', params: {} }]);
    });

    it('reports a row holding only its STT once, as missing its text', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          row('1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp'),
          ['2', null, null, null, null],
        ]),
      ).toEqual([{ code: 'missing_task_text', cell: 'B3', params: {} }]);
    });

    it('reports a sub-item without a lead under a task without one', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          row('1', 'Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư', null),
          row('1.1', 'Cơ sở dữ liệu hộ tịch điện tử', 'Bộ Tư pháp'),
          row('1.2', 'Cơ sở dữ liệu bảo hiểm', null),
        ]),
      ).toEqual([
        { code: 'missing_agency', cell: 'C2', params: {} },
        { code: 'missing_agency', cell: 'C4', params: {} },
      ]);
    });

    it('reports a real task of Thanh Hóa’s Phụ lục II with an empty “Đơn vị chủ trì”', () => {
      const grid = phuLucIIGrid();
      const firstTask = { ...grid, values: grid.values.slice(0, 4) };
      expect(brief(runOn(missingValue, firstTask))).toEqual([
        { code: 'missing_agency', cell: 'B4', params: {} },
      ]);
    });

    it('reports every task of group I of Phụ lục II, whose lead column is empty', () => {
      expect(runOn(missingValue, phuLucIIGrid()).map((f) => `${f.code} ${f.cell}`))
        .toMatchInlineSnapshot(`
       [
         "missing_agency B4",
         "missing_agency B5",
         "missing_agency B6",
         "missing_agency B7",
         "missing_agency B8",
         "missing_agency B9",
         "missing_agency B10",
         "missing_agency B11",
         "missing_agency B12",
         "missing_agency B13",
         "missing_agency B14",
         "missing_agency B15",
         "missing_agency B16",
       ]
      `);
    });
  });
});
