import type { CellValue, Grid, MergeArea } from '../table/grid';
import { isoToExcelSerial } from '../parse/calendar';
import type { SheetSpec, SpecCell } from './sheetSpec';
import { sheetRowOf } from './sheetSpec';
import { layoutSheet } from './layoutSheet';

/**
 * The grid Excel and exceljs give back after writing a spec: the title lines from row 1 (each
 * merged across the table), a blank row, the header, the rows; dates as serial numbers, each
 * row cell with its column's number format (as both writers set it), group rows merged from
 * `mergeFrom` to the last column, and the followers of every merged area empty, as the readers
 * give them.
 */
export function sheetSpecToGrid(spec: SheetSpec, sheet: string = spec.name): Grid {
  const width = spec.columns.length;
  const { values, numberFormats } = layoutSheet<CellValue>(spec, gridValue, null);
  const merges: MergeArea[] = [];
  if (width > 1) {
    spec.titles.forEach((_, index) => {
      merges.push({ top: index + 1, left: 1, bottom: index + 1, right: width });
    });
  }
  spec.rows.forEach((row, index) => {
    const mergeFrom = row.style === 'group' ? row.mergeFrom : undefined;
    if (mergeFrom === undefined || mergeFrom >= width - 1) return;
    const top = sheetRowOf(spec, index);
    const cells = values[top - 1];
    const formats = numberFormats[top - 1];
    for (let c = mergeFrom + 1; c < width; c++) {
      // The followers of a merged area read empty, with its top-left cell's format.
      if (cells) cells[c] = null;
      if (formats) formats[c] = formats[mergeFrom] ?? 'General';
    }
    merges.push({ top, left: mergeFrom + 1, bottom: top, right: width });
  });
  return { sheet, origin: { row: 1, column: 1 }, values, numberFormats, merges };
}

/** A spec cell as read back: empty text is an empty cell; a day Excel cannot hold stays text. */
function gridValue(cell: SpecCell): CellValue {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return isoToExcelSerial(cell.date) ?? cell.date;
}
