import { missingValue } from '../../../src/core/rules/missing-value';
import { checkGrid } from '../../../src/core/check/checkGrid';
import { gridOf } from '../../helpers/fixtures';
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

  describe('error cells', () => {
    /** Every role a task row can have. */
    const FULL_HEADER = [
      'STT',
      'Nội dung nhiệm vụ',
      'Văn bản chỉ đạo',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Kết quả',
      'Tình trạng',
      'Ghi chú',
    ];
    const fullRow = (stt: string, overrides: Record<number, string> = {}): string[] => {
      const cells = [
        stt,
        `Rà soát, cập nhật dữ liệu dân cư đợt ${stt}`,
        'Kế hoạch 15/KH-UBND',
        'Công an tỉnh',
        'Sở Tư pháp',
        '31/12/2024',
        'Đang thực hiện',
        'Đang thực hiện',
        'Không',
      ];
      for (const [index, text] of Object.entries(overrides)) cells[Number(index)] = text;
      return cells;
    };

    it.each([
      [1, 'task', 'B3', '#REF!'],
      [2, 'directive', 'C3', '#NAME?'],
      [3, 'lead', 'D3', '#N/A'],
      [4, 'partners', 'E3', '#VALUE!'],
      [5, 'deadline', 'F3', '#REF!'],
      [6, 'result', 'G3', '#DIV/0!'],
      [7, 'status', 'H3', '#SPILL!'],
      [8, 'note', 'I3', '#CALC!'],
    ])(
      'reports one error in column %i (%s) at %s, between consistent rows',
      (column, role, cell, error) => {
        const grid = gridOf([
          FULL_HEADER,
          fullRow('1'),
          fullRow('2', { [column]: error }),
          fullRow('3'),
        ]);
        // The whole engine, so that no other rule adds to the one finding.
        const { findings } = checkGrid(grid, { asOf: '2024-06-30' });
        expect(
          findings.map(({ rule, code, cell, params, severity }) => ({
            rule,
            code,
            cell,
            params,
            severity,
          })),
        ).toEqual([
          {
            rule: 'missing-value',
            code: 'cell_error',
            cell,
            params: { role, error },
            severity: 'error',
          },
        ]);
      },
    );

    it('reads an error in any case and with spaces, and reports it as Excel writes it', () => {
      expect(runOnRows(missingValue, [HEADER, row('1', 'Rà soát văn bản', ' #n/a ')])).toEqual([
        { code: 'cell_error', cell: 'C2', params: { role: 'lead', error: '#N/A' } },
      ]);
    });

    it('reports every error cell of a row, and nothing missing for them', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          ['1', '#REF!', '#N/A', '#REF!', '#DIV/0!'],
          row('2', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp'),
        ]),
      ).toEqual([
        { code: 'cell_error', cell: 'B2', params: { role: 'task', error: '#REF!' } },
        { code: 'cell_error', cell: 'C2', params: { role: 'lead', error: '#N/A' } },
        { code: 'cell_error', cell: 'D2', params: { role: 'deadline', error: '#REF!' } },
        { code: 'cell_error', cell: 'E2', params: { role: 'result', error: '#DIV/0!' } },
      ]);
    });

    it('lets sub-items inherit a lead that shows an error, reported once at the parent', () => {
      expect(
        runOnRows(missingValue, [
          HEADER,
          row('1', 'Kết nối các cơ sở dữ liệu của ngành Tư pháp', '#N/A'),
          row('1.1', 'Cơ sở dữ liệu hộ tịch điện tử', null),
        ]),
      ).toEqual([{ code: 'cell_error', cell: 'C2', params: { role: 'lead', error: '#N/A' } }]);
    });

    it('leaves text about an error alone', () => {
      expect(
        runOnRows(missingValue, [HEADER, row('1', 'Sửa lỗi #REF! ở báo cáo tháng', 'Sở Tư pháp')]),
      ).toEqual([]);
    });
  });
});
