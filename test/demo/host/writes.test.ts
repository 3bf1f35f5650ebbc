import {
  createInMemoryExcel,
  FORMULA_VALUE,
  HostError,
  workbookFromGrids,
} from '../../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions, InMemorySheet } from '../../../src/demo/host';
import type { ExcelCellValue } from '../../../src/excel/excelApi';

/** "Nhiệm vụ" (B2:D4, a merge over B3:D3) and "Khác"; "Nhiệm vụ" active. */
function host(options: InMemoryExcelOptions = {}): InMemoryExcel {
  const grid = (sheet: string) => ({
    sheet,
    origin: { row: 2, column: 2 },
    values: [
      ['STT', 'Nội dung', 'Thời hạn'],
      ['A', null, null],
      [1, 'Rà soát', 45_000],
    ],
    merges: sheet === 'Nhiệm vụ' ? [{ top: 3, left: 2, bottom: 3, right: 4 }] : [],
  });
  return createInMemoryExcel(workbookFromGrids([grid('Nhiệm vụ'), grid('Khác')]), options);
}

async function failure(run: () => Promise<unknown>): Promise<HostError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** The sheet of that name in the host's workbook (fails the test when missing). */
function sheetOf(excel: InMemoryExcel, name: string): InMemorySheet {
  const sheet = excel.workbook.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('worksheets.add', () => {
  test('adds a sheet at the end at sync, with a fresh id; its proxy works in the same batch', async () => {
    const excel = host();
    const ids = excel.workbook.sheets.map((sheet) => sheet.id);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Tổng hợp');
      sheet.getRange('A1:B1').values = [['Đơn vị', 3]];
      sheet.load(['id', 'name']);
      expect(excel.workbook.sheet('Tổng hợp')).toBeUndefined();
      await context.sync();
      expect(sheet.name).toBe('Tổng hợp');
      expect(ids).not.toContain(sheet.id);
      expect(sheet.id).toBe(sheetOf(excel, 'Tổng hợp').id);
    });
    expect(excel.workbook.sheetNames()).toEqual(['Nhiệm vụ', 'Khác', 'Tổng hợp']);
    expect(sheetOf(excel, 'Tổng hợp').cellAt('A1').value).toBe('Đơn vị');
    expect(sheetOf(excel, 'Tổng hợp').cellAt('B1').value).toBe(3);
    // Adding does not activate.
    expect(excel.workbook.activeSheet.name).toBe('Nhiệm vụ');
    expect(excel.stats.syncs).toBe(1);
  });

  test('without a name it is "Sheet<n>", skipping names already used', async () => {
    const excel = host();
    excel.workbook.addSheet('sheet4');
    await excel.run(async (context) => {
      context.workbook.worksheets.add();
      context.workbook.worksheets.add();
      await context.sync();
    });
    expect(excel.workbook.sheetNames()).toEqual(['Nhiệm vụ', 'Khác', 'sheet4', 'Sheet5', 'Sheet6']);
  });

  test.each([
    ['32 characters', 'x'.repeat(32)],
    ['blank', '   '],
    ['empty', ''],
    ['a backslash', 'a\\b'],
    ['a slash', 'Quý 1/2024'],
    ['a question mark', 'Sao?'],
    ['a star', 'a*b'],
    ['an opening bracket', '[Mẫu'],
    ['a closing bracket', 'Mẫu]'],
    ['a colon', 'Ghi chú: x'],
    ['a leading apostrophe', "'Tổng hợp"],
    ['a trailing apostrophe', "Tổng hợp'"],
    ['the reserved "History"', 'history'],
  ])('a name with %s fails at sync with InvalidArgument', async (_, name) => {
    const excel = host();
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(excel.workbook.sheets).toHaveLength(2);
  });

  test('31 characters, inner apostrophes and Vietnamese letters are fine', async () => {
    const excel = host();
    const names = ['x'.repeat(31), "Bộ Công an's", 'Đề án 06 (2)'];
    await excel.run(async (context) => {
      for (const name of names) context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(excel.workbook.sheetNames().slice(2)).toEqual(names);
  });

  test.each([
    ['another case', 'NHIỆM VỤ'],
    ['Đ against đ', 'khác'],
    ['decomposed diacritics (NFD)', 'Nhiệm vụ'.normalize('NFD')],
  ])('a name already used (%s) fails with ItemAlreadyExists', async (_, name) => {
    const excel = host();
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
    expect(excel.workbook.sheets).toHaveLength(2);
  });

  test('"Đội" and "Dội" are different names', async () => {
    const excel = host();
    excel.workbook.addSheet('Đội');
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Dội');
      context.workbook.worksheets.add('đội 2');
      await context.sync();
    });
    expect(excel.workbook.sheetNames().slice(2)).toEqual(['Đội', 'Dội', 'đội 2']);
  });

  test('after a failed add, what was queued behind it did not happen and its proxy is gone', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const bad = context.workbook.worksheets.add('Khác');
      bad.getRange('A1').values = [['x']];
      context.workbook.worksheets.getItem('Nhiệm vụ').getRange('A1').values = [['y']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      bad.getRange('A1').values = [['z']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(sheetOf(excel, 'Khác').cellAt('A1').value).toBe('');
    expect(sheetOf(excel, 'Nhiệm vụ').cellAt('A1').value).toBe('');
  });
});

