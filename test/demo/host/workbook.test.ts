import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../../src/core/table/grid';
import { formatAddress, parseAddress, parseArea, quoteSheetName } from '../../../src/demo/host/a1';
import { InMemoryWorkbook, workbookFromGrids } from '../../../src/demo/host';
import { workbookFromXlsx } from '../../../src/demo/host/workbookFromXlsx';

/** The `code` of what `run` throws. */
function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return 'no error';
}

describe('A1 addresses', () => {
  test.each([
    ['B3', { top: 3, left: 2, bottom: 3, right: 2 }],
    ['$B$3:$F$10', { top: 3, left: 2, bottom: 10, right: 6 }],
    ['F10:B3', { top: 3, left: 2, bottom: 10, right: 6 }],
    ['A:C', { top: 1, left: 1, bottom: 1_048_576, right: 3 }],
    ['3:5', { top: 3, left: 1, bottom: 5, right: 16_384 }],
  ])('parses %s', (text, area) => {
    expect(parseArea(text)).toEqual(area);
  });

  test.each(['', 'B', '3', 'B0', 'XFE1', 'A1048577', 'A1:B2:C3', 'B2:'])('rejects %j', (text) => {
    expect(parseArea(text)).toBeNull();
  });

  test('quotes sheet names as Excel does', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Trống')).toBe('Trống');
    expect(quoteSheetName('Phụ lục I')).toBe("'Phụ lục I'");
    expect(quoteSheetName('T1-2024')).toBe("'T1-2024'");
    expect(quoteSheetName('2024')).toBe("'2024'");
    expect(quoteSheetName('AB12')).toBe("'AB12'");
    expect(quoteSheetName("Bộ's")).toBe("'Bộ''s'");
    expect(formatAddress('Phụ lục I', { top: 1, left: 1, bottom: 86, right: 6 })).toBe(
      "'Phụ lục I'!A1:F86",
    );
  });

  test('parses area lists with quoted sheet names', () => {
    expect(parseAddress("'Bộ, ngành''s'!A1:B2, 'Bộ, ngành''s'!D4")).toEqual({
      sheet: "Bộ, ngành's",
      areas: [
        { top: 1, left: 1, bottom: 2, right: 2 },
        { top: 4, left: 4, bottom: 4, right: 4 },
      ],
    });
    expect(parseAddress('A1, B2')?.sheet).toBeNull();
    expect(parseAddress('S1!A1, S2!B2')).toBeNull();
  });
});

describe('InMemoryWorkbook', () => {
  test('sheet names: unique case-insensitively, at most 31 characters, no []:*?/\\', () => {
    const workbook = new InMemoryWorkbook();
    workbook.addSheet('Nhiệm vụ');
    expect(codeOf(() => workbook.addSheet('NHIỆM VỤ'))).toBe('ItemAlreadyExists');
    expect(codeOf(() => workbook.addSheet('a/b'))).toBe('InvalidArgument');
    expect(codeOf(() => workbook.addSheet('x'.repeat(32)))).toBe('InvalidArgument');
    expect(workbook.sheet('nhiệm vụ')?.name).toBe('Nhiệm vụ');
  });

  test('the used area: values only, or with formats and merges', () => {
    const sheet = new InMemoryWorkbook().addSheet('S');
    expect(sheet.usedArea(true)).toBeNull();
    sheet.setValue(3, 2, 'x');
    sheet.setNumberFormat(8, 1, '0%');
    sheet.merges.push({ top: 2, left: 2, bottom: 2, right: 9 });
    expect(sheet.usedArea(true)).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(sheet.usedArea(false)).toEqual({ top: 2, left: 1, bottom: 8, right: 9 });
  });
});

describe('workbookFromGrids', () => {
  const grid: Grid = {
    sheet: 'Bảng',
    origin: { row: 3, column: 2 },
    values: [
      ['STT', null, ''],
      [1, true, 45_000],
    ],
    numberFormats: [
      ['General', 'General', 'General'],
      ['General', 'General', 'dd/mm/yyyy'],
    ],
    merges: [{ top: 3, left: 3, bottom: 3, right: 4 }],
  };

  test('places values at the origin; null and "" are empty cells; formats and merges kept', () => {
    const workbook = workbookFromGrids([grid, { ...grid, sheet: 'Khác' }]);
    const sheet = workbook.activeSheet;
    expect(sheet.name).toBe('Bảng');
    expect([sheet.value(3, 2), sheet.value(3, 3), sheet.value(3, 4), sheet.value(4, 3)]).toEqual([
      'STT',
      '',
      '',
      true,
    ]);
    expect(sheet.numberFormat(4, 4)).toBe('dd/mm/yyyy');
    expect(sheet.merges).toEqual(grid.merges);
    expect(sheet.usedArea(false)).toEqual({ top: 3, left: 2, bottom: 4, right: 4 });
    expect(sheet.selection).toEqual({
      areas: [{ top: 1, left: 1, bottom: 1, right: 1 }],
      activeCell: { row: 1, column: 1 },
    });
  });

  test('takes the active sheet, the selection and the active cell', () => {
    const workbook = workbookFromGrids([grid, { ...grid, sheet: 'Khác' }], {
      activeSheet: 'Khác',
      selection: 'B3:D4',
      activeCell: 'C4',
    });
    expect(workbook.activeSheet.name).toBe('Khác');
    expect(workbook.activeSheet.selection).toEqual({
      areas: [{ top: 3, left: 2, bottom: 4, right: 4 }],
      activeCell: { row: 4, column: 3 },
    });
    expect(workbook.sheet('Bảng')?.selection.activeCell).toEqual({ row: 1, column: 1 });
  });

  test('reads an .xlsx as the CLI does', async () => {
    const data = readFileSync(join(__dirname, '../../fixtures/thong-bao-4318-2024-nhiem-vu.xlsx'));
    const workbook = await workbookFromXlsx(data, { selection: 'B2' });
    expect(workbook.activeSheet.name).toBe('Kết luận 4318');
    expect(workbook.activeSheet.value(1, 4)).toBe('Thời hạn');
    expect(workbook.activeSheet.usedArea(true)).toEqual({ top: 1, left: 1, bottom: 26, right: 4 });
  });
});
