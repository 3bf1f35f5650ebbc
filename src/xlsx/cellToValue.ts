import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/table/grid';

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system, as a UTC instant (1899-12-30 absorbs the 1900 leap bug). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A JS Date (exceljs gives UTC midnights) as an Excel date serial. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_UTC) / MS_PER_DAY;
}

/** The value Excel's `range.values` would give for an exceljs cell value. */
export function cellToValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return dateToSerial(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    if (result === undefined || result === null) return null;
    if (result instanceof Date) return dateToSerial(result);
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean') {
      return result;
    }
    return null;
  }
  if ('text' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (typeof text === 'object' && text !== null && 'richText' in text) {
      const runs = (text as { richText: { text: string }[] }).richText;
      return runs.map((run) => run.text).join('');
    }
  }
  return null;
}
