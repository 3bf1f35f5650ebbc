import { createInMemoryExcel, HostError, NO_FILL, workbookFromGrids } from '../../../src/demo/host';
import type { HostFill, InMemoryExcel, InMemoryExcelOptions } from '../../../src/demo/host';
import type { FillLoadOptions } from '../../../src/excel/excelApi';

const ALL: FillLoadOptions = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      tintAndShade: true,
      patternTintAndShade: true,
    },
  },
};

const YELLOW: HostFill = { ...NO_FILL, color: '#FFFF00', pattern: 'Solid' };
const HATCH: HostFill = {
  color: '#FF0000',
  pattern: 'Gray50',
  patternColor: '#0000FF',
  tintAndShade: 0,
  patternTintAndShade: -0.25,
};

/** B2:D4 with values; B2 yellow, C3 hatched; a second sheet. */
function host(options: InMemoryExcelOptions = {}): InMemoryExcel {
  const grid = (sheet: string) => ({
    sheet,
    origin: { row: 2, column: 2 },
    values: [
      ['STT', 'Nội dung', 'Thời hạn'],
      [1, 'Rà soát', 'Quý IV/2024'],
      [2, 'Kết nối', 'Năm 2025'],
    ],
    merges: [],
  });
  const excel = createInMemoryExcel(workbookFromGrids([grid('Nhiệm vụ'), grid('Khác')]), options);
  const sheet = excel.workbook.activeSheet;
  sheet.setFillAt('B2', YELLOW);
  sheet.setFillAt('C3', HATCH);
  return excel;
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

async function failure(run: () => Promise<unknown>): Promise<HostError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('cell fills in the model', () => {
  test('a cell nobody formatted has no fill, and reads as white, as in Excel', () => {
    expect(host().workbook.activeSheet.fillAt('F9')).toEqual({
      color: '#FFFFFF',
      pattern: 'None',
      patternColor: '#000000',
      tintAndShade: 0,
      patternTintAndShade: 0,
    });
  });

  test('fills count towards the used range (not the values-only one)', async () => {
    const excel = host();
    excel.workbook.activeSheet.setFillAt('H9', YELLOW);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRange().load(['address']);
      const values = sheet.getUsedRange(true).load(['address']);
      await context.sync();
      expect([used.address, values.address]).toEqual(["'Nhiệm vụ'!B2:H9", "'Nhiệm vụ'!B2:D4"]);
    });
  });
});

