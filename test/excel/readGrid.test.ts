import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../src/core/table/grid';
import { gridSchema } from '../../src/core/table/grid';
import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions, WorkbookOptions } from '../../src/demo/host';
import { AppError } from '../../src/excel/errors';
import type { ExcelRunner } from '../../src/excel/excelApi';
import type { ReadScope } from '../../src/excel/readGrid';
import { listSheets, readGrid, readSheet } from '../../src/excel/readGrid';
import { checkRequirements } from '../../src/excel/requirements';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';

const FIXTURES = [
  'bao-cao-230-cham-muon-T01-2024.xlsx',
  'thanh-hoa-phu-luc-I-06-2024.xlsx',
  'chi-thi-05-2023-phu-luc.xlsx',
  'thong-bao-4318-2024-nhiem-vu.xlsx',
];

async function fixtureGrids(file: string): Promise<Grid[]> {
  return await readXlsxGrids(readFileSync(join(__dirname, '../fixtures', file)));
}

function hostOf(
  grids: Grid[],
  workbook: WorkbookOptions = {},
  options: InMemoryExcelOptions = {},
): InMemoryExcel {
  return createInMemoryExcel(workbookFromGrids(grids, workbook), options);
}

async function read(excel: InMemoryExcel, scope: ReadScope) {
  return await readGrid(excel, scope, checkRequirements(excel.office));
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** Excel cannot tell "" from an empty cell; the adapter gives both as null. */
function excelView(grid: Grid): Grid {
  return { ...grid, values: grid.values.map((row) => row.map((v) => (v === '' ? null : v))) };
}

/** Rows r1..r2 and columns c1..c2 (sheet coordinates) of a grid starting at A1. */
function slice(grid: Grid, r1: number, c1: number, r2: number, c2: number): CellValue[][] {
  return excelView(grid)
    .values.slice(r1 - 1, r2)
    .map((row) => row.slice(c1 - 1, c2));
}

/** A task table of `rows` task rows under a header, at A1. */
function generatedTable(rows: number): Grid {
  const header = [
    'STT',
    'Nội dung nhiệm vụ',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời hạn',
    'Kết quả',
  ];
  const values: CellValue[][] = [header];
  for (let i = 1; i <= rows; i++) {
    values.push([
      i,
      `Nhiệm vụ số ${i}: kết nối, chia sẻ dữ liệu dân cư`,
      'Bộ Công an',
      'Bộ Tư pháp',
      'Quý IV/2024',
      'Đang triển khai',
    ]);
  }
  return { sheet: 'Nhiệm vụ', origin: { row: 1, column: 1 }, values, merges: [] };
}

describe.each(FIXTURES)('%s', (file) => {
  let cli: Grid;
  beforeAll(async () => {
    const [first] = await fixtureGrids(file);
    if (!first) throw new Error(`${file} has no sheet`);
    cli = first;
  });

  test('usedRange gives the grid the CLI reads', async () => {
    const excel = hostOf([cli]);
    const result = await read(excel, 'usedRange');
    expect(result.grid).toEqual(excelView(cli));
    expect(gridSchema.parse(result.grid)).toEqual(result.grid);
    expect(result).toMatchObject({ scope: 'usedRange', selection: 'A1', activeCell: 'A1' });
    expect(excel.stats.syncs).toBe(1);
  });

  test('auto, with the active cell in the table, gives the table with its titles', async () => {
    const result = await read(hostOf([cli], { selection: 'C10' }), 'auto');
    expect(result.scope).toBe('auto');
    expect(result.grid).toEqual(excelView(cli));
  });

  test('selection gives the selected cells with the merges that touch them', async () => {
    const result = await read(
      hostOf([cli], { selection: 'B4:D12', activeCell: 'C5' }),
      'selection',
    );
    expect(result).toMatchObject({ scope: 'selection', selection: 'B4:D12', activeCell: 'C5' });
    expect(result.grid.origin).toEqual({ row: 4, column: 2 });
    expect(result.grid.values).toEqual(slice(cli, 4, 2, 12, 4));
    expect(result.grid.merges).toEqual(
      cli.merges.filter((m) => m.top <= 12 && m.bottom >= 4 && m.left <= 4 && m.right >= 2),
    );
  });
});

describe('auto', () => {
  let table: Grid;
  beforeAll(async () => {
    const [first] = await fixtureGrids('bao-cao-230-cham-muon-T01-2024.xlsx');
    if (!first) throw new Error('no sheet');
    table = first;
  });

  /** The fixture table, two blank rows, then a notes block. */
  function withNotes(): Grid {
    const notes: CellValue[][] = [
      [],
      [],
      ['Ghi chú:', null],
      [null, 'Số liệu đến ngày 31/01/2024'],
    ];
    return { ...table, values: [...table.values, ...notes] };
  }

  test('two blank rows separate tables: the one under the active cell is read', async () => {
    const grids = [withNotes()];
    const inTable = await read(hostOf(grids, { selection: 'D20' }), 'auto');
    expect(inTable.grid.origin).toEqual({ row: 1, column: 1 });
    expect(inTable.grid.values).toEqual(excelView(table).values);

    const inNotes = await read(hostOf(grids, { selection: 'B42' }), 'auto');
    expect(inNotes.grid.origin).toEqual({ row: 41, column: 1 });
    expect(inNotes.grid.values).toEqual([
      ['Ghi chú:', null],
      [null, 'Số liệu đến ngày 31/01/2024'],
    ]);
    expect(inNotes.grid.merges).toEqual([]);
  });

  test('a selected merged cell counts as one cell', async () => {
    const merge = table.merges.find((m) => m.top === 5);
    expect(merge).toEqual({ top: 5, left: 2, bottom: 5, right: 6 });
    const result = await read(hostOf([table], { selection: 'B5:F5' }), 'auto');
    expect(result.scope).toBe('auto');
    expect(result.grid.values).toEqual(excelView(table).values);
  });

  test('several selected cells are read as the selection', async () => {
    const result = await read(hostOf([table], { selection: 'B9:C10' }), 'auto');
    expect(result.scope).toBe('selection');
    expect(result.grid.values).toEqual(slice(table, 9, 2, 10, 3));
  });

  test('an active cell away from any table reads the used range', async () => {
    const result = await read(hostOf([table], { selection: 'K80' }), 'auto');
    expect(result.scope).toBe('usedRange');
    expect(result.grid).toEqual(excelView(table));
  });
});

describe('selection', () => {
  const grid = generatedTable(10);

  test('whole columns are clipped to the used range', async () => {
    const result = await read(hostOf([grid], { selection: 'B:C' }), 'selection');
    expect(result.selection).toBe('B:C');
    expect(result.grid.origin).toEqual({ row: 1, column: 2 });
    expect(result.grid.values).toHaveLength(11);
    expect(result.grid.values[0]).toEqual(['Nội dung nhiệm vụ', 'Đơn vị chủ trì']);
  });

  test('of several areas, the one holding the active cell is read', async () => {
    const result = await read(
      hostOf([grid], { selection: 'A1:B2, E5:F6', activeCell: 'F6' }),
      'selection',
    );
    expect(result).toMatchObject({ selection: 'A1:B2, E5:F6', activeCell: 'F6' });
    expect(result.grid.origin).toEqual({ row: 5, column: 5 });
    expect(result.grid.values).toEqual([
      ['Quý IV/2024', 'Đang triển khai'],
      ['Quý IV/2024', 'Đang triển khai'],
    ]);
  });

  test('a selection outside the data is empty', async () => {
    const error = await rejection(read(hostOf([grid], { selection: 'H2:J4' }), 'selection'));
    expect([error.code, error.detail]).toEqual(['sheet_empty', 'selection']);
  });

  test('the sheet name in addresses is dropped, quoted or not', async () => {
    const named = { ...grid, sheet: "Bộ's bảng" };
    const result = await read(hostOf([named], { selection: 'C3' }), 'selection');
    expect([result.grid.sheet, result.selection, result.activeCell]).toEqual([
      "Bộ's bảng",
      'C3',
      'C3',
    ]);
    expect(result.grid.values).toEqual([['Bộ Công an']]);
  });
});

describe('one round trip', () => {
  // Block reads (readBlocks.ts): a table past A1:Z200 takes a first sync, then its rows, here
  // in one block; the first request stays the same at 10 and 10,000 rows.
  test.each([
    [10, 1],
    [10_000, 2],
  ])('%i rows: one run, %i syncs, the same first request', async (rows, syncs) => {
    const excel = hostOf([generatedTable(rows)], { selection: 'B5' });
    const result = await read(excel, 'auto');
    expect(result.grid.values).toHaveLength(rows + 1);
    expect(excel.stats.syncs).toBe(syncs);
    const [request] = excel.stats.requests;
    // The request does not grow with the table; only the response does.
    expect(request?.bytes).toBe(hostRequestBytes);
    expect(request?.responseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  let hostRequestBytes = 0;
  beforeAll(async () => {
    const excel = hostOf([generatedTable(1)], { selection: 'B5' });
    await read(excel, 'auto');
    hostRequestBytes = excel.stats.requests[0]?.bytes ?? 0;
  });

  test('every scope makes exactly one sync', async () => {
    const excel = hostOf([generatedTable(20)], { selection: 'B2:C4' });
    for (const scope of ['auto', 'selection', 'usedRange'] as const) {
      excel.resetStats();
      await read(excel, scope);
      expect(excel.stats.syncs).toBe(1);
    }
  });
});

describe('empty sheets and errors', () => {
  test('a blank sheet is sheet_empty', async () => {
    const blank: Grid = {
      sheet: 'Trống',
      origin: { row: 1, column: 1 },
      values: [[null, '']],
      merges: [],
    };
    const excel = hostOf([blank]);
    const error = await rejection(read(excel, 'auto'));
    expect(error.code).toBe('sheet_empty');
    expect(excel.stats.syncs).toBe(1);
  });

  test('reads the active sheet', async () => {
    const other = { ...generatedTable(2), sheet: 'Khác' };
    const result = await read(
      hostOf([generatedTable(3), other], { activeSheet: 'Khác' }),
      'usedRange',
    );
    expect(result.grid.sheet).toBe('Khác');
    expect(result.grid.values).toHaveLength(3);
  });

  // With block reads a 1,000-byte limit only makes blocks smaller (readGrid.blocks.test.ts);
  // a limit below the first sync's own response is still refused.
  test('a response over the limit is request_too_large', async () => {
    const excel = hostOf([generatedTable(100)], {}, { limits: { responseBytes: 100 } });
    const error = await rejection(read(excel, 'usedRange'));
    expect([error.code, error.detail]).toEqual([
      'request_too_large',
      'ResponsePayloadSizeLimitExceeded',
    ]);
  });

  test('Office errors are mapped by code', async () => {
    const busy: ExcelRunner = {
      run: () =>
        Promise.reject(
          Object.assign(new Error('edit mode'), {
            name: 'RichApi.Error',
            code: 'InvalidOperationInCellEditMode',
          }),
        ),
    };
    const requirements = checkRequirements(hostOf([generatedTable(1)]).office);
    const error = await rejection(readGrid(busy, 'auto', requirements));
    expect([error.code, error.detail]).toEqual(['busy', 'InvalidOperationInCellEditMode']);
  });

  test('outside Office (no Office global), not_in_excel', async () => {
    const error = await rejection(readGrid(hostOf([generatedTable(1)]), 'auto'));
    expect(error.code).toBe('not_in_excel');
  });
});

describe('older Excel', () => {
  const merged: Grid = {
    sheet: 'S',
    origin: { row: 1, column: 1 },
    values: [
      ['Tiêu đề', null],
      ['STT', 'Nhiệm vụ'],
      [1, 'x'],
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  };

  test('below ExcelApi 1.13, no merges and no error', async () => {
    const excel = hostOf([merged], { selection: 'B3' }, { excelApi: '1.12' });
    const result = await read(excel, 'auto');
    expect(result.grid.merges).toEqual([]);
    expect(result.grid.values).toEqual(merged.values);
    const current = await read(hostOf([merged], { selection: 'B3' }), 'auto');
    expect(current.grid.merges).toEqual(merged.merges);
  });

  test('below ExcelApi 1.9, a single selection reads; several areas are invalid_argument', async () => {
    const single = await read(
      hostOf([merged], { selection: 'A2:B3' }, { excelApi: '1.8' }),
      'selection',
    );
    expect(single.grid.values).toEqual([
      ['STT', 'Nhiệm vụ'],
      [1, 'x'],
    ]);
    const error = await rejection(
      read(hostOf([merged], { selection: 'A2, B3' }, { excelApi: '1.8' }), 'selection'),
    );
    expect([error.code, error.detail]).toEqual(['invalid_argument', 'InvalidSelection']);
  });

  test('below ExcelApi 1.7, requirement_not_met without a round trip', async () => {
    const excel = hostOf([merged], {}, { excelApi: '1.6' });
    const error = await rejection(read(excel, 'auto'));
    expect([error.code, error.detail]).toEqual(['requirement_not_met', 'ExcelApi 1.7']);
    expect(excel.stats.syncs).toBe(0);
  });

  test('a host that claims a set it lacks: ApiNotFound is requirement_not_met', async () => {
    const excel = hostOf([merged], {}, { excelApi: '1.12' });
    const claims = { ...checkRequirements(excel.office) };
    const requirements = {
      ...claims,
      supports: { ...claims.supports, getMergedAreasOrNullObject: true },
    };
    const error = await rejection(readGrid(excel, 'auto', requirements));
    expect([error.code, error.detail]).toEqual(['requirement_not_met', 'ApiNotFound']);
  });
});

describe('another sheet: listSheets and readSheet', () => {
  const grid = generatedTable(5);
  const t12 = { ...grid, sheet: 'T12-2023' };
  const t01 = {
    ...grid,
    sheet: 'T01-2024',
    values: [
      ['Nhiệm vụ', 'Kết quả'],
      ['A', 'Còn 551 thủ tục'],
    ],
  };

  test('lists the sheets in tab order, in one sync', async () => {
    const excel = hostOf([t12, t01]);
    expect(await listSheets(excel, checkRequirements(excel.office))).toEqual([
      'T12-2023',
      'T01-2024',
    ]);
    expect(excel.stats.syncs).toBe(1);
  });

  test('reads a named sheet whole, in one sync, whatever sheet is active', async () => {
    const excel = hostOf([t12, t01], { activeSheet: 'T01-2024' });
    const read = await readSheet(excel, 'T12-2023', checkRequirements(excel.office));
    expect(read.sheet).toBe('T12-2023');
    expect(read.values).toEqual(grid.values);
    expect(excel.stats.syncs).toBe(1);
  });

  test('a missing or empty sheet is a typed error', async () => {
    const excel = hostOf([t12, { ...grid, sheet: 'Trống', values: [] }]);
    const requirements = checkRequirements(excel.office);
    expect((await rejection(readSheet(excel, 'Không có', requirements))).code).toBe(
      'item_not_found',
    );
    expect((await rejection(readSheet(excel, 'Trống', requirements))).code).toBe('sheet_empty');
  });
});