describe('worksheet.delete', () => {
  test('removes the sheet at sync; the next sheet becomes active when it was active', async () => {
    const excel = host();
    const deleted = sheetOf(excel, 'Nhiệm vụ');
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nhiệm vụ').delete();
      expect(excel.workbook.sheets).toHaveLength(2);
      await context.sync();
    });
    expect(excel.workbook.sheetNames()).toEqual(['Khác']);
    expect(excel.workbook.activeSheet.name).toBe('Khác');
    expect(deleted.deleted).toBe(true);
    expect(excel.workbook.sheet('Nhiệm vụ')).toBeUndefined();
  });

  test('deleting the last sheet fails with InvalidOperation', async () => {
    const excel = host();
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nhiệm vụ').delete();
        context.workbook.worksheets.getItem('Khác').delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidOperation');
    // The first delete stays: Excel does not roll a request back.
    expect(excel.workbook.sheetNames()).toEqual(['Khác']);
  });

  test('a proxy of a deleted sheet, or of a range on it, fails with ItemNotFound', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Khác');
      const range = sheet.getRange('B2');
      range.load(['values']);
      await context.sync();
      sheet.delete();
      await context.sync();
      range.values = [['x']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      sheet.load(['name']);
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      sheet.delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      context.workbook.worksheets.getItemOrNullObject('Khác').load(['name']);
      await context.sync();
    });
    expect(excel.workbook.sheetNames()).toEqual(['Nhiệm vụ']);
  });

  test('a batch that deletes a sheet and adds one of the same name applies in order', async () => {
    const excel = host();
    const oldId = sheetOf(excel, 'Khác').id;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Khác').delete();
      const fresh = context.workbook.worksheets.add('KHÁC');
      fresh.getRange('A1').values = [['mới']];
      fresh.load(['id']);
      await context.sync();
      expect(fresh.id).not.toBe(oldId);
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.workbook.sheetNames()).toEqual(['Nhiệm vụ', 'KHÁC']);
    const sheet = sheetOf(excel, 'khác');
    expect(sheet.cellAt('A1').value).toBe('mới');
    // The new sheet is blank but for what was written.
    expect(sheet.cellAt('B2').value).toBe('');
  });

  test('adding then deleting the same sheet in one batch leaves the workbook as it was', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Tạm');
      sheet.getRange('A1').values = [['x']];
      sheet.delete();
      await context.sync();
    });
    expect(excel.workbook.sheetNames()).toEqual(['Nhiệm vụ', 'Khác']);
  });
});

/** What the host makes of `input` written into A1 of a fresh sheet (after an optional format). */
async function entered(input: ExcelCellValue, numberFormat?: string) {
  const excel = host();
  await excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem('Khác').getRange('A1');
    if (numberFormat !== undefined) cell.numberFormat = [[numberFormat]];
    cell.values = [[input]];
    await context.sync();
  });
  const { value, formula, quotePrefix, numberFormat: format } = sheetOf(excel, 'Khác').cellAt('A1');
  return { value, formula, quotePrefix, numberFormat: format };
}

