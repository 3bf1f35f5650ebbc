import {
  createInMemoryExcel,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  HostError,
  InMemoryWorkbook,
} from '../../../src/demo/host';
import type {
  HostBorder,
  InMemoryExcel,
  InMemoryExcelOptions,
  InMemorySheet,
} from '../../../src/demo/host';
import type { HostWorksheet } from '../../../src/demo/host/requestContext';

type Sheet = HostWorksheet;

/** One sheet, "Tổng hợp", blank; a second, "Khác". */
function host(options: InMemoryExcelOptions = {}): InMemoryExcel {
  const workbook = new InMemoryWorkbook();
  workbook.addSheet('Tổng hợp');
  workbook.addSheet('Khác');
  return createInMemoryExcel(workbook, options);
}

function sheetOf(excel: InMemoryExcel, name = 'Tổng hợp'): InMemorySheet {
  const sheet = excel.workbook.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Runs `batch` on "Tổng hợp" in one sync; the error code when it fails, else null. */
async function write(excel: InMemoryExcel, batch: (sheet: Sheet) => void): Promise<string | null> {
  try {
    await excel.run(async (context) => {
      batch(context.workbook.worksheets.getItem('Tổng hợp'));
      await context.sync();
    });
    return null;
  } catch (error) {
    if (error instanceof HostError) return error.code;
    throw error;
  }
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

const THIN: HostBorder = { style: 'Continuous', weight: 'Thin', color: '#000000' };

describe('range.format.font', () => {
  test('sets each property on every cell of the range, later sets winning', async () => {
    const excel = host();
    const code = await write(excel, (sheet) => {
      sheet.getRange().format.font.name = 'Times New Roman';
      sheet.getRange().format.font.size = 12;
      const title = sheet.getRange('A1:C1').format.font;
      title.size = 14;
      title.bold = true;
      title.italic = true;
      title.color = '#c00000';
      sheet.getRange('C1').format.font.bold = false;
    });
    expect(code).toBeNull();
    const sheet = sheetOf(excel);
    expect(sheet.cellAt('A1').font).toEqual({
      ...DEFAULT_FONT,
      name: 'Times New Roman',
      size: 14,
      bold: true,
      italic: true,
      color: '#C00000',
    });
    expect(sheet.cellAt('C1').font).toMatchObject({ bold: false, size: 14 });
    expect(sheet.cellAt('D1').font).toEqual({ ...DEFAULT_FONT, name: 'Times New Roman', size: 12 });
    expect(sheet.cellAt('XFD1048576').font.name).toBe('Times New Roman');
    expect(sheetOf(excel, 'Khác').cellAt('A1').font).toEqual(DEFAULT_FONT);
  });

  test('a proxy gives back what it set; before that, PropertyNotLoaded', async () => {
    await host().run(async (context) => {
      const font = context.workbook.worksheets.getItem('Tổng hợp').getRange('A1').format.font;
      expect(codeOf(() => font.bold)).toBe('PropertyNotLoaded');
      font.bold = true;
      expect(font.bold).toBe(true);
      await context.sync();
    });
  });

  test.each([
    ['size 0', { size: 0 }],
    ['size 410', { size: 410 }],
    ['a blank name', { name: ' ' }],
    ['a named colour', { color: 'red' }],
    ['bold as a string', { bold: 'yes' }],
  ])('refuses %s with InvalidArgument, changing nothing', async (_, set) => {
    const excel = host();
    const code = await write(excel, (sheet) => {
      Object.assign(sheet.getRange('A1').format.font, set);
    });
    expect(code).toBe('InvalidArgument');
    expect(sheetOf(excel).cellAt('A1').font).toEqual(DEFAULT_FONT);
  });

  test('a protected sheet refuses formats with AccessDenied', async () => {
    const excel = host();
    sheetOf(excel).isProtected = true;
    expect(
      await write(excel, (sheet) => {
        sheet.getRange('A1').format.font.bold = true;
      }),
    ).toBe('AccessDenied');
    expect(
      await write(excel, (sheet) => {
        sheet.getRange('A1').format.borders.getItem('EdgeTop').style = 'Continuous';
      }),
    ).toBe('AccessDenied');
    expect(
      await write(excel, (sheet) => {
        sheet.getRange('A1').format.wrapText = true;
      }),
    ).toBe('AccessDenied');
  });
});

describe('range.format.borders', () => {
  test('each edge draws the sides it names; a cell sees its neighbour’s line', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      const borders = sheet.getRange('B2:C3').format.borders;
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
        borders.getItem(edge).style = 'Continuous';
      }
    });
    const sheet = sheetOf(excel);
    expect(sheet.cellAt('B2').borders).toEqual({
      top: THIN,
      left: THIN,
      bottom: null,
      right: null,
    });
    expect(sheet.cellAt('C3').borders).toEqual({
      top: null,
      left: null,
      bottom: THIN,
      right: THIN,
    });
    // Outside the range: the lines along its edges are seen from the other side.
    expect(sheet.cellAt('B4').borders).toEqual({
      top: THIN,
      left: null,
      bottom: null,
      right: null,
    });
    expect(sheet.cellAt('D2').borders.left).toEqual(THIN);
    expect(sheet.cellAt('B1').borders.bottom).toEqual(THIN);
    expect(sheet.cellAt('A3').borders.right).toEqual(THIN);
    expect(sheet.cellAt('A1').borders).toEqual({
      top: null,
      left: null,
      bottom: null,
      right: null,
    });
  });

  test('inside edges draw the lines between the cells, not around them', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      const borders = sheet.getRange('B2:C3').format.borders;
      borders.getItem('InsideHorizontal').style = 'Dash';
      borders.getItem('InsideVertical').weight = 'Medium';
    });
    const sheet = sheetOf(excel);
    const dash = { ...THIN, style: 'Dash' };
    const medium = { ...THIN, weight: 'Medium' };
    expect(sheet.cellAt('B2').borders).toEqual({
      top: null,
      left: null,
      bottom: dash,
      right: medium,
    });
    expect(sheet.cellAt('C3').borders).toEqual({
      top: dash,
      left: medium,
      bottom: null,
      right: null,
    });
    expect(sheet.cellAt('B1').borders.bottom).toBeNull();
  });

  test('style None removes a line; weight or colour alone draws one', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      const bottom = sheet.getRange('A1:B1').format.borders.getItem('EdgeBottom');
      bottom.color = '#ff0000';
      bottom.weight = 'Thick';
      sheet.getRange('B1').format.borders.getItem('EdgeBottom').style = 'None';
    });
    const sheet = sheetOf(excel);
    expect(sheet.cellAt('A1').borders.bottom).toEqual({
      style: 'Continuous',
      weight: 'Thick',
      color: '#FF0000',
    });
    expect(sheet.cellAt('B1').borders.bottom).toBeNull();
  });

  test.each([
    [
      'an unknown style',
      (s: Sheet) => {
        s.getRange('A1').format.borders.getItem('EdgeTop').style = 'Wavy' as never;
      },
    ],
    [
      'an unknown weight',
      (s: Sheet) => {
        s.getRange('A1').format.borders.getItem('EdgeTop').weight = 'Bold' as never;
      },
    ],
    [
      'a diagonal',
      (s: Sheet) => {
        s.getRange('A1').format.borders.getItem('DiagonalDown' as never).style = 'Continuous';
      },
    ],
  ])('refuses %s with InvalidArgument', async (_, set) => {
    const excel = host();
    expect(await write(excel, set)).toBe('InvalidArgument');
    expect(sheetOf(excel).cellAt('A1').borders.top).toBeNull();
  });
});

