import ExcelJS from 'exceljs';
import { isoToExcelSerial } from '../../src/core/parse/calendar';
import type { SheetSpec } from '../../src/core/summary/sheetSpec';
import { headerRowOf, sheetRowOf } from '../../src/core/summary/sheetSpec';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import {
  DA06_WORKBOOK_CREATOR,
  DA06_WORKBOOK_KEYWORDS,
  da06WorkbookKind,
  isDa06Workbook,
  isMeetingWorkbook,
  sheetSpecsXlsxBuffer,
} from '../../src/xlsx/writeSheetSpecs';

const FORMULA_LOOKING = ['=HYPERLINK("x")', '+1+1', '@SUM(A1)', '-2+3'];

/** A small overview: two title lines, a group row, task rows, a total, data bars on B:C. */
const overview: SheetSpec = {
  name: 'Tổng hợp',
  kind: 'overview',
  agency: null,
  titles: ['TỔNG HỢP NHIỆM VỤ THEO ĐƠN VỊ', 'Tính đến ngày 31/01/2024 — bao-cao.xlsx'],
  columns: [
    { header: 'Đơn vị', kind: 'text', width: 30, align: 'left' },
    { header: 'Tổng số nhiệm vụ', kind: 'integer', width: 10, align: 'right' },
    { header: 'Quá hạn', kind: 'integer', width: 9, align: 'right' },
    { header: 'Thời hạn', kind: 'date', width: 12, align: 'center' },
    { header: 'Tỷ lệ hoàn thành', kind: 'percent', width: 11, align: 'right' },
  ],
  rows: [
    { style: 'group', cells: ['I', 'Bộ, ngành (2 đơn vị)', null, null, null], mergeFrom: 1 },
    { style: 'task', cells: ['Bộ Công an', 5, 2, { date: '2024-01-31' }, 0.4] },
    { style: 'task', cells: ['Bộ Tư pháp', 3, 0, { date: '2022-12-31' }, 1] },
    { style: 'total', cells: ['Tổng cộng', 8, 2, null, 0.625] },
  ],
  chart: {
    title: 'Tình trạng theo đơn vị',
    categoryColumn: 0,
    seriesColumns: [1, 2],
    rows: { from: 1, to: 2 },
  },
};

/** The user's text that looks like formulas, and a sheet without a chart. */
const late: SheetSpec = {
  name: 'Chậm muộn',
  kind: 'late',
  agency: null,
  titles: ['NHIỆM VỤ CHẬM MUỘN'],
  columns: [
    { header: 'Nội dung, nhiệm vụ', kind: 'text', width: 50, align: 'left' },
    { header: 'Số ngày quá hạn', kind: 'integer', width: 10, align: 'right' },
  ],
  rows: FORMULA_LOOKING.map((text, index) => ({ style: 'task' as const, cells: [text, index] })),
  chart: null,
};

/** A workbook read back from the bytes written. */
async function readBack(data: Buffer | Promise<Buffer>): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer interface; Node's Buffer is what it reads.
  await back.xlsx.load((await data) as unknown as ExcelJS.Buffer);
  return back;
}

