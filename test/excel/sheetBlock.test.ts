import type { SheetSpec } from '../../src/core/summary/sheetSpec';
import { AppError } from '../../src/excel/errors';
import { columnWidthPoints, sheetBlock, toExcelValue } from '../../src/excel/sheetBlock';

const SPEC: SheetSpec = {
  name: 'Chậm muộn',
  kind: 'late',
  agency: null,
  titles: ['NHIỆM VỤ CHẬM MUỘN', 'Tính đến ngày 31/01/2024 — nguồn: Phụ lục I'],
  columns: [
    { header: 'STT', kind: 'integer', width: 6, align: 'center' },
    { header: 'Nội dung', kind: 'text', width: 50, align: 'left' },
    { header: 'Thời hạn', kind: 'date', width: 12, align: 'center' },
    { header: 'Tỷ lệ', kind: 'percent', width: 10, align: 'right' },
  ],
  rows: [
    { style: 'group', cells: ['I', 'Bộ Công an (1 nhiệm vụ)', null, null], mergeFrom: 1 },
    { style: 'task', cells: [1, '=HYPERLINK("x","y")', { date: '2024-01-15' }, 0.25] },
    { style: 'total', cells: ['Tổng cộng', '', null, 0.5] },
  ],
  chart: null,
};

describe('toExcelValue', () => {
  test.each([
    ['=HYPERLINK("x","y")', '\'=HYPERLINK("x","y")'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['12/2023', "'12/2023"],
    ["'trích dẫn'", "''trích dẫn'"],
    ['Bộ Công an', "'Bộ Công an"],
  ])('text %j is written after an apostrophe, so Excel keeps it as text', (text, written) => {
    expect(toExcelValue(text)).toBe(written);
  });

  test('empty text and null leave the cell empty; numbers stay numbers', () => {
    expect(toExcelValue('')).toBe('');
    expect(toExcelValue(null)).toBe('');
    expect(toExcelValue(0)).toBe(0);
    expect(toExcelValue(-3.5)).toBe(-3.5);
    expect(toExcelValue(Number.NaN)).toBe('');
  });

  test('dates become Excel serials; a day Excel cannot hold stays as text', () => {
    expect(toExcelValue({ date: '2024-01-15' })).toBe(45306);
    expect(toExcelValue({ date: '1900-03-01' })).toBe(61);
    expect(toExcelValue({ date: '1899-12-31' })).toBe("'1899-12-31");
  });
});

describe('sheetBlock', () => {
  test('titles, a blank row, the header, the rows — every row as wide as the table', () => {
    const block = sheetBlock(SPEC);
    expect(block.values).toEqual([
      ["'NHIỆM VỤ CHẬM MUỘN", '', '', ''],
      ["'Tính đến ngày 31/01/2024 — nguồn: Phụ lục I", '', '', ''],
      ['', '', '', ''],
      ["'STT", "'Nội dung", "'Thời hạn", "'Tỷ lệ"],
      ["'I", "'Bộ Công an (1 nhiệm vụ)", '', ''],
      [1, '\'=HYPERLINK("x","y")', 45306, 0.25],
      ["'Tổng cộng", '', '', 0.5],
    ]);
    expect([block.width, block.headerRow, block.lastRow]).toEqual([4, 4, 7]);
  });

  test('number formats by column kind on the rows, General above them', () => {
    const { numberFormats } = sheetBlock(SPEC);
    const general = ['General', 'General', 'General', 'General'];
    const byKind = ['0', 'General', 'dd/mm/yyyy', '0.0%'];
    expect(numberFormats).toEqual([general, general, general, general, byKind, byKind, byKind]);
  });

  test('a short row is padded; a row wider than the table is refused', () => {
    const short = sheetBlock({ ...SPEC, rows: [{ style: 'task', cells: [1] }] });
    expect(short.values[4]).toEqual([1, '', '', '']);
    const wide = { ...SPEC, rows: [{ style: 'task' as const, cells: [1, 2, 3, 4, 5] }] };
    expect(() => sheetBlock(wide)).toThrow(AppError);
  });

  test('no rows: the header is the last row', () => {
    const block = sheetBlock({ ...SPEC, titles: ['X'], rows: [] });
    expect([block.headerRow, block.lastRow, block.values.length]).toEqual([3, 3, 3]);
  });
});

describe('columnWidthPoints', () => {
  test("Excel's default column, 8.43 characters, is 48 points; widths grow 5.25 pt a character", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1);
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(20) - columnWidthPoints(10)).toBe(52.5);
  });
});