describe('range.format layout', () => {
  test('wrapping and alignment apply to every cell of the range', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      const format = sheet.getRange('A4:F10').format;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
      format.horizontalAlignment = 'Left';
      sheet.getRange('A4:F4').format.horizontalAlignment = 'Center';
    });
    const sheet = sheetOf(excel);
    expect(sheet.cellAt('F10')).toMatchObject({
      wrapText: true,
      verticalAlignment: 'Top',
      horizontalAlignment: 'Left',
    });
    expect(sheet.cellAt('C4').horizontalAlignment).toBe('Center');
    expect(sheet.cellAt('G10')).toMatchObject({
      wrapText: false,
      verticalAlignment: 'Bottom',
      horizontalAlignment: 'General',
    });
  });

  test('column width sets every column of the range; row height every row', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      sheet.getRange('B1:D5').format.columnWidth = 120;
      sheet.getRange('C:C').format.columnWidth = 30.5;
      sheet.getRange('A2:A3').format.rowHeight = 40;
    });
    const sheet = sheetOf(excel);
    expect([1, 2, 3, 4, 5].map((c) => sheet.columnWidth(c))).toEqual([
      DEFAULT_COLUMN_WIDTH,
      120,
      30.5,
      120,
      DEFAULT_COLUMN_WIDTH,
    ]);
    expect(sheet.columnWidth('D')).toBe(120);
    expect([1, 2, 3, 4].map((r) => sheet.rowHeight(r))).toEqual([
      DEFAULT_ROW_HEIGHT,
      40,
      40,
      DEFAULT_ROW_HEIGHT,
    ]);
  });

  test.each([
    [
      'an unknown horizontal alignment',
      (s: Sheet) => {
        s.getRange('A1').format.horizontalAlignment = 'Middle' as never;
      },
    ],
    [
      'an unknown vertical alignment',
      (s: Sheet) => {
        s.getRange('A1').format.verticalAlignment = 'Left' as never;
      },
    ],
    [
      'wrapText as a string',
      (s: Sheet) => {
        s.getRange('A1').format.wrapText = 'true' as never;
      },
    ],
    [
      'a negative column width',
      (s: Sheet) => {
        s.getRange('A1').format.columnWidth = -1;
      },
    ],
    [
      'a row height over 409',
      (s: Sheet) => {
        s.getRange('A1').format.rowHeight = 410;
      },
    ],
  ])('refuses %s with InvalidArgument', async (_, set) => {
    const excel = host();
    expect(await write(excel, set)).toBe('InvalidArgument');
    expect(sheetOf(excel).cellAt('A1')).toMatchObject({
      wrapText: false,
      horizontalAlignment: 'General',
      verticalAlignment: 'Bottom',
    });
    expect([sheetOf(excel).columnWidth(1), sheetOf(excel).rowHeight(1)]).toEqual([
      DEFAULT_COLUMN_WIDTH,
      DEFAULT_ROW_HEIGHT,
    ]);
  });

  test('formatting cells makes them used; whole columns do not', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      sheet.getRange('B2:C3').format.font.bold = true;
      sheet.getRange('E:E').format.font.bold = true;
    });
    expect(sheetOf(excel).usedArea(false)).toEqual({ top: 2, left: 2, bottom: 3, right: 3 });
    expect(sheetOf(excel).usedArea(true)).toBeNull();
  });
});