describe('range.values: Excel reads strings as typed input', () => {
  test.each([
    ['\'=HYPERLINK("x")', '=HYPERLINK("x")'],
    ["'+1+1", '+1+1'],
    ["'-2+3", '-2+3'],
    ["'@SUM(A1)", '@SUM(A1)'],
    ["'12", '12'],
    ["'31/12/2025", '31/12/2025'],
    ["'", ''],
  ])('%s: the apostrophe makes text, without it', async (input, text) => {
    expect(await entered(input)).toEqual({
      value: text,
      formula: null,
      quotePrefix: true,
      numberFormat: 'General',
    });
  });

  test.each([
    ['=HYPERLINK("x")', '=HYPERLINK("x")'],
    ['=1+1', '=1+1'],
    ['+1+1', '=+1+1'],
    ['-2+3', '=-2+3'],
    ['@SUM(A1)', '=@SUM(A1)'],
    ['- Bộ Công an chủ trì', '=- Bộ Công an chủ trì'],
    ['+ Đã hoàn thành', '=+ Đã hoàn thành'],
  ])('%s becomes the formula %s (read back as #NAME?: nothing is evaluated)', async (input, f) => {
    expect(await entered(input)).toEqual({
      value: FORMULA_VALUE,
      formula: f,
      quotePrefix: false,
      numberFormat: 'General',
    });
    expect(FORMULA_VALUE).toBe('#NAME?');
  });

  test.each([
    ['12', 12],
    ['-4', -4],
    ['+5', 5],
    ['12.5', 12.5],
    [' 7 ', 7],
    ['1e3', 1000],
  ])('the plain number %j becomes a number', async (input, value) => {
    expect(await entered(input)).toEqual({
      value,
      formula: null,
      quotePrefix: false,
      numberFormat: 'General',
    });
  });

  test.each([
    ['50%', 0.5, '0%'],
    ['12.5%', 0.125, '0.00%'],
    ['31/12/2025', 46022, 'dd/mm/yyyy'],
    ['1-2-25', 45689, 'dd/mm/yyyy'],
    ['2025-12-31', 46022, 'yyyy-mm-dd'],
  ])('%s becomes the number %d shown as %s', async (input, value, format) => {
    expect(await entered(input)).toEqual({
      value,
      formula: null,
      quotePrefix: false,
      numberFormat: format,
    });
  });

  test('a percentage or a date keeps a number format already set', async () => {
    expect(await entered('31/12/2025', '0')).toMatchObject({ value: 46022, numberFormat: '0' });
  });

  test.each([
    ['TRUE', true],
    ['false', false],
  ])('%s becomes a boolean', async (input, value) => {
    expect((await entered(input)).value).toBe(value);
  });

  test.each([
    'Nhiệm vụ',
    '3,5',
    '1.234,5',
    '31/02/2025',
    '12/31/2025',
    'Quý IV/2024',
    '-',
    '+',
    '=',
    '- ',
    '',
  ])('%j stays text', async (input) => {
    expect(await entered(input)).toEqual({
      value: input,
      formula: null,
      quotePrefix: false,
      numberFormat: 'General',
    });
  });

  test.each(['=1+1', '12', "'x", '31/12/2025', '-2+3'])(
    'a text-formatted cell ("@") keeps %j verbatim',
    async (input) => {
      expect(await entered(input, '@')).toEqual({
        value: input,
        formula: null,
        quotePrefix: false,
        numberFormat: '@',
      });
    },
  );

  test('numbers and booleans are stored as they are', async () => {
    expect(await entered(12.5)).toMatchObject({ value: 12.5, formula: null });
    expect(await entered(true)).toMatchObject({ value: true, formula: null });
    expect(await entered(-0.25, '@')).toMatchObject({ value: -0.25 });
  });

  test('a constant written over a formula or a quoted text replaces both', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Khác').getRange('A1:B1');
      range.values = [['=A2', "'x"]];
      await context.sync();
      range.values = [['y', 3]];
    });
    const sheet = sheetOf(excel, 'Khác');
    expect(sheet.cellAt('A1')).toMatchObject({ value: 'y', formula: null, quotePrefix: false });
    expect(sheet.cellAt('B1')).toMatchObject({ value: 3, formula: null, quotePrefix: false });
  });

  test('loading values back gives the text without its apostrophe, #NAME? for a formula', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Khác').getRange('A1:C1');
      range.values = [["'=x", '=x', '12']];
      await context.sync();
      range.load(['values']);
      await context.sync();
      expect(range.values).toEqual([['=x', FORMULA_VALUE, 12]]);
    });
  });

  test('null leaves a cell as it is, in values and in number formats', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Nhiệm vụ').getRange('B4:D4');
      range.values = [[null, 'mới', null]];
      range.numberFormat = [['0', null, null]];
      await context.sync();
    });
    const sheet = sheetOf(excel, 'Nhiệm vụ');
    expect([sheet.value(4, 2), sheet.value(4, 3), sheet.value(4, 4)]).toEqual([1, 'mới', 45_000]);
    expect(sheet.numberFormat(4, 2)).toBe('0');
    expect(sheet.numberFormat(4, 3)).toBe('General');
  });

  test('a value that cannot be entered (NaN, an object) fails the whole write', async () => {
    const excel = host();
    for (const bad of [Number.NaN, Infinity, { a: 1 }]) {
      const error = await failure(() =>
        excel.run(async (context) => {
          context.workbook.worksheets.getItem('Khác').getRange('A1:B1').values = [
            ['trước', bad as unknown as ExcelCellValue],
          ];
          await context.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    }
    expect(sheetOf(excel, 'Khác').cellAt('A1').value).toBe('');
  });

  test.each([
    ['one row short', 'A1:B2', [['a', 'b']]],
    ['a ragged row', 'A1:B2', [['a', 'b'], ['c']]],
    ['a single value for two cells', 'A1:B1', [['a']]],
    ['not an array', 'A1', 'a'],
  ])('an array of the wrong shape (%s) fails with InvalidArgument', async (_, address, values) => {
    const excel = host();
    const error = await failure(() =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Khác').getRange(address);
        range.values = values as ExcelCellValue[][];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    const formatError = await failure(() =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Khác').getRange(address);
        range.numberFormat = values as string[][];
        await context.sync();
      }),
    );
    expect(formatError.code).toBe('InvalidArgument');
    expect(sheetOf(excel, 'Khác').cellAt('A1')).toMatchObject({
      value: '',
      numberFormat: 'General',
    });
  });

  test('[[v]] writes a one-cell range; a number format must be a string', async () => {
    const excel = host();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Khác').getRange('C9').values = [['một']];
      await context.sync();
      context.workbook.worksheets.getItem('Khác').getRange('C9').numberFormat = [
        [0 as unknown as string],
      ];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(sheetOf(excel, 'Khác').cellAt('C9')).toMatchObject({
      value: 'một',
      numberFormat: 'General',
    });
  });

  test('a protected sheet refuses values with AccessDenied', async () => {
    const excel = host();
    sheetOf(excel, 'Khác').isProtected = true;
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Khác').getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
  });
});

