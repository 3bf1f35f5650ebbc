import type { CellValue, Grid } from '../../src/core/table/grid';
import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions } from '../../src/demo/host';
import type { ReadOptions } from '../../src/excel/readGrid';
import { readGrid, readSheet } from '../../src/excel/readGrid';
import { checkRequirements } from '../../src/excel/requirements';

const WEB_LIMIT = 5 * 1024 * 1024;

/** A task table of `rows` rows of long text (≈ 700 bytes of JSON a row), at `origin`. */
function longTable(rows: number, origin = { row: 1, column: 1 }): Grid {
  const values: CellValue[][] = [
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả', 'Ghi chú'],
  ];
  for (let i = 1; i <= rows; i++) {
    values.push([
      i,
      `Nhiệm vụ số ${i}: triển khai kết nối, chia sẻ dữ liệu dân cư với cơ sở dữ liệu chuyên ngành, bảo đảm an toàn thông tin theo Đề án 06 của Chính phủ`,
      'Bộ Công an chủ trì, phối hợp Bộ Tư pháp, Bộ Y tế, Bảo hiểm xã hội Việt Nam và UBND các tỉnh',
      `Đã hoàn thành ${i % 97} thủ tục; còn lại đang rà soát, cập nhật dữ liệu, làm sạch dữ liệu theo hướng dẫn`,
      'Theo Kế hoạch số 123/KH-UBND; báo cáo định kỳ hằng tháng về Tổ công tác triển khai Đề án 06',
    ]);
  }
  return { sheet: 'Nhiệm vụ', origin, values, merges: [{ top: 1, left: 1, bottom: 1, right: 1 }] };
}

function hostOf(grid: Grid, options: InMemoryExcelOptions = {}): InMemoryExcel {
  return createInMemoryExcel(workbookFromGrids([grid], { selection: 'B5' }), options);
}

async function read(excel: InMemoryExcel, options: ReadOptions = {}) {
  return await readGrid(excel, 'usedRange', checkRequirements(excel.office), options);
}

/** Excel cannot tell "" from an empty cell; the adapter gives both as null. */
function excelValues(grid: Grid): CellValue[][] {
  return grid.values.map((row) => row.map((v) => (v === '' ? null : v)));
}

describe('a large table is read in blocks', () => {
  const big = longTable(10_000);

  test('10,000 rows of long text (over 6 MB): every response under 5 MB, 4 syncs', async () => {
    const excel = hostOf(big);
    const result = await read(excel);
    const responses = excel.stats.requests.map((request) => request.responseBytes);
    expect(responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(6 * 1024 * 1024);
    expect(Math.max(...responses)).toBeLessThan(WEB_LIMIT);
    // A first sync (extent, window, merges, selection) and 3 blocks of ≤ 4 MB by estimate.
    expect(excel.stats.syncs).toBe(4);
    expect(result.grid.values).toEqual(excelValues(big));
    expect(result.grid.merges).toEqual(big.merges);
  });

  test('the grid equals the read of a host without the 5 MB limit', async () => {
    const raised = hostOf(big, { limits: { responseBytes: 100 * 1024 * 1024 } });
    const result = await read(hostOf(big));
    expect(result.grid).toEqual((await read(raised)).grid);
  });

  test('the sync count depends on the size, not on what the rows say', async () => {
    const other = longTable(10_000);
    other.values = other.values.map((row, index) =>
      index === 0 ? row : row.map((v) => (typeof v === 'string' ? v.replaceAll('a', 'o') : v)),
    );
    const excel = hostOf(other);
    await read(excel);
    expect(excel.stats.syncs).toBe(4);
  });

  test('a table away from A1, with no row in the first window, is read whole', async () => {
    const far = longTable(300, { row: 250, column: 3 });
    const excel = hostOf(far);
    const result = await read(excel);
    expect(result.grid.origin).toEqual({ row: 250, column: 3 });
    expect(result.grid.values).toEqual(excelValues(far));
    expect(excel.stats.syncs).toBe(2);
  });

  test('readSheet reads in blocks too', async () => {
    const excel = hostOf(big);
    const grid = await readSheet(excel, 'Nhiệm vụ', checkRequirements(excel.office));
    expect(grid.values).toEqual(excelValues(big));
    expect(excel.stats.syncs).toBe(4);
  });
});

describe('small tables take one sync', () => {
  test.each([
    [199, 1],
    [200, 2],
  ])(
    '%i rows under a header (A1:E200 is inside the window A1:Z200): %i syncs',
    async (rows, syncs) => {
      const excel = hostOf(longTable(rows));
      const result = await read(excel);
      expect(result.grid.values).toHaveLength(rows + 1);
      expect(excel.stats.syncs).toBe(syncs);
    },
  );
});

describe('a block the host refuses is halved', () => {
  test('a low response limit only makes blocks smaller', async () => {
    const table = longTable(40);
    const excel = hostOf(table, { limits: { responseBytes: 4_000 } });
    const result = await read(excel);
    expect(result.grid.values).toEqual(excelValues(table));
  });

  test('cells too long for the window: the first sync is redone without it', async () => {
    const long = 'Dài '.repeat(8_000);
    const table: Grid = {
      sheet: 'Dài',
      origin: { row: 1, column: 1 },
      values: Array.from({ length: 200 }, (_, i) => [i + 1, `${long}${i}`]),
      merges: [],
    };
    const excel = hostOf(table);
    const result = await read(excel);
    expect(result.grid.values).toEqual(table.values);
    // The refused first sync and blocks are counted by the host; the read still completes.
    expect(excel.stats.requests.some((r) => r.responseBytes > WEB_LIMIT)).toBe(true);
  });
});

describe('progress and cancel', () => {
  const big = longTable(10_000);

  test('progress is reported once per block, ending at the row count', async () => {
    const calls: [number, number][] = [];
    const excel = hostOf(big);
    await read(excel, { onProgress: (rowsRead, total) => calls.push([rowsRead, total]) });
    expect(calls).toHaveLength(excel.stats.syncs - 1);
    expect(calls.at(-1)).toEqual([10_001, 10_001]);
    expect(calls.map(([rowsRead]) => rowsRead)).toEqual(
      [...calls.map(([rowsRead]) => rowsRead)].sort((a, b) => a - b),
    );
  });

  test('a small table reports its rows once', async () => {
    const calls: [number, number][] = [];
    await read(hostOf(longTable(3)), { onProgress: (r, t) => calls.push([r, t]) });
    expect(calls).toEqual([[4, 4]]);
  });

  test('an abort stops the read after the current block, with the signal reason', async () => {
    const controller = new AbortController();
    const excel = hostOf(big);
    const reason = new Error('người dùng huỷ');
    const promise = read(excel, {
      signal: controller.signal,
      onProgress: () => {
        controller.abort(reason);
      },
    });
    await expect(promise).rejects.toBe(reason);
    // The first sync and the one block that was under way when the abort came.
    expect(excel.stats.syncs).toBe(2);
  });

  test('a read aborted before it starts makes no sync', async () => {
    const excel = hostOf(longTable(3));
    const error = await read(excel, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(excel.stats.syncs).toBe(0);
  });
});
