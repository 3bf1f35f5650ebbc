import { isoToExcelSerial } from '../../../src/core/parse/calendar';
import type { SheetSpec } from '../../../src/core/summary/sheetSpec';
import { headerRowOf, sheetRowOf } from '../../../src/core/summary/sheetSpec';
import { sheetSpecToGrid } from '../../../src/core/summary/sheetSpecToGrid';
import { normalizeTable } from '../../../src/core/normalize/normalizeTable';
import type { Grid } from '../../../src/core/table/grid';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import type { TaskTable } from '../../../src/core/table/model';
import { readXlsxGrids } from '../../../src/xlsx/readXlsx';
import { sheetSpecsXlsxBuffer } from '../../../src/xlsx/writeSheetSpecs';
import { createInMemoryExcel, workbookFromGrids } from '../../../src/demo/host';
import { writeSheets } from '../../../src/excel/writeSheets';
import { loadWorkbook } from '../../helpers/fixtures';

const SERIAL = isoToExcelSerial('2024-03-31')!;

/** Two titles, every column kind, a group row, a date, texts that look like formulas. */
const SPEC: SheetSpec = {
  name: 'Bảng (chuẩn hóa)',
  kind: 'normalized',
  agency: null,
  titles: ['BẢNG THEO DÕI NHIỆM VỤ', '(Kèm theo Báo cáo số 12/BC-UBND ngày 31/01/2024)'],
  columns: [
    { header: 'STT', kind: 'text', width: 6, align: 'center' },
    { header: 'Nội dung, nhiệm vụ', kind: 'text', width: 40, align: 'left' },
    { header: 'Hạn (ngày)', kind: 'date', width: 12, align: 'center' },
    { header: 'Số ngày quá hạn', kind: 'integer', width: 10, align: 'center' },
    { header: 'Đơn vị (nguyên văn)', kind: 'text', width: 20, align: 'left', hidden: true },
  ],
  rows: [
    {
      style: 'group',
      cells: ['I', 'Nhiệm vụ chung (02 nhiệm vụ)', null, null, null],
      mergeFrom: 1,
    },
    { style: 'task', cells: ['1', '=SUM(A1:A2)', { date: '2024-03-31' }, 5, 'UBND tỉnh'] },
    { style: 'task', cells: ['2', '+ Rà soát', null, '', '@ Bộ Y tế'] },
  ],
  chart: null,
};