describe('range.merge', () => {
  test('merges the range; only the top-left value stays; getMergedAreas sees it', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Khác');
      const range = sheet.getRange('A6:C7');
      range.values = [
        ['giữ', 'b', "'c"],
        ['=d', 5, ''],
      ];
      range.merge();
      const merged = sheet.getRange('B7').getMergedAreasOrNullObject().load(['address']);
      await context.sync();
      expect(merged.address).toBe('Khác!A6:C7');
    });
    const sheet = sheetOf(excel, 'Khác');
    expect(sheet.merges).toContainEqual({ top: 6, left: 1, bottom: 7, right: 3 });
    expect(sheet.cellAt('A6').value).toBe('giữ');
    for (const address of ['B6', 'C6', 'A7', 'B7', 'C7']) {
      expect(sheet.cellAt(address)).toMatchObject({ value: '', formula: null, quotePrefix: false });
    }
  });

  test('across merges each row; a single cell or column is left unmerged', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Khác');
      sheet.getRange('A6:C7').merge(true);
      sheet.getRange('E6:E8').merge(true);
      sheet.getRange('G6').merge();
      await context.sync();
    });
    expect(sheetOf(excel, 'Khác').merges).toEqual([
      { top: 6, left: 1, bottom: 6, right: 3 },
      { top: 7, left: 1, bottom: 7, right: 3 },
    ]);
  });

  test('a merge over smaller merges replaces them; one that cuts a merge fails', async () => {
    const excel = host();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nhiệm vụ').getRange('A3:E4').merge();
      await context.sync();
    });
    expect(sheetOf(excel, 'Nhiệm vụ').merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 5 }]);
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nhiệm vụ').getRange('E4:F4').merge();
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidOperation');
    expect(sheetOf(excel, 'Nhiệm vụ').merges).toHaveLength(1);
  });

  test('needs ExcelApi 1.2; a protected sheet refuses it', async () => {
    const old = host({ excelApi: '1.1' });
    const error = await failure(() =>
      old.run(async (context) => {
        context.workbook.worksheets.getItem('Khác').getRange('A1:B1').merge();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
    const excel = host();
    sheetOf(excel, 'Khác').isProtected = true;
    const denied = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Khác').getRange('A1:B1').merge();
        await context.sync();
      }),
    );
    expect(denied.code).toBe('AccessDenied');
  });
});

