import { GENERATED_SHEETS_SETTING } from '../../src/core/summary/generatedRecord';
import type { SheetSpec, SpecRow } from '../../src/core/summary/sheetSpec';
import type { CellValue } from '../../src/core/table/grid';
import type { InMemoryExcel, InMemorySheet, InMemoryWorkbook } from '../../src/demo/host';
import { createInMemoryExcel, WEB_PAYLOAD_LIMIT, workbookFromGrids } from '../../src/demo/host';
import { AppError } from '../../src/excel/errors';
import { columnWidthPoints } from '../../src/excel/sheetBlock';
import { readSheetTargets, writeSheets } from '../../src/excel/writeSheets';
import { GENERATED_TAB_COLOR, HEADER_FILL } from '../../src/excel/writeSheetSpec';

/** Text that Excel would turn into formulas, numbers or dates if typed as it is. */
const TRICKY = ['=HYPERLINK("x","y")', '+1+1', '@SUM(A1)', '-2+3', '12/2023', '1.086', '50%'];

const USER_SHEET = 'Phụ lục I';

function userGrid(name = USER_SHEET): { sheet: string; values: CellValue[][] } {
  return {
    sheet: name,
    values: [
      ['STT', 'Nội dung', 'Chủ trì', 'Thời hạn'],
      [1, 'Triển khai tích hợp dữ liệu dân cư', 'Bộ Công an', 'Quý IV/2024'],
      [2, '=HYPERLINK("x","y")', 'Bộ Tư pháp', '31/12/2024'],
    ],
  };
}

function userWorkbook(...names: string[]): InMemoryWorkbook {
  return workbookFromGrids(
    (names.length > 0 ? names : [USER_SHEET]).map((name) => ({
      ...userGrid(name),
      origin: { row: 1, column: 1 },
      merges: [],
    })),
  );
}

/** The overview: agencies, then the total; a chart of the status columns. */
function overview(agencies = 3): SheetSpec {
  const rows: SpecRow[] = Array.from({ length: agencies }, (_, i) => ({
    style: 'task',
    cells: [`Đơn vị ${i + 1}`, 10 - i, 5, 3, 2 - (i % 2), (5 - i) / 10],
  }));
  rows.push({ style: 'total', cells: ['Tổng cộng', 27, 15, 9, 5, 0.5] });
  return {
    name: 'Tổng hợp',
    kind: 'overview',
    agency: null,
    titles: ['TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', 'Tính đến ngày 31/01/2024; nguồn: Phụ lục I'],
    columns: [
      { header: 'Đơn vị', kind: 'text', width: 30, align: 'left' },
      { header: 'Tổng số nhiệm vụ', kind: 'integer', width: 10, align: 'right' },
      { header: 'Hoàn thành', kind: 'integer', width: 10, align: 'right' },
      { header: 'Đang triển khai', kind: 'integer', width: 10, align: 'right' },
      { header: 'Quá hạn', kind: 'integer', width: 10, align: 'right' },
      { header: 'Tỷ lệ hoàn thành', kind: 'percent', width: 12, align: 'right' },
    ],
    rows,
    chart: {
      title: 'Tình hình thực hiện theo đơn vị',
      categoryColumn: 0,
      seriesColumns: [2, 3, 4],
      rows: { from: 0, to: agencies - 1 },
    },
  };
}

/** The late list: one group row, then `tasks` rows whose texts are `text(i)`. */
function late(
  tasks: number,
  text: (i: number) => string = (i) => TRICKY[i % TRICKY.length] ?? '',
): SheetSpec {
  const rows: SpecRow[] = [
    { style: 'group', cells: ['I', 'Bộ Công an (nhiệm vụ chậm)', null, null, null], mergeFrom: 1 },
  ];
  for (let i = 0; i < tasks; i++) {
    rows.push({
      style: 'task',
      cells: [i + 1, text(i), { date: '2024-01-15' }, i % 40, i % 3 === 0 ? '' : 'Đang thực hiện'],
    });
  }
  return {
    name: 'Chậm muộn',
    kind: 'late',
    agency: null,
    titles: ['NHIỆM VỤ CHẬM MUỘN'],
    columns: [
      { header: 'STT', kind: 'integer', width: 6, align: 'center' },
      { header: 'Nội dung, nhiệm vụ', kind: 'text', width: 50, align: 'left' },
      { header: 'Thời gian hoàn thành', kind: 'date', width: 14, align: 'center' },
      { header: 'Số ngày quá hạn', kind: 'integer', width: 10, align: 'right' },
      { header: 'Kết quả', kind: 'text', width: 40, align: 'left' },
    ],
    rows,
    chart: null,
  };
}