describe('worksheet.freezePanes, tabColor', () => {
  test('freezeRows freezes the top rows (1 when omitted, 0 unfreezes)', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      sheet.freezePanes.freezeRows(4);
    });
    expect(sheetOf(excel).frozenRows).toBe(4);
    await write(excel, (sheet) => {
      sheet.freezePanes.freezeRows();
    });
    expect(sheetOf(excel).frozenRows).toBe(1);
    await write(excel, (sheet) => {
      sheet.freezePanes.freezeRows(0);
    });
    expect(sheetOf(excel).frozenRows).toBe(0);
    expect(
      await write(excel, (sheet) => {
        sheet.freezePanes.freezeRows(-1);
      }),
    ).toBe('InvalidArgument');
  });

  test('tabColor takes "#RRGGBB" (kept upper-case) or "" for none', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      sheet.tabColor = '#1f6f43';
      expect(sheet.tabColor).toBe('#1f6f43');
    });
    expect(sheetOf(excel).tabColor).toBe('#1F6F43');
    await write(excel, (sheet) => {
      sheet.tabColor = '';
    });
    expect(sheetOf(excel).tabColor).toBe('');
    expect(
      await write(excel, (sheet) => {
        sheet.tabColor = 'green';
      }),
    ).toBe('InvalidArgument');
  });

  test('both need ExcelApi 1.7', async () => {
    const excel = host({ excelApi: '1.6' });
    expect(
      await write(excel, (sheet) => {
        sheet.freezePanes.freezeRows(3);
      }),
    ).toBe('ApiNotFound');
    expect(
      await write(excel, (sheet) => {
        sheet.tabColor = '#000000';
      }),
    ).toBe('ApiNotFound');
    expect([sheetOf(excel).frozenRows, sheetOf(excel).tabColor]).toEqual([0, '']);
  });
});

