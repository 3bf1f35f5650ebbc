import type { Grid } from '../../../src/core/table/grid';
import {
  createInMemoryExcel,
  HostError,
  WEB_PAYLOAD_LIMIT,
  workbookFromGrids,
} from '../../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions } from '../../../src/demo/host';

const table: Grid = {
  sheet: 'Nhiệm vụ',
  origin: { row: 2, column: 2 },
  values: [
    ['STT', 'Nội dung', 'Thời hạn'],
    ['A', null, null],
    [1, 'Rà soát', 45_000],
  ],
  numberFormats: [
    ['General', 'General', 'General'],
    ['General', 'General', 'General'],
    ['General', 'General', 'dd/mm/yyyy'],
  ],
  merges: [{ top: 3, left: 2, bottom: 3, right: 4 }],
};
const blank: Grid = { sheet: 'Trống', origin: { row: 1, column: 1 }, values: [], merges: [] };

function host(options: InMemoryExcelOptions = {}): InMemoryExcel {
  return createInMemoryExcel(workbookFromGrids([table, blank], { selection: 'C4' }), options);
}

/** The rejection of a promise, or of a function that throws. */
async function failure(run: () => unknown): Promise<HostError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** The `code` of what `run` throws. */
function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return 'no error';
}

describe('load and sync', () => {
  test('a loaded property is readable after sync, not before', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Nhiệm vụ').getRange('B2:D4');
      range.load(['values', 'address']);
      expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.address).toBe("'Nhiệm vụ'!B2:D4");
      expect(range.values).toEqual([
        ['STT', 'Nội dung', 'Thời hạn'],
        ['A', '', ''],
        [1, 'Rà soát', 45_000],
      ]);
    });
  });

  test('reading a property that was not loaded throws an OfficeExtension.Error look-alike', async () => {
    const error = await failure(() =>
      host().run(async (context) => {
        const range = context.workbook.getActiveCell().load(['address']);
        await context.sync();
        return range.values;
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RichApi.Error');
    expect(error.code).toBe('PropertyNotLoaded');
    expect(error.debugInfo).toMatchObject({
      code: 'PropertyNotLoaded',
      errorLocation: 'Range.values',
    });
  });

  test('load accepts a comma list, an array, { select }, or nothing (all properties)', async () => {
    await host().run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const a = sheet.getRange('B4').load('values, numberFormat');
      const b = sheet.getRange('B4').load(['rowIndex']);
      const c = sheet.getRange('B4').load({ select: 'columnIndex,rowCount' });
      const d = sheet.getRange('D4').load();
      await context.sync();
      expect([a.values, a.numberFormat]).toEqual([[[1]], [['General']]]);
      expect(() => a.address).toThrow();
      expect(b.rowIndex).toBe(3);
      expect([c.columnIndex, c.rowCount]).toEqual([1, 1]);
      expect(d).toMatchObject({
        address: "'Nhiệm vụ'!D4",
        values: [[45_000]],
        numberFormat: [['dd/mm/yyyy']],
      });
      expect([d.rowIndex, d.columnIndex, d.rowCount, d.columnCount]).toEqual([3, 3, 1, 1]);
    });
  });

  test('loading an unknown property fails the sync with InvalidArgument', async () => {
    const error = await failure(() =>
      host().run(async (context) => {
        context.workbook.getActiveCell().load(['text']);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('values are a snapshot of the sync that loaded them', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const range = context.workbook.getActiveCell().load(['values']);
      await context.sync();
      excel.workbook.activeSheet.setValue(4, 3, 'changed');
      expect(range.values).toEqual([['Rà soát']]);
      range.load(['values']);
      await context.sync();
      expect(range.values).toEqual([['changed']]);
    });
  });

  test('a set is queued: the workbook changes at sync, the proxy shows the new value at once', async () => {
    const excel = host();
    const sheet = excel.workbook.activeSheet;
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('F2:G2');
      range.values = [['x', 2]];
      range.numberFormat = [['@', '0.00']];
      expect(range.values).toEqual([['x', 2]]);
      expect(sheet.value(2, 6)).toBe('');
      await context.sync();
      expect([sheet.value(2, 6), sheet.value(2, 7), sheet.numberFormat(2, 7)]).toEqual([
        'x',
        2,
        '0.00',
      ]);
    });
  });

  test('a set whose array does not match the range fails with InvalidArgument', async () => {
    const error = await failure(() =>
      host().run(async (context) => {
        context.workbook.getActiveCell().values = [['a', 'b']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('renaming a sheet is queued and checked at sync', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Trống');
      sheet.name = 'Tổng hợp';
      expect(sheet.name).toBe('Tổng hợp');
      expect(excel.workbook.sheet('Tổng hợp')).toBeUndefined();
      await context.sync();
      expect(excel.workbook.sheet('tổng hợp')?.name).toBe('Tổng hợp');
    });
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tổng hợp').name = 'NHIỆM VỤ';
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemAlreadyExists');
  });

  test('Excel.run sends what was queued after the last sync', async () => {
    const excel = host();
    await excel.run((context) => {
      context.workbook.getActiveCell().values = [['last']];
      return Promise.resolve();
    });
    expect(excel.workbook.activeSheet.value(4, 3)).toBe('last');
    expect(excel.stats.syncs).toBe(1);
  });

  test('a proxy cannot queue work after its run has ended; loaded values stay readable', async () => {
    const excel = host();
    const range = await excel.run(async (context) => {
      const cell = context.workbook.getActiveCell().load(['address']);
      await context.sync();
      return cell;
    });
    expect(range.address).toBe("'Nhiệm vụ'!C4");
    const error = await failure(() => range.load(['values']));
    expect(error.code).toBe('InvalidRequestContext');
  });

  test('a failed action fails the sync without applying the loads of that sync', async () => {
    await host().run(async (context) => {
      const cell = context.workbook.getActiveCell().load(['address']);
      context.workbook.worksheets.getItem('Không có').load(['name']);
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(codeOf(() => cell.address)).toBe('PropertyNotLoaded');
    });
  });
});

describe('*OrNullObject', () => {
  test('isNullObject is known only after a sync, and then true or false', async () => {
    await host().run(async (context) => {
      const sheets = context.workbook.worksheets;
      const missing = sheets.getItemOrNullObject('Không có');
      const present = sheets.getItemOrNullObject('nhiệm vụ');
      expect(codeOf(() => missing.isNullObject)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("a null object's properties read as undefined, as in Office.js", async () => {
    await host().run(async (context) => {
      const used = context.workbook.worksheets.getItem('Trống').getUsedRangeOrNullObject();
      used.load(['address', 'values']);
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(used.address).toBeUndefined();
    });
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    await host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Không có');
      sheet.load(['name']);
      await expect(context.sync()).rejects.toMatchObject({
        name: 'RichApi.Error',
        code: 'ItemNotFound',
      });
    });
  });

  test('the used range: values only or with formatting; A1 or a null object on a blank sheet', async () => {
    const excel = host();
    excel.workbook.activeSheet.setNumberFormat(9, 9, '0%');
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheets.getItem('Nhiệm vụ');
      const valuesOnly = sheet.getUsedRangeOrNullObject(true).load(['address']);
      const formatted = sheet.getUsedRange().load(['address']);
      const blankUsed = sheets.getItem('Trống').getUsedRange().load(['address']);
      await context.sync();
      expect(valuesOnly.address).toBe("'Nhiệm vụ'!B2:D4");
      expect(formatted.address).toBe("'Nhiệm vụ'!B2:I9");
      expect(blankUsed.address).toBe('Trống!A1');
    });
  });

  test('merged areas: the merges touching a range, as RangeAreas; a null object when none', async () => {
    await host().run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const merged = sheet.getRange().getMergedAreasOrNullObject().load(['address', 'areaCount']);
      const areas = merged.areas.load(['address', 'rowCount']);
      const none = sheet.getRange('B4:D4').getMergedAreasOrNullObject().load(['address']);
      await context.sync();
      expect([merged.isNullObject, merged.address, merged.areaCount]).toEqual([
        false,
        "'Nhiệm vụ'!B3:D3",
        1,
      ]);
      expect(areas.items.map((range) => [range.address, range.rowCount])).toEqual([
        ["'Nhiệm vụ'!B3:D3", 1],
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe('selection and addresses', () => {
  test('the selected range, areas and active cell', async () => {
    const excel = host();
    excel.workbook.select('B2:D3, F2, 6:7', 'F2');
    await excel.run(async (context) => {
      const ranges = context.workbook.getSelectedRanges().load(['address', 'areaCount']);
      const active = context.workbook.getActiveCell().load(['address']);
      const whole = context.workbook.worksheets
        .getActiveWorksheet()
        .getRange('A:C')
        .load(['address', 'rowCount']);
      const sheet = context.workbook.worksheets.getActiveWorksheet().getRange().load(['address']);
      await context.sync();
      expect(ranges.address).toBe("'Nhiệm vụ'!B2:D3, 'Nhiệm vụ'!F2, 'Nhiệm vụ'!6:7");
      expect(ranges.areaCount).toBe(3);
      expect(active.address).toBe("'Nhiệm vụ'!F2");
      expect([whole.address, whole.rowCount]).toEqual(["'Nhiệm vụ'!A:C", 1_048_576]);
      expect(sheet.address).toBe("'Nhiệm vụ'!1:1048576");
    });
  });

  test('getSelectedRange fails on a multi-area selection', async () => {
    const excel = host();
    excel.workbook.select('B2, D4');
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.getSelectedRange().load(['address']);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidSelection');
  });

  test('an address naming the sheet selects on that sheet and activates it', async () => {
    const excel = host();
    excel.workbook.select("'Trống'!B7");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load(['name']);
      const cell = context.workbook.getActiveCell().load(['address']);
      await context.sync();
      expect([sheet.name, cell.address]).toEqual(['Trống', 'Trống!B7']);
    });
  });

  test('a bad address fails the sync with InvalidArgument', async () => {
    const error = await failure(() =>
      host().run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('B2:').load(['address']);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });
});

describe('requirement sets', () => {
  test('an API newer than the host fails at sync with ApiNotFound', async () => {
    const excel = host({ excelApi: '1.12' });
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.getActiveCell().getMergedAreasOrNullObject();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(excel.office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(excel.office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });
});

describe('stats and payload limits', () => {
  test('counts syncs and measures each request and response in UTF-8 bytes', async () => {
    const excel = host();
    await excel.run(async (context) => {
      context.workbook.getActiveCell().load(['values']);
      await context.sync();
      await context.sync();
    });
    expect(excel.stats.syncs).toBe(2);
    const [first, second] = excel.stats.requests;
    expect(first?.bytes).toBeGreaterThan(0);
    // "Rà soát" is 9 bytes in UTF-8, 7 characters.
    expect(first?.responseBytes).toBe(
      Buffer.byteLength(JSON.stringify([{ values: [['Rà soát']] }])),
    );
    expect(second).toEqual({ bytes: 2, responseBytes: 2 });
    excel.resetStats();
    expect(excel.stats).toEqual({ syncs: 0, requests: [] });
  });

  test('refuses a request over 5 MB with RequestPayloadSizeLimitExceeded, applying nothing', async () => {
    const excel = host();
    const rows = 20_000;
    const text = 'Nhiệm vụ chuyển đổi số '.repeat(2);
    expect(WEB_PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
    const error = await failure(() =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange(`A10:F${rows + 9}`);
        range.values = Array.from({ length: rows }, () => Array<string>(6).fill(text));
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.stats.requests[0]?.bytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(excel.workbook.activeSheet.value(10, 1)).toBe('');
  });

  test('the same write under the limit goes through', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A10:F1009');
      range.values = Array.from({ length: 1_000 }, () => Array<string>(6).fill('Nhiệm vụ'));
      await context.sync();
    });
    expect(excel.workbook.activeSheet.value(1009, 6)).toBe('Nhiệm vụ');
  });

  test('refuses a response over the limit with ResponsePayloadSizeLimitExceeded', async () => {
    const excel = host({ limits: { responseBytes: 50 } });
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('B2:D4').load(['values']);
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    const whole = await failure(() =>
      host().run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A:C').load(['values']);
        await context.sync();
      }),
    );
    expect(whole.code).toBe('ResponsePayloadSizeLimitExceeded');
  });
});
