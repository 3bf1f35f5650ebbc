import { checkGrid, DEFAULT_DUE_SOON_DAYS } from '../../src/core/check/checkGrid';
import { isoToExcelSerial } from '../../src/core/parse/calendar';
import { buildMeetingWorkbook } from '../../src/core/summary/buildMeetingWorkbook';
import { GENERATED_SHEETS_SETTING } from '../../src/core/summary/generatedRecord';
import type { SheetSpec, SpecCell } from '../../src/core/summary/sheetSpec';
import { headerRowOf, NUMBER_FORMATS } from '../../src/core/summary/sheetSpec';
import type { Grid } from '../../src/core/table/grid';
import type { InMemorySheet } from '../../src/demo/host';
import { createInMemoryExcel, WEB_PAYLOAD_LIMIT, workbookFromGrids } from '../../src/demo/host';
import { writeSheets } from '../../src/excel/writeSheets';
import { loadWorkbook, WORKBOOKS } from '../helpers/fixtures';

/** What a spec cell reads back as from Excel. */
function readBack(cell: SpecCell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  return isoToExcelSerial(cell.date) ?? cell.date;
}

/** The sheet's block as the spec says it should read: titles, blank, header, rows. */
function expectedValues(spec: SheetSpec): (string | number)[][] {
  const width = spec.columns.length;
  const line = (text: string | null) => [text ?? '', ...Array<string>(width - 1).fill('')];
  return [
    ...spec.titles.map(line),
    line(null),
    spec.columns.map((column) => column.header),
    ...spec.rows.map((row) => spec.columns.map((_, c) => readBack(row.cells[c] ?? null))),
  ];
}

function valuesOf(sheet: InMemorySheet, rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => sheet.value(r + 1, c + 1)),
  );
}

function cellTexts(grid: Grid, sheet: InMemorySheet): unknown[][] {
  return grid.values.map((row, r) =>
    row.map((_, c) => sheet.value(grid.origin.row + r, grid.origin.column + c)),
  );
}

describe.each(WORKBOOKS.map((workbook) => [workbook.file, workbook] as const))(
  'the meeting workbook of %s, written to Excel',
  (_file, workbook) => {
    let grids: Grid[] = [];
    let specs: SheetSpec[] = [];

    beforeAll(async () => {
      grids = await loadWorkbook(workbook.file);
      const [grid] = grids;
      if (!grid) throw new Error('no sheet');
      const { table } = checkGrid(grid, { asOf: workbook.reportDate });
      if (!table) throw new Error('no table');
      specs = buildMeetingWorkbook([table], {
        asOf: workbook.reportDate,
        dueSoonDays: DEFAULT_DUE_SOON_DAYS,
        source: table.sheet,
      });
    });

    test('every sheet reads back as its spec; the user sheets are untouched', async () => {
      const book = workbookFromGrids(grids);
      const userNames = book.sheetNames();
      const userSheets = [...book.sheets];
      const before = grids.map((grid, i) => cellTexts(grid, userSheets[i]!));
      const excel = createInMemoryExcel(book);
      const result = await writeSheets(excel, specs, { office: excel.office });

      expect(result.syncs).toBe(3);
      expect(Math.max(...excel.stats.requests.map((r) => r.bytes))).toBeLessThan(WEB_PAYLOAD_LIMIT);
      expect(book.sheetNames()).toEqual([...userNames, ...specs.map((spec) => spec.name)]);
      expect(book.sheets.slice(0, grids.length)).toEqual(userSheets);
      grids.forEach((grid, i) => {
        expect(cellTexts(grid, userSheets[i]!)).toEqual(before[i]);
      });
      for (const spec of specs) {
        const sheet = book.sheet(spec.name);
        if (!sheet) throw new Error(`no sheet ${spec.name}`);
        const expected = expectedValues(spec);
        expect(valuesOf(sheet, expected.length, spec.columns.length)).toEqual(expected);
        // No cell of a generated sheet is a formula.
        for (let r = 1; r <= expected.length; r++) {
          for (let c = 1; c <= spec.columns.length; c++) {
            expect(sheet.cell(r, c).formula).toBeNull();
          }
        }
        const firstRow = headerRowOf(spec) + 1;
        spec.columns.forEach((column, c) => {
          if (spec.rows.length > 0) {
            expect(sheet.numberFormat(firstRow, c + 1)).toBe(NUMBER_FORMATS[column.kind]);
          }
        });
        expect(sheet.frozenRows).toBe(headerRowOf(spec));
        expect(sheet.charts).toHaveLength(spec.chart ? 1 : 0);
      }
      expect(book.activeSheet.name).toBe('Tổng hợp');
    });

    test('regenerating leaves the same sheets and records them', async () => {
      const book = workbookFromGrids(grids);
      const excel = createInMemoryExcel(book);
      await writeSheets(excel, specs, { office: excel.office });
      const names = book.sheetNames();
      const again = await writeSheets(excel, specs, { office: excel.office });
      expect(again.sheets.every((sheet) => sheet.replaces)).toBe(true);
      expect(book.sheetNames()).toEqual(names);
      expect(names.some((name) => / \(\d+\)$/.test(name))).toBe(false);
      const record = book.setting(GENERATED_SHEETS_SETTING) as { sheets: { id: string }[] };
      expect(record.sheets.map((sheet) => sheet.id)).toEqual(
        book.sheets.slice(grids.length).map((sheet) => sheet.id),
      );
    });
  },
);
