import { rangeAddress } from '../../../src/core/table/address';
import type { CellValue, Grid } from '../../../src/core/table/grid';
import { regionAround } from '../../../src/core/table/regionAround';

/** A grid from rows of text: "." is an empty cell, anything else a value. */
function gridOf(rows: string[], origin = { row: 1, column: 1 }): Grid {
  const values: CellValue[][] = rows.map((row) =>
    Array.from({ length: row.length }, (_, i) => row.charAt(i)).map((ch) =>
      ch === '.' ? null : ch === '_' ? '  ' : ch,
    ),
  );
  return { sheet: 'S', origin, values, merges: [] };
}

function around(grid: Grid, row: number, column: number, maxGap?: number): string | null {
  const area = regionAround(grid, { row, column }, maxGap === undefined ? {} : { maxGap });
  return area && rangeAddress(area.top, area.left, area.bottom, area.right);
}

describe('regionAround', () => {
  test('a plain table is its own region', () => {
    const grid = gridOf(['......', '.xxxx.', '.xxxx.', '.xxxx.', '......']);
    expect(around(grid, 3, 3)).toBe('B2:E4');
  });

  test('a title above the header belongs to the block; one blank row between does not split it', () => {
    const grid = gridOf(['T.....', '......', 'xxxx..', 'x.....', '......', 'xxxx..']);
    expect(around(grid, 3, 2)).toBe('A1:D6');
    expect(around(grid, 1, 1)).toBe('A1:D6');
  });

  test('two consecutive blank rows end a block', () => {
    const grid = gridOf(['xxx', 'xxx', '...', '...', 'yyy', 'yyy']);
    expect(around(grid, 1, 2)).toBe('A1:C2');
    expect(around(grid, 6, 1)).toBe('A5:C6');
  });

  test('two consecutive blank columns end a block', () => {
    const grid = gridOf(['xx..yy', 'xx..yy']);
    expect(around(grid, 1, 1)).toBe('A1:B2');
    expect(around(grid, 2, 6)).toBe('E1:F2');
    expect(around(gridOf(['xx.yy', 'xx.yy']), 1, 1)).toBe('A1:E2');
  });

  test('maxGap sets how many blank lines a block bridges', () => {
    const grid = gridOf(['xx', '..', 'xx', '..', '..', 'xx']);
    expect(around(grid, 1, 1, 0)).toBe('A1:B1');
    expect(around(grid, 1, 1)).toBe('A1:B3');
    expect(around(grid, 1, 1, 2)).toBe('A1:B6');
  });

  test('rows filled only outside the start column are reached through the widened block', () => {
    // Continuation rows with an empty STT (column A) must not cut the table.
    const grid = gridOf(['Sxxx', '1xxx', '.xxx', '.xxx', '.xxx', '2xxx']);
    expect(around(grid, 2, 1)).toBe('A1:D6');
  });

  test('a blank cell next to a table starts the table; the result is trimmed to content', () => {
    const grid = gridOf(['xxx.', 'xxx.', '....', '....']);
    expect(around(grid, 3, 2)).toBe('A1:C2');
    expect(around(grid, 1, 4)).toBe('A1:C2');
  });

  test('diagonal neighbours join, as in Excel', () => {
    const grid = gridOf(['x...', '.y..', '....', '....', '...z']);
    expect(around(grid, 1, 1)).toBe('A1:B2');
    expect(around(grid, 2, 2)).toBe('A1:B2');
    expect(around(grid, 5, 4)).toBe('D5');
  });

  test('null for a blank cell out of reach, or a cell outside the grid', () => {
    const grid = gridOf(['x....', '.....', '.....', '.....']);
    expect(around(grid, 4, 5)).toBeNull();
    expect(around(grid, 9, 1)).toBeNull();
    expect(around(grid, 0, 1)).toBeNull();
  });

  test('whitespace-only cells count as empty', () => {
    const grid = gridOf(['xx', '__', '__', 'yy']);
    expect(around(grid, 1, 1)).toBe('A1:B1');
    expect(around(grid, 4, 2)).toBe('A4:B4');
  });

  test('works in sheet coordinates when the grid starts elsewhere', () => {
    const grid = gridOf(['xx..', 'xx..', '....', '....', '..yy'], { row: 10, column: 3 });
    expect(around(grid, 11, 4)).toBe('C10:D11');
    expect(around(grid, 14, 6)).toBe('E14:F14');
  });

  test('ragged rows read as empty past their end', () => {
    const grid: Grid = {
      sheet: 'S',
      origin: { row: 1, column: 1 },
      values: [['a', 'b', 'c'], ['d'], [], [], ['e']],
      merges: [],
    };
    expect(around(grid, 2, 1)).toBe('A1:C2');
  });

  test('a 10,000-row table is found in linear time', () => {
    const values: CellValue[][] = Array.from({ length: 10_000 }, (_, r) =>
      r % 7 === 3 ? [null, null, null, null] : [r, 'task', 'agency', 'deadline'],
    );
    const grid: Grid = { sheet: 'S', origin: { row: 1, column: 1 }, values, merges: [] };
    const started = performance.now();
    // Row 10,000 is one of the blank rows (index 9,999 ≡ 3 mod 7), trimmed off.
    expect(around(grid, 5_000, 2)).toBe('A1:D9999');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
