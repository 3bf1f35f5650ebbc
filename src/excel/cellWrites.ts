import type { EditValue } from '../core/edit/editPlan';
import { isoToExcelSerial } from '../core/parse/calendar';
import type { KeptCell } from './editUndo';
import type { ExcelCellValue } from './excelApi';
import { TEXT_PREFIX, toExcelValue } from './sheetBlock';

/*
 * Cell by cell, what an edit writes and what its undo writes back. Excel reads a string written
 * through `range.values` as typed input, so every text goes either with "'" or into a cell
 * formatted as text ("@"), never bare into a "General" cell.
 */

/** The number format of text cells: whatever is entered stays text, verbatim. */
export const TEXT_FORMAT = '@';

/** What a write leaves: the value to send, and the value Excel then reads back. */
export type CellWrite = { send: ExcelCellValue; reads: ExcelCellValue };

/**
 * A plan's value as written into a cell of `cellFormat` (the cell's format when the value
 * arrives); null leaves the cell. A text-formatted cell takes text as it is (there, "'" would be
 * kept as part of the text); elsewhere text gets "'". Dates go as serials (before 1900, as text).
 */
export function toCellWrite(value: EditValue, cellFormat: string): CellWrite | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return { send: value, reads: value };
  const text = typeof value === 'string' ? value : null;
  if (text !== null && cellFormat === TEXT_FORMAT) return { send: text, reads: text };
  const send = toExcelValue(value);
  const reads = typeof send === 'string' && send.startsWith(TEXT_PREFIX) ? send.slice(1) : send;
  return { send, reads };
}

/** Whether a plan's value is a date (it gets a date format unless the plan gives one). */
export function isDateValue(value: EditValue): value is { date: string } {
  return typeof value === 'object' && value !== null && isoToExcelSerial(value.date) !== null;
}

/**
 * What Excel's `values` and `formulas` tell about a cell: a formula cell gives its formula in
 * one and its result in the other; text gives the same string in both (`formulas` drops a
 * leading "'", so "'=A1" reads "=A1" there too).
 */
export function toKeptCell(value: ExcelCellValue, formula: ExcelCellValue): KeptCell {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) {
    return { formula };
  }
  return value;
}

/** Whether writing `write` leaves a cell that holds `kept` as it was. */
export function leavesAsIs(kept: KeptCell, write: CellWrite): boolean {
  return typeof kept !== 'object' && kept === write.reads;
}

/**
 * Whether Excel might read `text`, typed into a "General" cell, as something other than this
 * text: a formula or sign ("=", "+", "-", "@"), an error ("#N/A"), a boolean, or a number,
 * percentage, date or time in some locale ("1.086", "12/2023", "3,5%", "8:30"). Conservative:
 * anything made of digits and number punctuation counts.
 */
export function mayNotStayText(text: string): boolean {
  if (/^[=+\-@'#]/.test(text)) return true;
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return true;
  return /\d/.test(trimmed) && /^[\d\s.,:/%()$€₫+\-eE]+$/.test(trimmed);
}

/** What the undo writes into a cell: the format to give it first, then the value. */
export type CellRestore = { preFormat: string | null; send: ExcelCellValue };

/**
 * How to put `kept` back into a cell whose format will be `numberFormat` again. Office.js cannot
 * tell whether a text was typed with "'" (Excel's hidden quote prefix), so: text that Excel keeps
 * as text when typed goes into a cell made "@" for the moment (no prefix, as a person would have
 * typed it); text that only stays text with the prefix (a person must have typed "'") gets "'".
 * Either way the text comes back exactly. Formulas, numbers and booleans go into "General", so a
 * cell left as text by the edit does not keep them as text.
 */
export function toCellRestore(kept: KeptCell, numberFormat: string): CellRestore {
  if (typeof kept === 'object') return { preFormat: 'General', send: kept.formula };
  if (kept === '') return { preFormat: null, send: '' };
  if (typeof kept !== 'string') return { preFormat: 'General', send: kept };
  if (numberFormat !== TEXT_FORMAT && mayNotStayText(kept)) {
    return { preFormat: 'General', send: TEXT_PREFIX + kept };
  }
  return { preFormat: TEXT_FORMAT, send: kept };
}
