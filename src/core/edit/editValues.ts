import type { CellValue, Grid } from '../table/grid';
import { cellAt, cellText } from '../table/grid';
import type { EditValue } from './editPlan';
import { isoToExcelSerial } from '../parse/calendar';

/** The value of a sheet cell (1-based sheet coordinates), null outside the grid. */
export function valueAt(grid: Grid, row: number, column: number): CellValue {
  return cellAt(grid, row - grid.origin.row, column - grid.origin.column);
}

/**
 * Whether writing `next` leaves the cell's value as it was: the same text, number or boolean, an
 * empty cell emptied, a date over its own serial. Text over a number is a change (the cell's kind
 * changes even when it reads the same); null leaves the cell, so it never changes it.
 */
export function isUnchanged(current: CellValue, next: EditValue): boolean {
  if (next === null) return true;
  if (next === '') return current === null || current === '';
  if (typeof next === 'object') {
    return typeof current === 'number' && Math.floor(current) === isoToExcelSerial(next.date);
  }
  return current === next;
}

/** A cell with nothing to read (Excel keeps only spaces as a value, which reads as empty). */
export function isBlank(value: CellValue): boolean {
  return cellText(value).trim() === '';
}