function agency(name = 'Bộ Công an'): SheetSpec {
  return {
    ...late(2),
    name,
    kind: 'agency',
    agency: 'bo-cong-an',
    titles: [`NHIỆM VỤ CỦA ${name.toLocaleUpperCase('vi')}`, 'Chủ trì: 2; phối hợp: 0'],
  };
}

function specs(tasks = 5): SheetSpec[] {
  return [overview(), late(tasks), agency()];
}

function sheetOf(book: InMemoryWorkbook, name: string): InMemorySheet {
  const sheet = book.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The values of a sheet's rows 1..rows, columns 1..columns, as `range.values` reads them. */
function valuesOf(sheet: InMemorySheet, rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => sheet.value(r + 1, c + 1)),
  );
}

function host(book: InMemoryWorkbook, excelApi = '1.17'): InMemoryExcel {
  return createInMemoryExcel(book, { excelApi });
}

async function write(excel: InMemoryExcel, sheets: readonly SheetSpec[] = specs()) {
  return await writeSheets(excel, sheets, { office: excel.office });
}

describe('writeSheets: what the sheets hold', () => {
  test("the sheets are added after the user's, in order, the overview active", async () => {
    const excel = host(userWorkbook());
    const result = await write(excel);
    expect(excel.workbook.sheetNames()).toEqual([
      USER_SHEET,
      'Tổng hợp',
      'Chậm muộn',
      'Bộ Công an',
    ]);
    expect(excel.workbook.activeSheet.name).toBe('Tổng hợp');
    expect(result).toEqual({
      sheets: [
        { name: 'Tổng hợp', wanted: 'Tổng hợp', kind: 'overview', replaces: false },
        { name: 'Chậm muộn', wanted: 'Chậm muộn', kind: 'late', replaces: false },
        { name: 'Bộ Công an', wanted: 'Bộ Công an', kind: 'agency', replaces: false },
      ],
      removed: [],
      syncs: 3,
    });
  });

  test('text is stored as text, exactly as in the spec, formula-looking or not', async () => {
    const excel = host(userWorkbook());
    await write(excel, [overview(), late(TRICKY.length)]);
    const sheet = sheetOf(excel.workbook, 'Chậm muộn');
    // Title on row 1, blank row 2, header row 3, group row 4, tasks from row 5.
    TRICKY.forEach((text, i) => {
      const cell = sheet.cellAt(`B${5 + i}`);
      expect([cell.value, cell.formula, cell.quotePrefix]).toEqual([text, null, true]);
      expect(cell.numberFormat).toBe('General');
    });
    expect(sheet.cellAt('A1').value).toBe('NHIỆM VỤ CHẬM MUỘN');
    expect(valuesOf(sheet, 4, 5)).toEqual([
      ['NHIỆM VỤ CHẬM MUỘN', '', '', '', ''],
      ['', '', '', '', ''],
      ['STT', 'Nội dung, nhiệm vụ', 'Thời gian hoàn thành', 'Số ngày quá hạn', 'Kết quả'],
      ['I', 'Bộ Công an (nhiệm vụ chậm)', '', '', ''],
    ]);
  });

  test('numbers stay numbers; dates are serials shown dd/mm/yyyy; rates are 0.0%', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    const lateSheet = sheetOf(excel.workbook, 'Chậm muộn');
    expect(lateSheet.cellAt('A5')).toMatchObject({ value: 1, numberFormat: '0', formula: null });
    expect(lateSheet.cellAt('C5')).toMatchObject({ value: 45306, numberFormat: 'dd/mm/yyyy' });
    expect(lateSheet.cellAt('D6')).toMatchObject({ value: 1, numberFormat: '0' });
    // An empty text leaves the cell empty.
    expect(lateSheet.cellAt('E5')).toMatchObject({ value: '', quotePrefix: false });
    const overviewSheet = sheetOf(excel.workbook, 'Tổng hợp');
    // Two titles, a blank row, the header on row 4, agencies from row 5.
    expect(overviewSheet.cellAt('F5')).toMatchObject({ value: 0.5, numberFormat: '0.0%' });
    expect(overviewSheet.cellAt('B8')).toMatchObject({ value: 27, numberFormat: '0' });
    expect(overviewSheet.cellAt('A8').value).toBe('Tổng cộng');
  });

  test('titles merged across the table, the first bold and larger, centred', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    const sheet = sheetOf(excel.workbook, 'Tổng hợp');
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 2, left: 1, bottom: 2, right: 6 },
      ]),
    );
    expect(sheet.cellAt('A1')).toMatchObject({
      font: { name: 'Times New Roman', size: 14, bold: true },
      horizontalAlignment: 'Center',
    });
    expect(sheet.cellAt('A2').font).toMatchObject({
      name: 'Times New Roman',
      size: 12,
      bold: false,
    });
  });

  test('the header: bold, centred, grey, with borders; the table: borders, wrapped, top', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    const sheet = sheetOf(excel.workbook, 'Chậm muộn');
    const thin = { style: 'Continuous', weight: 'Thin' };
    const header = sheet.cellAt('B3');
    expect(header).toMatchObject({
      font: { name: 'Times New Roman', size: 12, bold: true },
      horizontalAlignment: 'Center',
      wrapText: true,
    });
    expect(header.fill).toMatchObject({ color: HEADER_FILL });
    for (const address of ['A3', 'E3', 'B6', 'A9', 'E9']) {
      const { borders } = sheet.cellAt(address);
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        expect(borders[side]).toMatchObject(thin);
      }
    }
    expect(sheet.cellAt('B6')).toMatchObject({
      wrapText: true,
      verticalAlignment: 'Top',
      horizontalAlignment: 'Left',
      font: { bold: false },
    });
    expect(sheet.cellAt('A6').horizontalAlignment).toBe('Center');
    expect(sheet.cellAt('D6').horizontalAlignment).toBe('Right');
    // Below the table only its bottom line shows; the titles have none.
    expect(sheet.cellAt('A10').borders.top).toMatchObject(thin);
    expect(sheet.cellAt('A10').borders.bottom).toBeNull();
    expect(sheet.cellAt('A1').borders.bottom).toBeNull();
  });

  test('group rows bold and merged from mergeFrom; the total row bold', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    const lateSheet = sheetOf(excel.workbook, 'Chậm muộn');
    expect(lateSheet.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 5 });
    expect(lateSheet.cellAt('A4').font.bold).toBe(true);
    expect(lateSheet.cellAt('B4').font.bold).toBe(true);
    expect(lateSheet.cellAt('B5').font.bold).toBe(false);
    const overviewSheet = sheetOf(excel.workbook, 'Tổng hợp');
    expect(overviewSheet.cellAt('A8').font.bold).toBe(true);
    expect(overviewSheet.cellAt('F8').font.bold).toBe(true);
    expect(overviewSheet.cellAt('A7').font.bold).toBe(false);
  });

  test('column widths, frozen header, tab colour, A4 landscape one page wide', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    const sheet = sheetOf(excel.workbook, 'Chậm muộn');
    expect([1, 2, 3, 4, 5].map((c) => sheet.columnWidth(c))).toEqual(
      [6, 50, 14, 10, 40].map(columnWidthPoints),
    );
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.tabColor).toBe(GENERATED_TAB_COLOR);
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: '$3:$3',
    });
    expect(sheetOf(excel.workbook, 'Tổng hợp').frozenRows).toBe(4);
    expect(sheetOf(excel.workbook, USER_SHEET).tabColor).toBe('');
  });

  test('the overview gets a stacked bar chart of the status columns by agency', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    expect(sheetOf(excel.workbook, 'Tổng hợp').charts).toEqual([
      expect.objectContaining({
        type: 'BarStacked',
        source: "'Tổng hợp'!C4:E7",
        seriesBy: 'Columns',
        title: 'Tình hình thực hiện theo đơn vị',
        legend: { position: 'Bottom', visible: true },
        categories: "'Tổng hợp'!A5:A7",
        reversedCategories: true,
        position: { start: 'A10', end: 'F25' },
      }),
    ]);
    expect(sheetOf(excel.workbook, 'Chậm muộn').charts).toEqual([]);
  });

  test('the record lists the generated sheets by id and name', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    const ids = ['Tổng hợp', 'Chậm muộn', 'Bộ Công an'].map(
      (name) => sheetOf(excel.workbook, name).id,
    );
    expect(excel.workbook.setting(GENERATED_SHEETS_SETTING)).toEqual({
      version: 1,
      sheets: [
        { id: ids[0], name: 'Tổng hợp', group: 'summary' },
        { id: ids[1], name: 'Chậm muộn', group: 'summary' },
        { id: ids[2], name: 'Bộ Công an', group: 'summary' },
      ],
    });
  });
});

