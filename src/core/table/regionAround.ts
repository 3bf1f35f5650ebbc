import type { CellRef, RangeRef } from './address';
import type { Grid } from './grid';
import { cellText, gridWidth } from './grid';

export type RegionOptions = {
  /**
   * Blank rows (or columns) a block may contain and stay one block: pasted tables often carry a
   * blank line between the title and the header, or between sections.
   * @default 1
   */
  maxGap?: number;
};

/**
 * The block of cells around `cell` (1-based sheet coordinates), like Excel's current region but
 * bridging gaps: it grows while a non-empty row or column lies within `maxGap + 1` of its edge
 * (rows checked across the block's columns, columns across its rows, each one cell wider so that
 * diagonal neighbours join), so two consecutive blank rows end a table and one does not. Whitespace-only cells count as empty. The result is trimmed
 * to its non-empty cells; null when `cell` is outside the grid or nothing non-empty is in reach.
 */
export function regionAround(
  grid: Grid,
  cell: CellRef,
  options: RegionOptions = {},
): RangeRef | null {
  const reach = (options.maxGap ?? 1) + 1;
  const rows = grid.values.length;
  const columns = gridWidth(grid);
  const r0 = cell.row - grid.origin.row;
  const c0 = cell.column - grid.origin.column;
  if (r0 < 0 || c0 < 0 || r0 >= rows || c0 >= columns) return null;

  const filled = (r: number, c: number): boolean =>
    cellText(grid.values[r]?.[c] ?? null).trim() !== '';
  // A line counts when filled across the block or diagonally past its corners, as in Excel's
  // current region.
  const rowFilled = (r: number, left: number, right: number): boolean => {
    for (let c = Math.max(0, left - 1); c <= Math.min(columns - 1, right + 1); c++) {
      if (filled(r, c)) return true;
    }
    return false;
  };
  const columnFilled = (c: number, top: number, bottom: number): boolean => {
    for (let r = Math.max(0, top - 1); r <= Math.min(rows - 1, bottom + 1); r++) {
      if (filled(r, c)) return true;
    }
    return false;
  };
  const rowHasContent = (r: number, left: number, right: number): boolean => {
    for (let c = left; c <= right; c++) if (filled(r, c)) return true;
    return false;
  };
  const columnHasContent = (c: number, top: number, bottom: number): boolean => {
    for (let r = top; r <= bottom; r++) if (filled(r, c)) return true;
    return false;
  };
  /** Moves `edge` outwards (step ±1) while a filled line lies within reach; the new edge. */
  const grow = (edge: number, step: 1 | -1, limit: number, isFilled: (i: number) => boolean) => {
    let current = edge;
    for (let k = 1; k <= reach; k++) {
      const i = current + k * step;
      if (i < 0 || i >= limit) break;
      if (isFilled(i)) {
        current = i;
        k = 0;
      }
    }
    return current;
  };

  // 0-based, inclusive.
  let top = r0;
  let bottom = r0;
  let left = c0;
  let right = c0;
  for (;;) {
    const before = [top, bottom, left, right].join();
    bottom = grow(bottom, 1, rows, (r) => rowFilled(r, left, right));
    top = grow(top, -1, rows, (r) => rowFilled(r, left, right));
    right = grow(right, 1, columns, (c) => columnFilled(c, top, bottom));
    left = grow(left, -1, columns, (c) => columnFilled(c, top, bottom));
    if ([top, bottom, left, right].join() === before) break;
  }

  // The start cell may be a blank edge (the cell just below a table): trim to the content.
  while (top <= bottom && !rowHasContent(top, left, right)) top++;
  while (bottom >= top && !rowHasContent(bottom, left, right)) bottom--;
  if (top > bottom) return null;
  while (!columnHasContent(left, top, bottom)) left++;
  while (!columnHasContent(right, top, bottom)) right--;

  return {
    top: top + grid.origin.row,
    left: left + grid.origin.column,
    bottom: bottom + grid.origin.row,
    right: right + grid.origin.column,
  };
}
