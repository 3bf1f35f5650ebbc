import type { CellValue, Grid } from '../table/grid';
import { cellText, gridWidth } from '../table/grid';
import { cleanLine } from '../text/normalizeText';

/** True when a cell shows nothing once cleaned, as the table reader judges it. */
export function isBlankCell(value: CellValue): boolean {
  return cleanLine(cellText(value)) === '';
}

/** How many cells of the grid show something. */
export function filledCellCount(grid: Grid): number {
  let count = 0;
  for (const row of grid.values) for (const value of row) if (!isBlankCell(value)) count++;
  return count;
}

/**
 * The grid without its trailing blank rows and columns (a merged area counts as content, so none
 * is cut), every row padded to the same width as Excel gives a range.
 */
export function trimGrid(grid: Grid): Grid {
  let rows = 0;
  let columns = 0;
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (isBlankCell(value)) return;
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    });
  });
  for (const area of grid.merges) {
    rows = Math.max(rows, area.bottom - grid.origin.row + 1);
    columns = Math.max(columns, area.right - grid.origin.column + 1);
  }
  rows = Math.min(rows, grid.values.length);
  columns = Math.min(columns, gridWidth(grid));
  const values = grid.values
    .slice(0, rows)
    .map((row) => Array.from({ length: columns }, (_, c): CellValue => row[c] ?? null));
  return { ...grid, values };
}