describe('writeSheets: regenerating', () => {
  test('twice: the same sheets, no "(2)" copies, the record follows the new sheets', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    const firstIds = excel.workbook.sheets.map((sheet) => sheet.id);
    const second = await write(excel);
    expect(second.sheets.every((sheet) => sheet.replaces)).toBe(true);
    const third = await write(excel);
    expect(third.removed).toEqual([]);
    expect(excel.workbook.sheetNames()).toEqual([
      USER_SHEET,
      'Tổng hợp',
      'Chậm muộn',
      'Bộ Công an',
    ]);
    const ids = excel.workbook.sheets.map((sheet) => sheet.id);
    expect(ids[0]).toBe(firstIds[0]);
    expect(ids.slice(1)).not.toEqual(firstIds.slice(1));
    expect(excel.workbook.setting(GENERATED_SHEETS_SETTING)).toEqual({
      version: 1,
      sheets: excel.workbook.sheets
        .slice(1)
        .map(({ id, name }) => ({ id, name, group: 'summary' })),
    });
  });

  test('a user sheet named like ours is untouched; ours is "Tổng hợp (2)", every time', async () => {
    const excel = host(userWorkbook(USER_SHEET, 'Tổng hợp'));
    const user = sheetOf(excel.workbook, 'Tổng hợp');
    const before = valuesOf(user, 5, 5);
    const first = await write(excel);
    expect(first.sheets[0]).toMatchObject({ name: 'Tổng hợp (2)', wanted: 'Tổng hợp' });
    await write(excel);
    expect(excel.workbook.sheetNames()).toEqual([
      USER_SHEET,
      'Tổng hợp',
      'Tổng hợp (2)',
      'Chậm muộn',
      'Bộ Công an',
    ]);
    expect(sheetOf(excel.workbook, 'Tổng hợp')).toBe(user);
    expect(valuesOf(user, 5, 5)).toEqual(before);
    expect(user.tabColor).toBe('');
    expect(user.merges).toEqual([]);
    expect(excel.workbook.activeSheet.name).toBe('Tổng hợp (2)');
  });

  test('a generated sheet the user renamed is still replaced', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    sheetOf(excel.workbook, 'Bộ Công an').name = 'BCA - đã xem';
    const result = await write(excel);
    expect(result.removed).toEqual(['BCA - đã xem']);
    expect(excel.workbook.sheetNames()).toEqual([
      USER_SHEET,
      'Tổng hợp',
      'Chậm muộn',
      'Bộ Công an',
    ]);
  });

  test('a generated sheet no longer produced is deleted; a user sheet never is', async () => {
    const excel = host(userWorkbook());
    await write(excel, [overview(), late(3), agency('Bộ Công an'), agency('Bộ Tư pháp')]);
    const result = await write(excel);
    expect(result.removed).toEqual(['Bộ Tư pháp']);
    expect(excel.workbook.sheetNames()).toEqual([
      USER_SHEET,
      'Tổng hợp',
      'Chậm muộn',
      'Bộ Công an',
    ]);
  });

  test('a record naming a sheet since deleted, or unreadable, makes no sheet ours', async () => {
    const book = userWorkbook(USER_SHEET, 'Tổng hợp');
    book.settings.set(
      GENERATED_SHEETS_SETTING,
      JSON.stringify({ version: 1, sheets: [{ id: '{gone}', name: 'Tổng hợp' }] }),
    );
    const excel = host(book);
    const result = await write(excel);
    expect(result.sheets[0]?.name).toBe('Tổng hợp (2)');
    expect(result.removed).toEqual([]);

    book.settings.set(GENERATED_SHEETS_SETTING, JSON.stringify({ version: 2 }));
    const again = await write(excel);
    // Nothing is ours any more: every name is taken, by sheets now counted as the user's.
    expect(again.sheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp (3)',
      'Chậm muộn (2)',
      'Bộ Công an (2)',
    ]);
  });

  test('when every sheet is ours, they are replaced all the same', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    excel.workbook.removeSheet(sheetOf(excel.workbook, USER_SHEET));
    const result = await write(excel);
    expect(result.syncs).toBe(3);
    expect(excel.workbook.sheetNames()).toEqual(['Tổng hợp', 'Chậm muộn', 'Bộ Công an']);
    expect(sheetOf(excel.workbook, 'Tổng hợp').cellAt('A1').value).toBe(
      'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ',
    );
  });
});