describe('worksheet.pageLayout', () => {
  test('records the print setup', async () => {
    const excel = host();
    expect(sheetOf(excel).pageLayout).toEqual({
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      centerHorizontally: false,
      printTitleRows: null,
    });
    await write(excel, (sheet) => {
      const layout = sheet.pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.centerHorizontally = true;
      layout.setPrintTitleRows('$4:$4');
    });
    expect(sheetOf(excel).pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: '$4:$4',
    });
  });

  test('a fit to pages wide only stays one page tall, as in Excel', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    });
    expect(sheetOf(excel).pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 1,
    });
    await write(excel, (sheet) => {
      sheet.pageLayout.zoom = { scale: 85 };
      sheet.pageLayout.setPrintTitleRows('3:5');
    });
    expect(sheetOf(excel).pageLayout).toMatchObject({
      zoom: { scale: 85 },
      printTitleRows: '$3:$5',
    });
  });

  test.each([
    [
      'a scale with a fit',
      (s: Sheet) => {
        s.pageLayout.zoom = { scale: 90, horizontalFitToPages: 1 };
      },
    ],
    [
      'a scale under 10',
      (s: Sheet) => {
        s.pageLayout.zoom = { scale: 5 };
      },
    ],
    [
      'an empty zoom',
      (s: Sheet) => {
        s.pageLayout.zoom = {};
      },
    ],
    [
      'half a page',
      (s: Sheet) => {
        s.pageLayout.zoom = { horizontalFitToPages: 0.5 };
      },
    ],
    [
      'an unknown paper',
      (s: Sheet) => {
        s.pageLayout.paperSize = 'A0' as never;
      },
    ],
    [
      'an unknown orientation',
      (s: Sheet) => {
        s.pageLayout.orientation = 'Sideways' as never;
      },
    ],
    [
      'title rows that are cells',
      (s: Sheet) => {
        s.pageLayout.setPrintTitleRows('A4:F4');
      },
    ],
    [
      'title rows that are not an address',
      (s: Sheet) => {
        s.pageLayout.setPrintTitleRows('đầu');
      },
    ],
  ])('refuses %s with InvalidArgument', async (_, set) => {
    const excel = host();
    expect(await write(excel, set)).toBe('InvalidArgument');
    expect(sheetOf(excel).pageLayout).toMatchObject({
      paperSize: 'Letter',
      orientation: 'Portrait',
      zoom: { scale: 100 },
      printTitleRows: null,
    });
  });

  test('needs ExcelApi 1.9: ApiNotFound at sync on an Excel with 1.7', async () => {
    const excel = host({ excelApi: '1.7' });
    expect(
      await write(excel, (sheet) => {
        sheet.pageLayout.orientation = 'Landscape';
      }),
    ).toBe('ApiNotFound');
    expect(
      await write(excel, (sheet) => {
        sheet.pageLayout.setPrintTitleRows('$4:$4');
      }),
    ).toBe('ApiNotFound');
    expect(sheetOf(excel).pageLayout.orientation).toBe('Portrait');
    // Getting the proxy queues nothing: only its use fails.
    expect(
      await write(excel, (sheet) => {
        expect(sheet.pageLayout).toBeDefined();
        sheet.freezePanes.freezeRows(2);
      }),
    ).toBeNull();
  });
});

