import {
  createInMemoryExcel,
  FORMULA_VALUE,
  HostError,
  workbookFromGrids,
} from '../../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions } from '../../../src/demo/host';
import type { HostWorksheet } from '../../../src/demo/host/requestContext';

/** "Nhiệm vụ": B2:D4 with a merge over B3:D3 and one over B5:B6; a formula in D2. */
function host(options: InMemoryExcelOptions = {}): InMemoryExcel {
  const workbook = workbookFromGrids([
    {
      sheet: 'Nhiệm vụ',
      origin: { row: 2, column: 2 },
      values: [
        ['STT', 'Nội dung', null],
        ['I. Nhóm nhiệm vụ', null, null],
        [1, 'Rà soát', 45_322],
        ['Bộ Công an', null, null],
      ],
      merges: [
        { top: 3, left: 2, bottom: 3, right: 4 },
        { top: 5, left: 2, bottom: 6, right: 2 },
      ],
    },
  ]);
  const excel = createInMemoryExcel(workbook, options);
  excel.workbook.activeSheet.enter(2, 4, {
    value: FORMULA_VALUE,
    formula: '=SUM(B4:B4)',
    quotePrefix: false,
    numberFormat: null,
  });
  return excel;
}

async function run(excel: InMemoryExcel, batch: (sheet: HostWorksheet) => void): Promise<void> {
  await excel.run(async (context) => {
    batch(context.workbook.worksheets.getItem('Nhiệm vụ'));
    await context.sync();
  });
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

describe('range.formulas', () => {
  test('a formula cell gives its formula; any other cell its value (text without its "\'")', async () => {
    const excel = host();
    excel.workbook.activeSheet.enter(2, 3, {
      value: '0123',
      formula: null,
      quotePrefix: true,
      numberFormat: null,
    });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Nhiệm vụ')
        .getRange('B2:D4')
        .load(['formulas', 'values']);
      await context.sync();
      expect(range.formulas).toEqual([
        ['STT', '0123', '=SUM(B4:B4)'],
        ['I. Nhóm nhiệm vụ', '', ''],
        [1, 'Rà soát', 45_322],
      ]);
      expect(range.values[0]).toEqual(['STT', '0123', FORMULA_VALUE]);
    });
  });

  test('counts towards the response, and refuses a whole sheet before building it', async () => {
    const excel = host();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nhiệm vụ').getRange('A1:J1000').load(['formulas']);
      await context.sync();
    });
    expect(excel.stats.requests[0]?.responseBytes).toBeGreaterThan(10_000 * 3);
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nhiệm vụ').getRange().load(['formulas']);
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('setting formulas reads them as typed input, as values does; null leaves a cell', async () => {
    const excel = host();
    await run(excel, (sheet) => {
      sheet.getRange('F2:H2').formulas = [['=B4*2', "'=text", null]];
    });
    const sheet = excel.workbook.activeSheet;
    expect(sheet.cellAt('F2')).toMatchObject({ formula: '=B4*2', value: FORMULA_VALUE });
    expect(sheet.cellAt('G2')).toMatchObject({ formula: null, value: '=text', quotePrefix: true });
    expect(sheet.cellAt('H2').value).toBe('');
  });
});

describe('range.unmerge', () => {
  test('splits every merged area the range touches, whole; values stay', async () => {
    const excel = host();
    await run(excel, (sheet) => {
      sheet.getRange('B3:C5').unmerge();
    });
    const sheet = excel.workbook.activeSheet;
    expect(sheet.merges).toEqual([]);
    expect(sheet.cellAt('B3').value).toBe('I. Nhóm nhiệm vụ');
    expect(sheet.cellAt('B5').value).toBe('Bộ Công an');
  });

  test('a range touching no merge changes nothing', async () => {
    const excel = host();
    await run(excel, (sheet) => {
      sheet.getRange('F10:G12').unmerge();
    });
    expect(excel.workbook.activeSheet.merges).toHaveLength(2);
  });

  test('a merge outside the range stays', async () => {
    const excel = host();
    await run(excel, (sheet) => {
      sheet.getRange('B6').unmerge();
    });
    expect(excel.workbook.activeSheet.merges).toEqual([{ top: 3, left: 2, bottom: 3, right: 4 }]);
  });

  test('needs ExcelApi 1.2; a protected sheet refuses', async () => {
    const old = await failure(() =>
      run(host({ excelApi: '1.1' }), (sheet) => {
        sheet.getRange('B3').unmerge();
      }),
    );
    expect(old.code).toBe('ApiNotFound');
    const excel = host();
    excel.workbook.activeSheet.isProtected = true;
    const denied = await failure(() =>
      run(excel, (sheet) => {
        sheet.getRange('B3').unmerge();
      }),
    );
    expect(denied.code).toBe('AccessDenied');
    expect(excel.workbook.activeSheet.merges).toHaveLength(2);
  });
});

describe('range.columnHidden', () => {
  test('hides and shows every column of the range; the proxy gives back what it set', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Nhiệm vụ');
      const range = sheet.getRange('C2:E9');
      range.columnHidden = true;
      sheet.getRange('D1').columnHidden = false;
      expect(range.columnHidden).toBe(true);
      await context.sync();
    });
    expect([...excel.workbook.activeSheet.hiddenColumns].sort()).toEqual([3, 5]);
  });

  test('only a boolean is taken', async () => {
    const error = await failure(() =>
      run(host(), (sheet) => {
        sheet.getRange('C2').columnHidden = 'yes' as unknown as boolean;
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});