describe('request bytes', () => {
  const rowsOf = (rows: number): string[][] =>
    Array.from({ length: rows }, () => Array<string>(6).fill("'Nhiệm vụ"));

  /** The request bytes of one sync writing `rows` rows of 6 copies of "'Nhiệm vụ". */
  async function bytesOfWrite(rows: number): Promise<number> {
    const excel = host();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Khác').getRange(`A10:F${rows + 9}`);
      range.values = rowsOf(rows);
      await context.sync();
    });
    return excel.stats.requests[0]?.bytes ?? 0;
  }

  test('a write counts its values, in UTF-8', async () => {
    const small = await bytesOfWrite(10);
    const large = await bytesOfWrite(110);
    // ệ and ụ are 3 bytes each; the address "A10:F119" is one character longer than "A10:F19".
    const values = (rows: number) => Buffer.byteLength(JSON.stringify(rowsOf(rows)));
    expect(large - small).toBe(values(110) - values(10) + 1);
    expect(values(110) - values(10)).toBe(100 * (6 * 15 + 5 + 2 + 1));
    expect(small).toBeGreaterThan(values(10));
  });

  test('every new action counts: sheets, formats, merges, print setup, charts', async () => {
    const excel = host();
    const sizes: number[] = [];
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Tổng hợp');
      await context.sync();
      const range = sheet.getRange('A1:C3');
      const steps: (() => void)[] = [
        () => {
          range.format.font.name = 'Times New Roman';
        },
        () => {
          range.format.borders.getItem('EdgeBottom').style = 'Continuous';
        },
        () => {
          range.format.columnWidth = 120;
        },
        () => {
          range.merge();
        },
        () => {
          sheet.freezePanes.freezeRows(2);
        },
        () => {
          sheet.pageLayout.orientation = 'Landscape';
        },
        () => {
          sheet.charts.add('BarStacked', range, 'Columns').title.text = 'Tình hình';
        },
        () => {
          sheet.delete();
        },
      ];
      for (const step of steps) {
        step();
        await context.sync();
        sizes.push(excel.stats.requests.at(-1)?.bytes ?? 0);
      }
    });
    expect(excel.stats.requests[0]?.bytes).toBe(
      Buffer.byteLength(
        JSON.stringify([
          { action: 'method', path: 'workbook.worksheets', method: 'add', args: ['Tổng hợp'] },
        ]),
      ),
    );
    for (const size of sizes) expect(size).toBeGreaterThan(40);
    // The chart's title counts, in UTF-8.
    expect(sizes[6]).toBeGreaterThan(Buffer.byteLength('"Tình hình"'));
  });

  test('a write over the request limit is refused and applies nothing', async () => {
    const excel = host({ limits: { requestBytes: 1_000 } });
    const error = await failure(() =>
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add('Lớn');
        sheet.getRange('A1:A100').values = Array.from({ length: 100 }, () => ['Nhiệm vụ']);
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.workbook.sheetNames()).toEqual(['Nhiệm vụ', 'Khác']);
  });
});