/** A workbook written by exceljs and read back. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return await readBack(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function merges(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.model as unknown as { merges: string[] }).merges;
}

describe('streamSheetSpecsXlsx (read back from its bytes)', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    workbook = await readBack(sheetSpecsXlsxBuffer([overview, late]));
    sheet = sheetOf(workbook, 'Tổng hợp');
  });

  it('writes one worksheet per spec, in order', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chậm muộn']);
  });

  it('lays out titles from row 1, a blank row, the header, then the rows', () => {
    expect(headerRowOf(overview)).toBe(4);
    expect(sheet.getCell('A1').value).toBe('TỔNG HỢP NHIỆM VỤ THEO ĐƠN VỊ');
    expect(sheet.getCell('A2').value).toBe('Tính đến ngày 31/01/2024 — bao-cao.xlsx');
    expect(sheet.getRow(3).values).toEqual([]);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Đơn vị',
      'Tổng số nhiệm vụ',
      'Quá hạn',
      'Thời hạn',
      'Tỷ lệ hoàn thành',
    ]);
    expect(sheetRowOf(overview, 0)).toBe(5);
    expect(sheet.getCell('A5').value).toBe('I');
    expect(sheet.getCell('B5').value).toBe('Bộ, ngành (2 đơn vị)');
    expect([6, 7, 8].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'Bộ Công an',
      'Bộ Tư pháp',
      'Tổng cộng',
    ]);
    expect([6, 7, 8].map((r) => sheet.getCell(r, 2).value)).toEqual([5, 3, 8]);
    expect(sheet.actualRowCount).toBe(7);
  });

  it('merges each title across the table and a group row from mergeFrom to the last column', async () => {
    expect(merges(sheet).sort()).toEqual(['A1:E1', 'A2:E2', 'B5:E5']);
    // One column: nothing to merge.
    const narrow = await readBack(
      sheetSpecsXlsxBuffer([{ ...late, columns: late.columns.slice(0, 1) }]),
    );
    expect(merges(narrow.worksheets[0]!)).toEqual([]);
  });

  it('uses Times New Roman: the title bold 14, notes italic, header, groups and total bold', () => {
    const font = (address: string) => sheet.getCell(address).font;
    expect(font('A1')).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(font('A2')).toMatchObject({ name: 'Times New Roman', size: 12, italic: true });
    expect(font('A2').bold).toBeFalsy();
    for (const address of ['A4', 'E4', 'A5', 'B5', 'A8', 'E8'])
      expect(font(address)).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
    for (const address of ['A6', 'B7', 'E7']) {
      expect(font(address)).toMatchObject({ name: 'Times New Roman', size: 12 });
      expect(font(address).bold).toBeFalsy();
    }
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
  });

  it('gives the header a grey fill, and every table cell thin borders, wrapped and top-aligned', () => {
    expect(sheet.getCell('C4').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9D9D9' },
    });
    // exceljs's typings promise a fill and borders; a cell without them has none.
    const fill: unknown = sheet.getCell('A6').fill;
    expect(JSON.stringify(fill ?? {})).not.toContain('solid');
    for (let row = 4; row <= 8; row++) {
      for (let column = 1; column <= 5; column++) {
        const cell = sheet.getCell(row, column);
        for (const side of ['top', 'left', 'bottom', 'right'] as const)
          expect(cell.border[side]?.style).toBe('thin');
        expect(cell.alignment.wrapText).toBe(true);
        if (row > 4) expect(cell.alignment.vertical).toBe('top');
      }
    }
    // Titles stand outside the table: no borders.
    const border: unknown = sheet.getCell('A1').border;
    expect(border ?? {}).toEqual({});
    expect(sheet.getCell('A6').alignment.horizontal).toBe('left');
    expect(sheet.getCell('B6').alignment.horizontal).toBe('right');
    expect(sheet.getCell('D6').alignment.horizontal).toBe('center');
  });

  it('sets the column widths and the number format of each column kind', () => {
    // A column as wide as exceljs's default has no width of its own: the sheet default applies.
    const width = (c: number) => sheet.getColumn(c).width ?? sheet.properties.defaultColWidth;
    expect([1, 2, 3, 4, 5].map(width)).toEqual([30, 10, 9, 12, 11]);
    // "General" is the format of a cell without one.
    const format = (a: string) => sheet.getCell(a).numFmt || 'General';
    expect(['A6', 'B6', 'C6', 'D6', 'E6'].map(format)).toEqual([
      'General',
      '0',
      '0',
      'dd/mm/yyyy',
      '0.0%',
    ]);
    expect(sheet.getCell('E6').value).toBe(0.4);
    expect(sheet.getCell('E8').value).toBe(0.625);
  });

  it('writes dates as real dates: a whole Excel serial shown dd/mm/yyyy', async () => {
    expect(sheet.getCell('D6').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('D6').value).toEqual(new Date(Date.UTC(2024, 0, 31)));
    expect(sheet.getCell('D7').value).toEqual(new Date(Date.UTC(2022, 11, 31)));
    expect(sheet.getCell('D8').value).toBeNull();
    const data = await sheetSpecsXlsxBuffer([overview]);
    const [grid] = await readXlsxGrids(data);
    expect(grid!.values[5]![3]).toBe(isoToExcelSerial('2024-01-31'));
    expect(grid!.values[6]![3]).toBe(isoToExcelSerial('2022-12-31'));
    expect(grid!.numberFormats![5]![3]).toBe('dd/mm/yyyy');
  });

  it('freezes the header and prints on A4 landscape, one page wide, the header on every page', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    const other = sheetOf(workbook, 'Chậm muộn');
    expect(other.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(other.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('puts data bars on each series column of the chart, over its rows only', () => {
    const formats = (
      sheet as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string }[] }[];
      }
    ).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual(['B6:B7', 'C6:C7']);
    expect(formats.flatMap((f) => f.rules.map((r) => r.type))).toEqual(['dataBar', 'dataBar']);
    const none = (
      sheetOf(workbook, 'Chậm muộn') as unknown as { conditionalFormattings: unknown[] }
    ).conditionalFormattings;
    expect(none).toEqual([]);
  });

  it('keeps formula-looking text as text, never a formula', async () => {
    const other = sheetOf(workbook, 'Chậm muộn');
    FORMULA_LOOKING.forEach((text, index) => {
      const cell = other.getCell(3 + index + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
    const data = await sheetSpecsXlsxBuffer([late]);
    const [grid] = await readXlsxGrids(data);
    expect(grid!.values.slice(3).map((row) => row[0])).toEqual(FORMULA_LOOKING);
  });

  it('marks the workbook as a meeting workbook, and only that one', async () => {
    expect(workbook.creator).toBe(DA06_WORKBOOK_CREATOR);
    expect(workbook.keywords).toBe(DA06_WORKBOOK_KEYWORDS.meeting);
    expect(isMeetingWorkbook(workbook)).toBe(true);
    expect(isDa06Workbook(workbook)).toBe(true);
    expect(isMeetingWorkbook(await readBack(sheetSpecsXlsxBuffer([])))).toBe(true);

    const user = new ExcelJS.Workbook();
    user.addWorksheet('Tổng hợp').getCell('A1').value = 'bảng của tôi';
    expect(isMeetingWorkbook(user)).toBe(false);
    expect(isDa06Workbook(user)).toBe(false);
    expect(isMeetingWorkbook(await roundTrip(user))).toBe(false);
    user.keywords = 'da06-tasksheet, họp giao ban';
    expect(isDa06Workbook(await roundTrip(user))).toBe(false);
    expect(da06WorkbookKind(await roundTrip(user))).toBeNull();
    user.keywords = `họp giao ban, ${DA06_WORKBOOK_KEYWORDS.meeting}`;
    expect(isMeetingWorkbook(await roundTrip(user))).toBe(true);
  });

  it("marks a workbook of normalised tables as da06's, but not as a meeting workbook", async () => {
    const normalized = await readBack(sheetSpecsXlsxBuffer([late], 'normalized'));
    expect(normalized.creator).toBe(DA06_WORKBOOK_CREATOR);
    expect(normalized.keywords).toBe(DA06_WORKBOOK_KEYWORDS.normalized);
    expect(da06WorkbookKind(normalized)).toBe('normalized');
    expect(isDa06Workbook(normalized)).toBe(true);
    expect(isMeetingWorkbook(normalized)).toBe(false);
    expect(da06WorkbookKind(workbook)).toBe('meeting');
    expect(DA06_WORKBOOK_KEYWORDS.normalized).not.toBe(DA06_WORKBOOK_KEYWORDS.meeting);
  });
});

describe('streamSheetSpecsXlsx: hidden columns', () => {
  /** The late list with a third column, as wide as exceljs's default, hidden. */
  const withHidden: SheetSpec = {
    ...late,
    name: 'Nhiệm vụ (chuẩn hóa)',
    kind: 'normalized',
    columns: [
      ...late.columns,
      { header: 'Đơn vị (như đã ghi)', kind: 'text', width: 9, align: 'left', hidden: true },
    ],
    rows: late.rows.map((row, i) => ({ ...row, cells: [...row.cells, `Bộ Công an ${i}`] })),
  };

  it('hides exactly the columns marked hidden, whatever their width', async () => {
    const back = await readBack(sheetSpecsXlsxBuffer([withHidden, late], 'normalized'));
    const sheet = sheetOf(back, 'Nhiệm vụ (chuẩn hóa)');
    expect([1, 2, 3].map((c) => sheet.getColumn(c).hidden)).toEqual([false, false, true]);
    expect(sheet.getColumn(3).width ?? sheet.properties.defaultColWidth).toBe(9);
    const plain = sheetOf(back, 'Chậm muộn');
    expect([1, 2, 3].map((c) => plain.getColumn(c).hidden)).toEqual([false, false, false]);
  });

  it("keeps the hidden column's header and values in the file", async () => {
    const data = await sheetSpecsXlsxBuffer([withHidden]);
    const [grid] = await readXlsxGrids(data);
    expect(grid!.values[2]).toEqual([
      'Nội dung, nhiệm vụ',
      'Số ngày quá hạn',
      'Đơn vị (như đã ghi)',
    ]);
    expect(grid!.values.slice(3).map((row) => row[2])).toEqual(
      FORMULA_LOOKING.map((_, i) => `Bộ Công an ${i}`),
    );
  });
});