describe('sheetSpecToGrid', () => {
  const grid = sheetSpecToGrid(SPEC);

  it('lays the sheet out from A1: titles, a blank row, the header, the rows', () => {
    expect(grid.sheet).toBe('Bảng (chuẩn hóa)');
    expect(grid.origin).toEqual({ row: 1, column: 1 });
    expect(headerRowOf(SPEC)).toBe(4);
    expect(grid.values).toEqual([
      ['BẢNG THEO DÕI NHIỆM VỤ', null, null, null, null],
      ['(Kèm theo Báo cáo số 12/BC-UBND ngày 31/01/2024)', null, null, null, null],
      [null, null, null, null, null],
      ['STT', 'Nội dung, nhiệm vụ', 'Hạn (ngày)', 'Số ngày quá hạn', 'Đơn vị (nguyên văn)'],
      ['I', 'Nhiệm vụ chung (02 nhiệm vụ)', null, null, null],
      ['1', '=SUM(A1:A2)', SERIAL, 5, 'UBND tỉnh'],
      // Empty text reads back as an empty cell; text stays text whatever it starts with.
      ['2', '+ Rà soát', null, null, '@ Bộ Y tế'],
    ]);
  });

  it('gives dates as serial numbers shown dd/mm/yyyy, each row cell its column format', () => {
    expect(grid.numberFormats?.[5]).toEqual(['General', 'General', 'dd/mm/yyyy', '0', 'General']);
    expect(
      grid.numberFormats
        ?.slice(0, 4)
        .flat()
        .every((f) => f === 'General'),
    ).toBe(true);
    // The merged group row shows its first merged cell's format throughout.
    expect(grid.numberFormats?.[4]).toEqual([
      'General',
      'General',
      'General',
      'General',
      'General',
    ]);
  });

  it('merges each title row across the table, and group rows from mergeFrom', () => {
    expect(grid.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 2, left: 1, bottom: 2, right: 5 },
      { top: sheetRowOf(SPEC, 0), left: 2, bottom: 5, right: 5 },
    ]);
  });

  it('empties the followers of a merged group row, as Excel gives them', () => {
    const spec: SheetSpec = {
      ...SPEC,
      rows: [{ style: 'group', cells: ['I', 'Nhiệm vụ', 'x', 1, 'y'], mergeFrom: 1 }],
    };
    expect(sheetSpecToGrid(spec).values[4]).toEqual(['I', 'Nhiệm vụ', null, null, null]);
  });

  it('merges nothing for one column, or a group row merged from its last column', () => {
    const narrow: SheetSpec = {
      ...SPEC,
      columns: [SPEC.columns[1]!],
      rows: [{ style: 'group', cells: ['Nhiệm vụ'], mergeFrom: 0 }],
    };
    expect(sheetSpecToGrid(narrow).merges).toEqual([]);
    const last: SheetSpec = {
      ...SPEC,
      titles: ['X'],
      rows: [{ style: 'group', cells: [null, null, null, null, 'a'], mergeFrom: 4 }],
    };
    expect(sheetSpecToGrid(last).merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
  });

  it('keeps a day Excel cannot hold as its text, and names the sheet as asked', () => {
    const spec: SheetSpec = {
      ...SPEC,
      rows: [{ style: 'task', cells: ['1', 'x', { date: '1899-12-01' }, null, null] }],
    };
    const old = sheetSpecToGrid(spec, 'Trang 2');
    expect(old.values[4]?.[2]).toBe('1899-12-01');
    expect(old.sheet).toBe('Trang 2');
  });

  it('is the grid exceljs reads back from the file it writes', async () => {
    const [normalized] = await normalizedFixture();
    for (const spec of [SPEC, normalized]) {
      const buffer = await sheetSpecsXlsxBuffer([spec], 'normalized');
      const [back] = await readXlsxGrids(new Uint8Array(buffer));
      expect(back).toEqual(sheetSpecToGrid(spec));
    }
  });

  it('is what Excel holds after writing the spec: values, number formats, merges', async () => {
    const excel = createInMemoryExcel(
      workbookFromGrids([
        { sheet: 'Phụ lục I', origin: { row: 1, column: 1 }, values: [['STT']], merges: [] },
      ]),
      { excelApi: '1.17' },
    );
    await writeSheets(excel, [SPEC], { office: excel.office });
    const sheet = excel.workbook.sheet(SPEC.name);
    if (!sheet) throw new Error('sheet not written');
    // The in-memory host keeps a merged follower's own format, where exceljs (and Excel) show
    // the top-left cell's; followers are empty, so the reader never looks at it.
    const follower = (row: number, column: number): boolean =>
      grid.merges.some(
        (m) =>
          m.top <= row &&
          row <= m.bottom &&
          m.left <= column &&
          column <= m.right &&
          (row !== m.top || column !== m.left),
      );
    const cells = grid.values.map((row, r) =>
      row.map((_, c) => {
        const value = sheet.value(r + 1, c + 1);
        const format = follower(r + 1, c + 1) ? null : sheet.numberFormat(r + 1, c + 1);
        return [value === '' ? null : value, format];
      }),
    );
    expect(cells).toEqual(
      grid.values.map((row, r) =>
        row.map((value, c) => [
          value,
          follower(r + 1, c + 1) ? null : grid.numberFormats?.[r]?.[c],
        ]),
      ),
    );
    expect(sortedMerges(sheet.merges)).toEqual(sortedMerges(grid.merges));
  });

  it('reads back through the reader: header, titles, sections and tasks', async () => {
    const [spec, table] = await normalizedFixture();
    const read = readTaskTable(sheetSpecToGrid(spec), { reportDate: '2024-01-31' });
    if (!read.success) throw new Error('not read');
    expect(read.data.headerRow).toBe(headerRowOf(spec));
    expect(read.data.titles).toEqual(spec.titles);
    expect(read.data.tasks).toHaveLength(table.tasks.length);
    expect(read.data.sections.map((s) => [s.label, s.title])).toEqual(
      table.sections.map((s) => [s.label, s.title]),
    );
    const groupRows = spec.rows.flatMap((row, index) =>
      row.style === 'group' ? [sheetRowOf(spec, index)] : [],
    );
    expect(
      [...read.data.sections, ...read.data.groups].map((h) => h.row).sort((a, b) => a - b),
    ).toEqual(groupRows);
  });
});

async function normalizedFixture(): Promise<[SheetSpec, TaskTable]> {
  const [grid] = (await loadWorkbook('bao-cao-230-cham-muon-T01-2024.xlsx')) as [Grid];
  const read = readTaskTable(grid, { reportDate: '2024-01-31' });
  if (!read.success) throw new Error('fixture not read');
  return [normalizeTable(grid, read.data, { asOf: '2024-01-31' }).spec, read.data];
}

function sortedMerges(merges: readonly Grid['merges'][number][]): string[] {
  return merges.map((m) => `${m.top}:${m.left}:${m.bottom}:${m.right}`).sort();
}