describe('range.format.fill', () => {
  test('a load gives each property when every cell shares it, else null', async () => {
    await host().run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const one = sheet.getRange('C3').format.fill.load(['color', 'pattern', 'patternColor']);
      const mixed = sheet.getRange('B2:C3').format.fill.load(['color', 'pattern', 'tintAndShade']);
      const plain = sheet.getRange('D2:D4').format.fill.load(['color', 'pattern']);
      await context.sync();
      expect([one.color, one.pattern, one.patternColor]).toEqual(['#FF0000', 'Gray50', '#0000FF']);
      expect([mixed.color, mixed.pattern, mixed.tintAndShade]).toEqual([null, null, 0]);
      expect([plain.color, plain.pattern]).toEqual(['#FFFFFF', 'None']);
    });
  });

  test('setting a colour: solid on a cell without fill; a pattern and a tint stay', async () => {
    const excel = host();
    const sheet = excel.workbook.activeSheet;
    sheet.setFillAt('D4', { ...YELLOW, tintAndShade: 0.4 });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange('D2').format.fill.color = '#00b050';
      ws.getRange('C3').format.fill.color = '#00B050';
      ws.getRange('D4').format.fill.color = '00B050';
      expect(sheet.fillAt('D2')).toEqual(NO_FILL);
      await context.sync();
    });
    expect(sheet.fillAt('D2')).toEqual({ ...NO_FILL, color: '#00B050', pattern: 'Solid' });
    expect(sheet.fillAt('C3')).toEqual({ ...HATCH, color: '#00B050' });
    expect(sheet.fillAt('D4')).toEqual({ ...YELLOW, color: '#00B050', tintAndShade: 0.4 });
  });

  test('pattern "None" and clear() remove the fill', async () => {
    const excel = host();
    const sheet = excel.workbook.activeSheet;
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange('B2').format.fill.pattern = 'None';
      ws.getRange('B2:D4').format.fill.clear();
      await context.sync();
    });
    expect([sheet.fillAt('B2'), sheet.fillAt('C3')]).toEqual([NO_FILL, NO_FILL]);
  });

  test('set() applies in key order: colour, then pattern, then the tints', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const fill = context.workbook.worksheets.getActiveWorksheet().getRange('E5:E6').format.fill;
      fill.set({ ...HATCH });
      await context.sync();
    });
    expect(excel.workbook.activeSheet.fillAt('E6')).toEqual(HATCH);
  });

  test.each([
    ['a gradient pattern', 'pattern', 'LinearGradient'],
    ['an unknown pattern', 'pattern', 'Dots'],
    ['a named colour (not modelled)', 'color', 'orange'],
    ['a tint past 1', 'tintAndShade', 1.5],
  ])('%s fails the sync with InvalidArgument', async (_, property, value) => {
    const error = await failure(() =>
      host().run(async (context) => {
        const fill = context.workbook.worksheets.getActiveWorksheet().getRange('B2').format.fill;
        fill.set({ [property]: value });
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('pattern and tints need ExcelApi 1.9; the colour is 1.1', async () => {
    const excel = host({ excelApi: '1.8' });
    await excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('D2').format.fill.color = '#00B050';
      await context.sync();
    });
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('D2').format.fill.pattern =
          'Gray8';
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
  });
});

describe('cell and row properties', () => {
  test('getCellProperties: the asked fill properties of each cell, after the sync', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2:C3');
      const result = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      expect(codeOf(() => result.value)).toBe('ValueNotLoaded');
      await context.sync();
      expect(result.value).toEqual([
        [
          { format: { fill: { color: '#FFFF00', pattern: 'Solid' } } },
          { format: { fill: { color: '#FFFFFF', pattern: 'None' } } },
        ],
        [
          { format: { fill: { color: '#FFFFFF', pattern: 'None' } } },
          { format: { fill: { color: '#FF0000', pattern: 'Gray50' } } },
        ],
      ]);
    });
  });

  test('getRowProperties: one value per row, null where the row’s cells differ', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2:D4');
      const result = range.getRowProperties(ALL);
      await context.sync();
      expect(result.value.map((row) => row.format?.fill)).toEqual([
        {
          color: null,
          pattern: null,
          patternColor: '#000000',
          tintAndShade: 0,
          patternTintAndShade: 0,
        },
        {
          color: null,
          pattern: null,
          patternColor: null,
          tintAndShade: 0,
          patternTintAndShade: null,
        },
        { ...NO_FILL },
      ]);
    });
  });

  test('setCellProperties: per cell; an empty object changes nothing', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2:C2');
      range.setCellProperties([[{}, { format: { fill: { color: '#92D050' } } }]]);
      await context.sync();
    });
    const sheet = excel.workbook.activeSheet;
    expect([sheet.fillAt('B2'), sheet.fillAt('C2')]).toEqual([
      YELLOW,
      { ...NO_FILL, color: '#92D050', pattern: 'Solid' },
    ]);
  });

  test('the property arrays sent count in the request', async () => {
    const excel = host();
    const cells = Array.from({ length: 100 }, () =>
      Array.from({ length: 3 }, () => ({ format: { fill: { color: '#92D050' } } })),
    );
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getActiveWorksheet()
        .getRange('B10:D109')
        .setCellProperties(cells);
      await context.sync();
    });
    expect(excel.stats.requests[0]?.bytes).toBeGreaterThan(JSON.stringify(cells).length);
  });

  test.each([
    ['protection (not modelled)', { format: { protection: true } }],
    ['an unknown fill property', { format: { fill: { gradient: true } } }],
  ])('asking for %s fails with InvalidArgument rather than making it up', async (_, options) => {
    const error = await failure(() =>
      host().run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2');
        range.getCellProperties(options as unknown as FillLoadOptions);
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('a wrong-sized array fails with InvalidArgument; below ExcelApi 1.9, ApiNotFound', async () => {
    const wrong = await failure(() =>
      host().run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getRange('B2:C2')
          .setCellProperties([[{}]]);
        await context.sync();
      }),
    );
    expect(wrong.code).toBe('InvalidArgument');
    const old = await failure(() =>
      host({ excelApi: '1.8' }).run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('B2').getRowProperties(ALL);
        await context.sync();
      }),
    );
    expect(old.code).toBe('ApiNotFound');
  });

  test('a whole-column read is refused before it is built', async () => {
    const error = await failure(() =>
      host().run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A:C').getCellProperties(ALL);
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });
});

describe('worksheet.getRanges', () => {
  test('several areas at once, with commas or semicolons', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const areas = sheet.getRanges('B6:C6, E2; E4').load(['address', 'areaCount']);
      areas.format.fill.color = '#FFC000';
      await context.sync();
      expect([areas.address, areas.areaCount]).toEqual([
        "'Nhiệm vụ'!B6:C6, 'Nhiệm vụ'!E2, 'Nhiệm vụ'!E4",
        3,
      ]);
    });
    const sheet = excel.workbook.activeSheet;
    for (const cell of ['B6', 'C6', 'E2', 'E4']) expect(sheet.fillAt(cell).color).toBe('#FFC000');
    expect(sheet.fillAt('E3')).toEqual(NO_FILL);
  });

  test('an address longer than the limit, or on another sheet, fails with InvalidArgument', async () => {
    const long = Array.from({ length: 1_000 }, (_, i) => `A${i + 1}:F${i + 1}`).join(',');
    expect(long.length).toBeGreaterThan(8_192);
    for (const address of [long, "'Khác'!B2"]) {
      const error = await failure(() =>
        host().run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRanges(address).load(['address']);
          await context.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    }
  });

  test('needs ExcelApi 1.9', async () => {
    const error = await failure(() =>
      host({ excelApi: '1.8' }).run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRanges('B2').format.fill.clear();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
  });
});