describe('streamSheetSpecsXlsx: texts XML cannot hold as they are', () => {
  const texts = [
    '_x000D_ và _x005F_ giữ nguyên',
    'dòng\r\nmới\rcũ',
    'điều khiển\u0001\u001f\u000b',
    'U+FFFE\ufffe U+FFFF\uffff',
    'nửa cặp\ud800 và\udc00 😀',
  ];
  const spec: SheetSpec = {
    ...late,
    name: 'Ký tự',
    titles: ['Tiêu đề _x0041_\u0002'],
    columns: [{ header: 'Cột _x000A_', kind: 'text', width: 40, align: 'left' }],
    rows: texts.map((text) => ({ style: 'task' as const, cells: [text] })),
  };

  it('opens, and reads every text back as written; what XML cannot hold becomes U+FFFD', async () => {
    const data = await sheetSpecsXlsxBuffer([spec]);
    const [grid] = await readXlsxGrids(data);
    expect(grid!.values[0]?.[0]).toBe('Tiêu đề _x0041_\u0002');
    expect(grid!.values[headerRowOf(spec) - 1]?.[0]).toBe('Cột _x000A_');
    expect(texts.map((_, index) => grid!.values[sheetRowOf(spec, index) - 1]?.[0])).toEqual([
      '_x000D_ và _x005F_ giữ nguyên',
      'dòng\r\nmới\rcũ',
      'điều khiển\u0001\u001f\u000b',
      'U+FFFE\ufffd U+FFFF\ufffd',
      'nửa cặp\ufffd và\ufffd 😀',
    ]);
  });
});
