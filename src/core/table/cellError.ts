import type { ColumnRole, Task } from './model';
import { roleText, TEXT_ROLES } from './roleText';

/**
 * Excel's error values. Office.js gives an error cell as this text in `range.values`; exceljs
 * gives `{ error: '#REF!' }`, which the file reader (src/xlsx/cellToValue.ts) turns into the same
 * text.
 */
export const EXCEL_ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#EXTERNAL!',
] as const;

/** One of Excel's error values, as Excel writes it. */
export type ExcelError = (typeof EXCEL_ERRORS)[number];

const ERRORS = new Set<string>(EXCEL_ERRORS);

function isExcelErrorLiteral(text: string): text is ExcelError {
  return ERRORS.has(text);
}

/**
 * The Excel error a cell shows ("#N/A"), when its whole text (trimmed, any case) is one; else
 * null. "Lỗi #REF! ở ô D3" is text about an error, not an error cell.
 */
export function excelErrorOf(text: string): ExcelError | null {
  // Every error starts with "#": ordinary (and 32,000-character) cells skip the upper-casing.
  const trimmed = text.trim();
  if (!trimmed.startsWith('#')) return null;
  const upper = trimmed.toUpperCase();
  return isExcelErrorLiteral(upper) ? upper : null;
}

/**
 * A cell's text for parsing: null when the cell shows an Excel error, which holds no value to
 * read (the table keeps the text itself; the error is reported once, as `cell_error`).
 */
export function withoutExcelError(text: string | null): string | null {
  return text === null || excelErrorOf(text) !== null ? null : text;
}

/** The role cells of a task that show an Excel error, in column-role order. */
export function findCellErrors(task: Task): { role: ColumnRole; error: ExcelError }[] {
  const found: { role: ColumnRole; error: ExcelError }[] = [];
  for (const role of TEXT_ROLES) {
    const text = roleText(task, role);
    const error = text === null ? null : excelErrorOf(text);
    if (error !== null) found.push({ role, error });
  }
  return found;
}