describe('sheets: ids, the collection, activation, selection, protection', () => {
  test('load items/id and items/name; getItem by id; the id survives a rename', async () => {
    const excel = host();
    const ids = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load(['items/id', 'items/name']);
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(['Nhiệm vụ', 'Khác']);
      return sheets.items.map((sheet) => sheet.id);
    });
    expect(new Set(ids).size).toBe(2);
    excel.workbook.activeSheet.name = 'Nhiệm vụ 2024';
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ids[0] ?? '').load(['name', 'id']);
      await context.sync();
      expect([sheet.name, sheet.id]).toEqual(['Nhiệm vụ 2024', ids[0]]);
    });
  });

  test('activate() and range.select() change what the user sees', async () => {
    const excel = host();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Khác').activate();
      await context.sync();
      expect(excel.workbook.activeSheet.name).toBe('Khác');
      context.workbook.worksheets.getItem('Nhiệm vụ').getRange('C3:D4').select();
      await context.sync();
    });
    expect(excel.workbook.activeSheet.name).toBe('Nhiệm vụ');
    expect(excel.workbook.activeSheet.selection).toEqual({
      areas: [{ top: 3, left: 3, bottom: 4, right: 4 }],
      activeCell: { row: 3, column: 3 },
    });
  });

  test('a protected sheet says so, and refuses writes with AccessDenied', async () => {
    const excel = host();
    excel.workbook.activeSheet.isProtected = true;
    await excel.run(async (context) => {
      const protection = context.workbook.worksheets.getActiveWorksheet().protection;
      protection.load(['protected']);
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    for (const write of [
      (range: ReturnType<typeof rangeB2>) => {
        range.format.fill.clear();
      },
      (range: ReturnType<typeof rangeB2>) => {
        range.format.fill.color = '#000000';
      },
      (range: ReturnType<typeof rangeB2>) => {
        range.values = [['x']];
      },
    ]) {
      const error = await failure(() =>
        excel.run(async (context) => {
          write(rangeB2(context));
          await context.sync();
        }),
      );
      expect(error.code).toBe('AccessDenied');
    }
    expect(excel.workbook.activeSheet.fillAt('B2')).toEqual(YELLOW);
  });
});

function rangeB2(context: Parameters<Parameters<InMemoryExcel['run']>[0]>[0]) {
  return context.workbook.worksheets.getActiveWorksheet().getRange('B2');
}

describe('workbook.settings', () => {
  test('add, then read back as plain data (JSON), in the workbook', async () => {
    const excel = host();
    await excel.run(async (context) => {
      context.workbook.settings.add('da06.test', { n: 1, when: new Date(Date.UTC(2024, 0, 31)) });
      await context.sync();
      const setting = context.workbook.settings.getItem('da06.test').load(['key', 'value']);
      await context.sync();
      expect([setting.key, setting.value]).toEqual([
        'da06.test',
        { n: 1, when: '2024-01-31T00:00:00.000Z' },
      ]);
    });
    expect(excel.workbook.setting('da06.test')).toEqual({ n: 1, when: '2024-01-31T00:00:00.000Z' });
  });

  test('getItemOrNullObject: a null object when missing; getItem: ItemNotFound', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject('da06.none').load(['value']);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    const error = await failure(() =>
      excel.run(async (context) => {
        context.workbook.settings.getItem('da06.none').load(['value']);
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  test('value can be set, and a setting deleted', async () => {
    const excel = host();
    excel.workbook.settings.set('da06.test', '"old"');
    await excel.run(async (context) => {
      const setting = context.workbook.settings.getItem('da06.test');
      setting.value = ['new'];
      await context.sync();
      expect(excel.workbook.setting('da06.test')).toEqual(['new']);
      setting.delete();
      await context.sync();
    });
    expect(excel.workbook.settings.has('da06.test')).toBe(false);
  });

  test('a value sent counts in the request; settings need ExcelApi 1.4', async () => {
    const excel = host();
    const big = 'x'.repeat(100_000);
    await excel.run(async (context) => {
      context.workbook.settings.add('da06.big', big);
      await context.sync();
    });
    expect(excel.stats.requests[0]?.bytes).toBeGreaterThan(100_000);
    const error = await failure(() =>
      host({ excelApi: '1.3' }).run(async (context) => {
        context.workbook.settings.add('da06.test', 1);
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
  });
});
