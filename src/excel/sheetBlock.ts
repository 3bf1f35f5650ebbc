import { isoToExcelSerial } from '../core/parse/calendar';
import type { SheetSpec, SpecCell } from '../core/summary/sheetSpec';
import { headerRowOf } from '../core/summary/sheetSpec';
import { layoutSheet } from '../core/summary/layoutSheet';
import { AppError } from './errors';
import type { ExcelCellValue } from './excelApi';

/**
 * A sheet's cells as Excel takes them, from row 1: the title lines, a blank row, the header, the
 * spec's rows; `values` and `numberFormats` have one entry per cell of that block.
 */
export type SheetBlock = {
  values: ExcelCellValue[][];
  numberFormats: string[][];
  /** Columns of the table (the block's width). */
  width: number;
  /** Sheet row (1-based) of the header. */
  headerRow: number;
  /** Sheet row of the last row of the table (the header when there are no rows). */
  lastRow: number;
};

/**
 * Excel reads a typed "'" as "this is text": the apostrophe is not stored, and what follows is
 * kept as written. Without it, "=HYPERLINK(…)", "+1+1", "-2+3" and "@SUM(A1)" become formulas,
 * and "12/2023" or "1.086" may become a date or a number in the user's locale.
 */
export const TEXT_PREFIX = "'";

/** A spec cell as a value Excel stores exactly: text as text, dates as serials. */
export function toExcelValue(cell: SpecCell): ExcelCellValue {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell === '' ? '' : TEXT_PREFIX + cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  // A day Excel cannot hold (before 1900) stays readable as text.
  return isoToExcelSerial(cell.date) ?? TEXT_PREFIX + cell.date;
}

/** The spec laid out as cells (see `SheetBlock`). */
export function sheetBlock(spec: SheetSpec): SheetBlock {
  const width = spec.columns.length;
  spec.rows.forEach((row, index) => {
    if (row.cells.length > width) {
      throw new AppError(
        'invalid_argument',
        `sheet "${spec.name}" row ${index}: ${row.cells.length} cells for ${width} columns`,
      );
    }
  });
  const { values, numberFormats } = layoutSheet<ExcelCellValue>(spec, toExcelValue, '');
  return { values, numberFormats, width, headerRow: headerRowOf(spec), lastRow: values.length };
}

/**
 * A spec width (characters of the default font) in points, as Office.js sets widths. Excel
 * shows a width of w characters as 7·w + 5 pixels for its default font (Calibri 11: 7 pixels a
 * digit, 5 of padding), and a pixel is ¾ point at 96 dpi. The same conversion is what makes
 * exceljs's width w look alike, so both writers give the same columns.
 */
export function columnWidthPoints(characters: number): number {
  return ((7 * characters + 5) * 3) / 4;
}
