import {
  createInMemoryExcel,
  DEFAULT_FONT,
  HostError,
  workbookFromGrids,
} from '../../../src/demo/host';
import type { HostBorder, InMemoryExcel, InMemoryExcelOptions } from '../../../src/demo/host';
import type { CellProperties, CellPropertiesLoadOptions } from '../../../src/excel/excelApi';

/** "Nhiệm vụ" with B2:C3 filled in; a second sheet "Khác". */
function host(options: InMemoryExcelOptions = {}): InMemoryExcel {
  const grid = (sheet: string) => ({
    sheet,
    origin: { row: 2, column: 2 },
    values: [
      ['STT', 'Nội dung'],
      [1, 'Rà soát'],
    ],
    merges: [],
  });
  return createInMemoryExcel(workbookFromGrids([grid('Nhiệm vụ'), grid('Khác')]), options);
}

const THIN: HostBorder = { style: 'Continuous', weight: 'Thin', color: '#000000' };

async function failure(run: () => Promise<unknown>): Promise<HostError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

async function read(excel: InMemoryExcel, address: string, options: CellPropertiesLoadOptions) {
  return await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Nhiệm vụ').getRange(address);
    const result = range.getCellProperties(options);
    await context.sync();
    return result.value;
  });
}

async function write(excel: InMemoryExcel, address: string, cells: CellProperties[][]) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem('Nhiệm vụ').getRange(address).setCellProperties(cells);
    await context.sync();
  });
}

