import { isoToExcelSerial, toIso } from '../../core/parse/calendar';
import type { ExcelCellValue } from '../../excel/excelApi';

/** What a cell holds once a value is entered through `range.values`. */
export type CellEntry = {
  value: ExcelCellValue;
  /** The formula Excel made of the input ("=+1+1"); null for a constant. */
  formula: string | null;
  /** Entered with a leading apostrophe: Excel keeps it as text and remembers so. */
  quotePrefix: boolean;
  /** The number format Excel gives a cell still "General" along with the value (dates, %). */
  numberFormat: string | null;
};

/**
 * What a formula cell reads back as. The host evaluates no formula: a generated sheet should
 * never contain one, so any formula reads as an error a test or a person notices.
 */
export const FORMULA_VALUE = '#NAME?';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))%$/;
const DAY_FIRST_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;

function constant(value: ExcelCellValue, numberFormat: string | null = null): CellEntry {
  return { value, formula: null, quotePrefix: false, numberFormat };
}

/** Excel's two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** The serial of a date typed as Vietnamese Excel reads it (day first), or ISO; else null. */
function dateSerial(text: string): { serial: number; format: string } | null {
  const dayFirst = DAY_FIRST_DATE.exec(text);
  if (dayFirst) {
    const iso = toIso(fullYear(dayFirst[4] ?? ''), Number(dayFirst[3]), Number(dayFirst[1]));
    const serial = iso === null ? null : isoToExcelSerial(iso);
    return serial === null ? null : { serial, format: 'dd/mm/yyyy' };
  }
  const isoLike = ISO_DATE.exec(text);
  if (isoLike) {
    const iso = toIso(Number(isoLike[1]), Number(isoLike[3]), Number(isoLike[4]));
    const serial = iso === null ? null : isoToExcelSerial(iso);
    return serial === null ? null : { serial, format: 'yyyy-mm-dd' };
  }
  return null;
}

/**
 * A string entered into a cell, read as Excel reads typed input:
 * - into a text-formatted cell ("@"): kept verbatim, whatever it looks like;
 * - "'…": text, without the apostrophe;
 * - "=…": a formula;
 * - a plain number ("12", "-4", "12.5", "1e3", surrounding spaces allowed): a number;
 * - "12%": 0.12; "TRUE" / "FALSE" (any case): a boolean;
 * - a date, day first as in Vietnamese Excel ("31/12/2025", "1-2-25") or ISO ("2025-12-31"):
 *   its serial, shown as a date;
 * - "+…", "-…", "@…" with something after the sign: a formula ("=-2+3"), as Excel makes of
 *   "- Bộ Công an …", a bullet in a report.
 *
 * Real Excel converts more, depending on the locale ("3,5", "1.234", currency, times, "1/2"
 * without a year, month names): a writer must mark every text as text (apostrophe or "@"),
 * never rely on a string staying text because the host kept it.
 */
export function enterText(text: string, cellFormat: string): CellEntry {
  if (cellFormat === '@' || text === '') return constant(text);
  if (text.startsWith("'")) {
    return { value: text.slice(1), formula: null, quotePrefix: true, numberFormat: null };
  }
  if (text.startsWith('=') && text.length > 1) {
    return { value: FORMULA_VALUE, formula: text, quotePrefix: false, numberFormat: null };
  }
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return constant(Number(trimmed));
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const digits = percent[1] ?? '';
    return constant(Number(digits) / 100, digits.includes('.') ? '0.00%' : '0%');
  }
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return constant(upper === 'TRUE');
  const date = dateSerial(trimmed);
  if (date) return constant(date.serial, date.format);
  if (/^[+\-@]/.test(text) && text.slice(1).trim() !== '') {
    return { value: FORMULA_VALUE, formula: `=${text}`, quotePrefix: false, numberFormat: null };
  }
  return constant(text);
}

/**
 * One value of a `range.values` array: null leaves the cell as it is (undefined when the value
 * cannot be entered at all: NaN, Infinity, an object).
 */
export function enterValue(input: unknown, cellFormat: string): CellEntry | null | undefined {
  if (input === null) return null;
  if (typeof input === 'string') return enterText(input, cellFormat);
  if (typeof input === 'boolean') return constant(input);
  if (typeof input === 'number' && Number.isFinite(input)) return constant(input);
  return undefined;
}
