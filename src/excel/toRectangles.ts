import type { RangeRef } from '../core/table/address';
import { rangeAddress } from '../core/table/address';

/** Excel's widest sheet: 16,384 columns (XFD). Keys below are row-major over it. */
const COLUMNS = 16_384;

/** A cell as one number (row-major), for sets and maps of cells. */
export function cellKey(row: number, column: number): number {
  return (row - 1) * COLUMNS + (column - 1);
}

export function keyRow(key: number): number {
  return Math.floor(key / COLUMNS) + 1;
}

export function keyColumn(key: number): number {
  return (key % COLUMNS) + 1;
}

/** Every cell of `area`, row by row. */
export function* cellsOf(area: RangeRef): Generator<number> {
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) yield cellKey(row, column);
  }
}

/**
 * Cells as few rectangles: runs of adjacent cells in each row, then runs with the same columns in
 * consecutive rows stacked. Not minimal in general, but exact, and a task table's rows (the same
 * columns, row after row) collapse to one rectangle per block.
 */
export function toRectangles(cells: Iterable<number>): RangeRef[] {
  const sorted = Float64Array.from(new Set(cells)).sort();
  const done: RangeRef[] = [];
  /** Rectangles still growing downwards, by "left:right". */
  let open = new Map<string, RangeRef>();
  let row = 0;
  let runs: RangeRef[] = [];

  const closeRow = (): void => {
    const next = new Map<string, RangeRef>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}`;
      const above = open.get(key);
      if (above && above.bottom === run.top - 1) {
        above.bottom = run.top;
        next.set(key, above);
        open.delete(key);
      } else next.set(key, run);
    }
    done.push(...open.values());
    open = next;
    runs = [];
  };

  for (const key of sorted) {
    const r = keyRow(key);
    const c = keyColumn(key);
    if (r !== row) {
      closeRow();
      row = r;
    }
    const last = runs.at(-1);
    if (last?.right === c - 1) last.right = c;
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  closeRow();
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** "B3", "A7:F9". */
export function areaAddress(area: RangeRef): string {
  return rangeAddress(area.top, area.left, area.bottom, area.right);
}

/**
 * Areas as comma-separated address lists ("A7:F9,A12:F12"), each at most `maxChars` long, for
 * `worksheet.getRanges`.
 */
export function chunkAddresses(areas: readonly RangeRef[], maxChars: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const area of areas) {
    const address = areaAddress(area);
    if (current !== '' && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