describe('getCellProperties: fonts, borders, alignment', () => {
  test('gives what the model holds, only the properties asked for', async () => {
    const excel = host();
    const sheet = excel.workbook.activeSheet;
    const b2 = { top: 2, left: 2, bottom: 2, right: 2 };
    sheet.setFont(b2, 'name', 'Times New Roman');
    sheet.setFont(b2, 'underline', 'Double');
    sheet.setFont(b2, 'strikethrough', true);
    sheet.setHorizontalAlignment(b2, 'Center');
    sheet.setIndentLevel(b2, 2);
    sheet.setTextOrientation(b2, 90);
    sheet.setBorder({ top: 2, left: 2, bottom: 3, right: 3 }, 'EdgeTop', 'style', 'Dash');
    const cells = await read(excel, 'B2:C2', {
      format: {
        font: { name: true, underline: true, strikethrough: true, bold: true },
        borders: { style: true, weight: true },
        horizontalAlignment: true,
        indentLevel: true,
        textOrientation: true,
      },
    });
    expect(cells).toEqual([
      [
        {
          format: {
            font: {
              name: 'Times New Roman',
              underline: 'Double',
              strikethrough: true,
              bold: false,
            },
            borders: {
              top: { style: 'Dash', weight: 'Thin' },
              bottom: { style: 'None', weight: 'Thin' },
              left: { style: 'None', weight: 'Thin' },
              right: { style: 'None', weight: 'Thin' },
            },
            horizontalAlignment: 'Center',
            indentLevel: 2,
            textOrientation: 90,
          },
        },
        {
          format: {
            font: { name: 'Calibri', underline: 'None', strikethrough: false, bold: false },
            borders: {
              top: { style: 'Dash', weight: 'Thin' },
              bottom: { style: 'None', weight: 'Thin' },
              left: { style: 'None', weight: 'Thin' },
              right: { style: 'None', weight: 'Thin' },
            },
            horizontalAlignment: 'General',
            indentLevel: 0,
            textOrientation: 0,
          },
        },
      ],
    ]);
  });

  test('a side shows the neighbour’s line on it, as a person sees it', async () => {
    const excel = host();
    excel.workbook.activeSheet.setBorder(
      { top: 2, left: 2, bottom: 2, right: 2 },
      'EdgeBottom',
      'color',
      '#FF0000',
    );
    const [[cell]] = (await read(excel, 'B3', { format: { borders: { color: true } } })) as [
      [CellProperties],
    ];
    expect(cell.format?.borders?.top).toEqual({ color: '#FF0000' });
  });

  test.each([
    ['protection', { format: { protection: true } }],
    ['a diagonal', { format: { borders: { tintAndShade: true } } }],
    ['the font’s subscript', { format: { font: { subscript: true } } }],
    ['a hyperlink', { format: {}, hyperlink: true }],
  ])('asking for %s fails with InvalidArgument rather than making it up', async (_, options) => {
    const error = await failure(() =>
      read(host(), 'B2', options as unknown as CellPropertiesLoadOptions),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('the response is counted in the sync’s payload', async () => {
    const excel = host();
    await read(excel, 'A1:J100', { format: { font: { name: true, size: true } } });
    const bytes = excel.stats.requests[0]?.responseBytes ?? 0;
    expect(bytes).toBeGreaterThan(1000 * '{"format":{"font":{"name":"Calibri","size":11}}}'.length);
  });
});

describe('setCellProperties: fonts, borders, alignment', () => {
  test('sets each cell’s own properties, leaving the others', async () => {
    const excel = host();
    await write(excel, 'B2:C2', [
      [
        {
          format: {
            font: { bold: true, color: '#c00000', underline: 'Single' },
            horizontalAlignment: 'Right',
            verticalAlignment: 'Top',
            wrapText: true,
            indentLevel: 1,
            textOrientation: -45,
          },
        },
        {},
      ],
    ]);
    const sheet = excel.workbook.activeSheet;
    expect(sheet.cellAt('B2')).toMatchObject({
      font: { ...DEFAULT_FONT, bold: true, color: '#C00000', underline: 'Single' },
      horizontalAlignment: 'Right',
      verticalAlignment: 'Top',
      wrapText: true,
      indentLevel: 1,
      textOrientation: -45,
    });
    expect(sheet.cellAt('C2')).toMatchObject({
      font: DEFAULT_FONT,
      horizontalAlignment: 'General',
      verticalAlignment: 'Bottom',
      wrapText: false,
      indentLevel: 0,
      textOrientation: 0,
    });
  });

  test('a side drawn partly gets Excel’s defaults; style "None" removes the one line two cells share', async () => {
    const excel = host();
    const sheet = excel.workbook.activeSheet;
    sheet.setBorder({ top: 2, left: 2, bottom: 2, right: 3 }, 'EdgeBottom', 'style', 'Continuous');
    await write(excel, 'B3:C3', [
      [
        { format: { borders: { top: { style: 'None' }, left: { color: '#0000FF' } } } },
        { format: { borders: { right: { style: 'Double', weight: 'Thick' } } } },
      ],
    ]);
    expect(sheet.cellAt('B3').borders.top).toBeNull();
    expect(sheet.cellAt('B2').borders.bottom).toBeNull();
    expect(sheet.cellAt('C2').borders.bottom).toEqual(THIN);
    expect(sheet.cellAt('B3').borders.left).toEqual({ ...THIN, color: '#0000FF' });
    expect(sheet.cellAt('A3').borders.right).toEqual({ ...THIN, color: '#0000FF' });
    expect(sheet.cellAt('C3').borders.right).toEqual({
      style: 'Double',
      weight: 'Thick',
      color: '#000000',
    });
  });

  test('what getCellProperties gives, setCellProperties puts back exactly', async () => {
    const excel = host();
    const sheet = excel.workbook.activeSheet;
    const area = { top: 2, left: 2, bottom: 3, right: 3 };
    sheet.setFillAt('B2', { color: '#FF0000', pattern: 'Gray50', patternColor: '#0000FF' });
    sheet.setFont(area, 'italic', true);
    sheet.setBorder(area, 'InsideHorizontal', 'weight', 'Medium');
    sheet.setWrapText(area, true);
    const all: CellPropertiesLoadOptions = {
      format: {
        fill: { color: true, pattern: true, patternColor: true },
        font: { name: true, italic: true, underline: true },
        borders: { style: true, weight: true, color: true },
        wrapText: true,
        horizontalAlignment: true,
      },
    };
    const before = await read(excel, 'B2:C3', all);
    const snapshot = ['B2', 'C2', 'B3', 'C3', 'B4'].map((address) => sheet.cellAt(address));
    await write(excel, 'B2:C3', [
      [
        { format: { fill: { pattern: 'None' }, font: { italic: false }, wrapText: false } },
        { format: { borders: { bottom: { style: 'None' } } } },
      ],
      [{ format: { horizontalAlignment: 'Center' } }, {}],
    ]);
    expect(sheet.cellAt('C2').borders.bottom).toBeNull();
    await write(excel, 'B2:C3', before);
    expect(['B2', 'C2', 'B3', 'C3', 'B4'].map((address) => sheet.cellAt(address))).toEqual(
      snapshot,
    );
  });

  test('checked whole before any cell changes: one bad value, nothing set', async () => {
    const excel = host();
    const error = await failure(() =>
      write(excel, 'B2:C2', [
        [{ format: { font: { bold: true } } }, { format: { indentLevel: 251 } }],
      ]),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(excel.workbook.activeSheet.cellAt('B2').font.bold).toBe(false);
  });

  test.each([
    ['a font size of 0', { font: { size: 0 } }],
    ['an unknown underline', { font: { underline: 'Wavy' } }],
    ['a named colour', { font: { color: 'red' } }],
    ['a text orientation of 120', { textOrientation: 120 }],
    ['a border weight of 3', { borders: { top: { weight: 3 } } }],
    ['a diagonal', { borders: { diagonalUp: { style: 'Continuous' } } }],
    ['a gradient', { fill: { pattern: 'LinearGradient' } }],
    ['protection', { protection: { locked: false } }],
  ])('refuses %s with InvalidArgument', async (_, format) => {
    const error = await failure(() =>
      write(host(), 'B2', [[{ format } as unknown as CellProperties]]),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('a protected sheet refuses with AccessDenied', async () => {
    const excel = host();
    excel.workbook.activeSheet.isProtected = true;
    const error = await failure(() => write(excel, 'B2', [[{ format: { wrapText: true } }]]));
    expect(error.code).toBe('AccessDenied');
    expect(excel.workbook.activeSheet.cellAt('B2').wrapText).toBe(false);
  });
});