describe('writeSheets: round trips and request sizes', () => {
  async function run(tasks: number, text?: (i: number) => string) {
    const excel = host(userWorkbook());
    const progress: [number, number][] = [];
    const result = await writeSheets(excel, [overview(), late(tasks, text), agency()], {
      office: excel.office,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const maxBytes = Math.max(...excel.stats.requests.map((request) => request.bytes));
    return { excel, result, progress, maxBytes };
  }

  test('the same syncs for 100 and 10,000 task rows, three in all', async () => {
    const small = await run(100);
    const large = await run(10_000);
    expect(small.excel.stats.syncs).toBe(3);
    expect(large.excel.stats.syncs).toBe(small.excel.stats.syncs);
    expect(large.result.syncs).toBe(3);
    expect(large.progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(large.maxBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    const sheet = sheetOf(large.excel.workbook, 'Chậm muộn');
    // The last task: row 4 + 10,000.
    expect(sheet.cellAt('A10004').value).toBe(10_000);
    expect(sheet.cellAt('B10004').value).toBe(TRICKY[9_999 % TRICKY.length]);
    expect(sheet.cellAt('E10004').borders.bottom).toMatchObject({ style: 'Continuous' });
  });

  test('above the budget: row chunks, no request over 5 MB, every row written', async () => {
    const long = (i: number) =>
      `Nhiệm vụ số ${i}: ${'triển khai, đôn đốc, báo cáo kết quả '.repeat(20)}`;
    const { excel, result, progress, maxBytes } = await run(10_000, long);
    expect(result.syncs).toBeGreaterThan(3);
    expect(excel.stats.syncs).toBe(result.syncs);
    expect(progress.map(([done]) => done)).toEqual(
      Array.from({ length: result.syncs }, (_, i) => i + 1),
    );
    expect(progress.every(([, total]) => total === result.syncs)).toBe(true);
    expect(maxBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    const total = excel.stats.requests.reduce((sum, request) => sum + request.bytes, 0);
    expect(total).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    const sheet = sheetOf(excel.workbook, 'Chậm muộn');
    for (const i of [0, 4_321, 9_999]) {
      expect(sheet.cellAt(`B${5 + i}`).value).toBe(long(i));
      expect(sheet.cellAt(`C${5 + i}`).numberFormat).toBe('dd/mm/yyyy');
    }
  });
});

describe('writeSheets: requirements and errors', () => {
  test('at ExcelApi 1.7 the sheets are written without print setup', async () => {
    const excel = host(userWorkbook(), '1.7');
    const result = await write(excel);
    expect(result.syncs).toBe(3);
    const sheet = sheetOf(excel.workbook, 'Tổng hợp');
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Portrait', printTitleRows: null });
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.charts).toHaveLength(1);
  });

  test('below ExcelApi 1.7, or outside Office, nothing is done', async () => {
    const excel = host(userWorkbook(), '1.6');
    await expect(write(excel)).rejects.toMatchObject({
      code: 'requirement_not_met',
      detail: 'ExcelApi 1.7',
    });
    await expect(writeSheets(excel, specs(), { office: {} })).rejects.toMatchObject({
      code: 'not_in_excel',
    });
    expect(excel.stats.syncs).toBe(0);
  });

  test('no specs, or a row wider than its table: invalid_argument before any sync', async () => {
    const excel = host(userWorkbook());
    await expect(write(excel, [])).rejects.toMatchObject({ code: 'invalid_argument' });
    const wide = late(1);
    wide.rows.push({ style: 'task', cells: [1, 2, 3, 4, 5, 6] });
    await expect(write(excel, [wide])).rejects.toBeInstanceOf(AppError);
    expect(excel.stats.syncs).toBe(0);
  });
});

describe('readSheetTargets', () => {
  test('one sync: the sheets in tab order, ours by recorded id (renamed or not)', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    sheetOf(excel.workbook, 'Chậm muộn').name = 'Chậm muộn T1';
    excel.resetStats();
    const targets = await readSheetTargets(excel);
    expect(excel.stats.syncs).toBe(1);
    expect(targets.sheets.map(({ name, generated }) => [name, generated])).toEqual([
      [USER_SHEET, false],
      ['Tổng hợp', true],
      ['Chậm muộn T1', true],
      ['Bộ Công an', true],
    ]);
    expect(targets.sheets.map((sheet) => sheet.id)).toEqual(
      excel.workbook.sheets.map((sheet) => sheet.id),
    );
  });

  test('no record: nothing is ours', async () => {
    const excel = host(userWorkbook(USER_SHEET, 'Tổng hợp'));
    const targets = await readSheetTargets(excel);
    expect(targets.sheets.every((sheet) => !sheet.generated)).toBe(true);
  });
});

/** A table in the standard layout: the agency as written kept in a hidden last column. */
function normalized(name = 'Nhiệm vụ (chuẩn hóa)', tasks = 3): SheetSpec {
  const rows: SpecRow[] = [{ style: 'group', cells: ['I', 'Bộ, ngành', null, null], mergeFrom: 1 }];
  for (let i = 0; i < tasks; i++) {
    rows.push({
      style: 'task',
      cells: [i + 1, `Nhiệm vụ ${i + 1}`, 'Bộ Công an', 'BCA (chủ trì)'],
    });
  }
  return {
    name,
    kind: 'normalized',
    agency: null,
    titles: ['DANH MỤC NHIỆM VỤ'],
    columns: [
      { header: 'STT', kind: 'integer', width: 6, align: 'center' },
      { header: 'Nội dung, nhiệm vụ', kind: 'text', width: 50, align: 'left' },
      { header: 'Đơn vị chủ trì', kind: 'text', width: 20, align: 'left' },
      { header: 'Đơn vị (như đã ghi)', kind: 'text', width: 20, align: 'left', hidden: true },
    ],
    rows,
    chart: null,
  };
}

describe('writeSheets: hidden columns', () => {
  test('a column marked hidden is hidden, with its values; no other column is', async () => {
    const excel = host(userWorkbook());
    const result = await writeSheets(excel, [normalized()], {
      office: excel.office,
      group: 'normalized:x',
    });
    expect(result.syncs).toBe(3);
    const sheet = sheetOf(excel.workbook, 'Nhiệm vụ (chuẩn hóa)');
    expect([...sheet.hiddenColumns]).toEqual([4]);
    expect(sheet.cellAt('D3').value).toBe('Đơn vị (như đã ghi)');
    expect(sheet.cellAt('D5').value).toBe('BCA (chủ trì)');
    expect(sheet.columnWidth(4)).toBe(columnWidthPoints(20));
  });

  test('every column marked hidden is hidden; the meeting workbook hides none', async () => {
    const excel = host(userWorkbook());
    await write(excel);
    for (const name of ['Tổng hợp', 'Chậm muộn', 'Bộ Công an']) {
      expect([...sheetOf(excel.workbook, name).hiddenColumns]).toEqual([]);
    }
    const two = normalized();
    two.columns = two.columns.map((column, c) => (c === 2 ? { ...column, hidden: true } : column));
    await writeSheets(excel, [two], { office: excel.office, group: 'normalized:x' });
    expect([...sheetOf(excel.workbook, 'Nhiệm vụ (chuẩn hóa)').hiddenColumns].sort()).toEqual([
      3, 4,
    ]);
  });
});

describe('writeSheets: groups', () => {
  /** The source sheet's id, as the task pane names the group of its normalised table. */
  function normalizedGroup(excel: InMemoryExcel): string {
    return `normalized:${sheetOf(excel.workbook, USER_SHEET).id}`;
  }

  async function writeGroup(excel: InMemoryExcel, sheets: readonly SheetSpec[], group: string) {
    return await writeSheets(excel, sheets, { office: excel.office, group });
  }

  /** Each sheet's id and cell values, by name: what must not change. */
  function snapshot(book: InMemoryWorkbook, names: readonly string[]) {
    return names.map((name) => {
      const sheet = sheetOf(book, name);
      return { name, id: sheet.id, values: valuesOf(sheet, 12, 6), merges: [...sheet.merges] };
    });
  }

  const SUMMARY = ['Tổng hợp', 'Chậm muộn', 'Bộ Công an'];
  const NORMALIZED = 'Nhiệm vụ (chuẩn hóa)';

  test('regenerating the summary leaves the normalised table alone, and the other way round', async () => {
    const excel = host(userWorkbook());
    const book = excel.workbook;
    const group = normalizedGroup(excel);
    await write(excel);
    const summary = snapshot(book, SUMMARY);

    const first = await writeGroup(excel, [normalized()], group);
    expect(first.removed).toEqual([]);
    expect(first.sheets).toEqual([
      { name: NORMALIZED, wanted: NORMALIZED, kind: 'normalized', replaces: false },
    ]);
    expect(snapshot(book, SUMMARY)).toEqual(summary);
    const table = snapshot(book, [NORMALIZED]);
    expect(table[0]?.values[4]?.slice(0, 4)).toEqual([
      1,
      'Nhiệm vụ 1',
      'Bộ Công an',
      'BCA (chủ trì)',
    ]);

    // The summary again: its sheets replaced, the normalised one untouched and still recorded.
    const again = await write(excel);
    expect(again.removed).toEqual([]);
    expect(again.sheets.every((sheet) => sheet.replaces)).toBe(true);
    expect(snapshot(book, [NORMALIZED])).toEqual(table);
    expect([...sheetOf(book, NORMALIZED).hiddenColumns]).toEqual([4]);
    const summaryIds = SUMMARY.map((name) => sheetOf(book, name).id);
    expect(summaryIds).not.toEqual(summary.map((sheet) => sheet.id));
    expect(book.setting(GENERATED_SHEETS_SETTING)).toEqual({
      version: 1,
      sheets: [
        { id: table[0]?.id, name: NORMALIZED, group },
        ...SUMMARY.map((name, i) => ({ id: summaryIds[i], name, group: 'summary' })),
      ],
    });

    // The normalised table again: only it is replaced, no "(2)", the summary untouched.
    const regenerated = snapshot(book, SUMMARY);
    const second = await writeGroup(excel, [normalized(NORMALIZED, 5)], group);
    expect(second.sheets).toEqual([
      { name: NORMALIZED, wanted: NORMALIZED, kind: 'normalized', replaces: true },
    ]);
    expect(second.removed).toEqual([]);
    expect(snapshot(book, SUMMARY)).toEqual(regenerated);
    expect(sheetOf(book, NORMALIZED).id).not.toBe(table[0]?.id);
    expect(sheetOf(book, NORMALIZED).cellAt('B9').value).toBe('Nhiệm vụ 5');
    expect(book.sheetNames().sort()).toEqual([USER_SHEET, ...SUMMARY, NORMALIZED].sort());
    expect(valuesOf(sheetOf(book, USER_SHEET), 3, 4)).toEqual(userGrid().values);
  });

  test('a name another group holds gets " (2)"; neither group takes the other\'s sheet', async () => {
    const excel = host(userWorkbook());
    const book = excel.workbook;
    const group = normalizedGroup(excel);
    await write(excel);
    const summary = snapshot(book, SUMMARY);

    const clash = await writeGroup(excel, [normalized('Chậm muộn')], group);
    expect(clash.sheets).toEqual([
      { name: 'Chậm muộn (2)', wanted: 'Chậm muộn', kind: 'normalized', replaces: false },
    ]);
    expect(snapshot(book, SUMMARY)).toEqual(summary);
    const table = snapshot(book, ['Chậm muộn (2)']);

    // Regenerating either keeps the names: the summary's "Chậm muộn" is its own.
    const again = await write(excel);
    expect(again.sheets.map((sheet) => sheet.name)).toEqual(SUMMARY);
    expect(snapshot(book, ['Chậm muộn (2)'])).toEqual(table);
    const twice = await writeGroup(excel, [normalized('Chậm muộn')], group);
    expect(twice.sheets).toEqual([
      { name: 'Chậm muộn (2)', wanted: 'Chậm muộn', kind: 'normalized', replaces: true },
    ]);
    expect(book.sheetNames()).toHaveLength(5);
  });

  test('the summary written after a normalised table named like its overview gets " (2)"', async () => {
    const excel = host(userWorkbook());
    const book = excel.workbook;
    await writeGroup(excel, [normalized('Tổng hợp')], normalizedGroup(excel));
    const table = snapshot(book, ['Tổng hợp']);
    const result = await write(excel);
    expect(result.sheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp (2)',
      'Chậm muộn',
      'Bộ Công an',
    ]);
    expect(snapshot(book, ['Tổng hợp'])).toEqual(table);
    expect(sheetOf(book, 'Tổng hợp').cellAt('A1').value).toBe('DANH MỤC NHIỆM VỤ');
  });
});
