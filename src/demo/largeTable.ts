import { columnNumber, parseRangeAddress } from '../core/table/address';
import type { CellValue, Grid } from '../core/table/grid';
import { readTaskTable } from '../core/table/readTaskTable';

/**
 * The workbook's first task table with its data rows repeated until it holds `rows` of them: a
 * register as large as a consolidated one, built from a real sample's rows (for the browser test
 * of large tables and for trying the pane by hand). Each copy's task text and STT say which copy
 * it is, so the copies are different tasks and not thousands of duplicates. The other sheets, the
 * header and the rows above it stay as they were; merges inside the data are dropped. Null when
 * no sheet holds a task table.
 */
export function enlargeTable(grids: readonly Grid[], rows: number): Grid[] | null {
  for (const [index, grid] of grids.entries()) {
    const read = readTaskTable(grid);
    if (!read.success) continue;
    const { range, headerRow, headerRows, columns } = read.data;
    const area = parseRangeAddress(range);
    if (!area) continue;
    const first = headerRow + headerRows - grid.origin.row;
    const last = area.bottom - grid.origin.row;
    const body = grid.values.slice(first, last + 1);
    if (body.length === 0) continue;
    const toIndex = (letter: string | undefined) =>
      letter === undefined ? -1 : (columnNumber(letter) ?? 0) - grid.origin.column;
    const task = toIndex(columns.task);
    const stt = toIndex(columns.stt);
    const values: CellValue[][] = grid.values.slice(0, first);
    let numbered = 0;
    for (let n = 0; n < rows; n++) {
      const copy = Math.floor(n / body.length);
      const row = [...(body[n % body.length] ?? [])];
      // Task rows are numbered on through the copies; section rows ("I", "A") keep their marks.
      const mark = row[stt];
      if (typeof mark === 'number' || (typeof mark === 'string' && /^\d+$/.test(mark.trim()))) {
        row[stt] = ++numbered;
      }
      const text = row[task];
      if (copy > 0 && typeof text === 'string' && text.trim() !== '') {
        row[task] = `${text} (bản ${String(copy + 1)})`;
      }
      values.push(row);
    }
    const headerBottom = grid.origin.row + first - 1;
    const enlarged: Grid = {
      sheet: grid.sheet,
      origin: grid.origin,
      values,
      merges: grid.merges.filter((merge) => merge.bottom <= headerBottom),
    };
    return grids.map((other, i) => (i === index ? enlarged : other));
  }
  return null;
}