describe('worksheet.charts', () => {
  test('a chart added and set up in one batch is recorded on its sheet', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      const chart = sheet.charts.add('BarStacked', sheet.getRange('C4:E7'), 'Columns');
      chart.name = 'Tình hình';
      chart.title.text = 'Tình hình thực hiện theo đơn vị';
      chart.legend.position = 'Bottom';
      chart.legend.visible = true;
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange('A5:A7'));
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.setPosition('A10', 'F25');
    });
    expect(sheetOf(excel).charts).toEqual([
      {
        name: 'Tình hình',
        type: 'BarStacked',
        source: "'Tổng hợp'!C4:E7",
        seriesBy: 'Columns',
        title: 'Tình hình thực hiện theo đơn vị',
        legend: { position: 'Bottom', visible: true },
        categories: "'Tổng hợp'!A5:A7",
        reversedCategories: true,
        position: { start: 'A10', end: 'F25' },
      },
    ]);
    expect(sheetOf(excel, 'Khác').charts).toEqual([]);
  });

  test('an untouched chart has Excel’s defaults; data may come from another sheet', async () => {
    const excel = host();
    await write(excel, (sheet) => {
      sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'));
      const other = sheet.charts.add('BarClustered', sheet.getRange('A1:B3'));
      other.setPosition('$H$2');
    });
    await excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem('Khác').getRange('B2:C9');
      context.workbook.worksheets.getItem('Tổng hợp').charts.add('ColumnStacked', other, 'Rows');
      await context.sync();
    });
    expect(sheetOf(excel).charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        source: "'Tổng hợp'!A1:B3",
        seriesBy: 'Auto',
        title: null,
        legend: { position: 'Right', visible: true },
        categories: null,
        reversedCategories: false,
        position: null,
      },
      expect.objectContaining({ name: 'Chart 2', position: { start: 'H2', end: null } }),
      expect.objectContaining({ name: 'Chart 3', source: 'Khác!B2:C9', seriesBy: 'Rows' }),
    ]);
  });

  test.each([
    [
      'an unknown chart type',
      (s: Sheet) => {
        s.charts.add('Pie' as never, s.getRange('A1:B2'));
      },
    ],
    [
      'an unknown seriesBy',
      (s: Sheet) => {
        s.charts.add('BarStacked', s.getRange('A1:B2'), 'Diagonal' as never);
      },
    ],
    [
      'data that is not a range',
      (s: Sheet) => {
        s.charts.add('BarStacked', { values: [] } as never);
      },
    ],
    [
      'a bad position',
      (s: Sheet) => {
        s.charts.add('BarStacked', s.getRange('A1:B2')).setPosition('nơi');
      },
    ],
    [
      'an unknown legend position',
      (s: Sheet) => {
        s.charts.add('BarStacked', s.getRange('A1:B2')).legend.position = 'Custom';
      },
    ],
  ])('refuses %s with InvalidArgument', async (_, set) => {
    const excel = host();
    expect(await write(excel, set)).toBe('InvalidArgument');
  });

  test('category names need ExcelApi 1.7', async () => {
    const excel = host({ excelApi: '1.6' });
    expect(
      await write(excel, (sheet) => {
        const chart = sheet.charts.add('BarStacked', sheet.getRange('B1:C4'));
        chart.axes.categoryAxis.setCategoryNames(sheet.getRange('A2:A4'));
      }),
    ).toBe('ApiNotFound');
    // The add before it went through.
    expect(sheetOf(excel).charts).toHaveLength(1);
  });

  test('a chart on a deleted sheet is gone with it', async () => {
    const excel = host();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tổng hợp');
      const chart = sheet.charts.add('BarStacked', sheet.getRange('A1:B2'));
      sheet.delete();
      await context.sync();
      chart.title.text = 'x';
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});
