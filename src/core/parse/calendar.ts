/**
 * Calendar arithmetic on ISO dates (yyyy-mm-dd), proleptic Gregorian, without `Date`: the core
 * never depends on the host's time zone.
 */
import type { IsoDate } from './deadlineSchema';

export type CivilDate = { year: number; month: number; day: number };

/** True for Gregorian leap years (2024 yes, 2100 no, 2000 yes). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the day exists: integers, year 1–9999 (what an ISO date can carry). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The ISO form of a day; null when the day does not exist. */
export function toIso(year: number, month: number, day: number): IsoDate | null {
  if (!isValidDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parts of an ISO date; null unless it is a well-formed day that exists. */
export function parseIso(iso: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

// The calendar's bounds are fixed, so these cannot be null; the assertion keeps callers simple.
function isoOf(year: number, month: number, day: number): IsoDate {
  const iso = toIso(year, month, day);
  if (iso === null) throw new RangeError(`No such day: ${year}-${month}-${day}`);
  return iso;
}

/** First day of a month. Throws on a month outside 1–12 (a caller's bug, not user input). */
export function startOfMonth(year: number, month: number): IsoDate {
  return isoOf(year, month, 1);
}

/** Last day of a month: endOfMonth(2024, 2) = 2024-02-29. */
export function endOfMonth(year: number, month: number): IsoDate {
  return isoOf(year, month, daysInMonth(year, month));
}

/** First day of a quarter (1–4). */
export function startOfQuarter(year: number, quarter: number): IsoDate {
  return startOfMonth(year, quarter * 3 - 2);
}

/** Last day of a quarter (1–4): endOfQuarter(2024, 4) = 2024-12-31. */
export function endOfQuarter(year: number, quarter: number): IsoDate {
  return endOfMonth(year, quarter * 3);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic, day 0 = 1970-01-01.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function toDayNumber(iso: IsoDate): number | null {
  const date = parseIso(iso);
  return date && daysFromCivil(date.year, date.month, date.day);
}

function fromDayNumber(days: number): IsoDate | null {
  const { year, month, day } = civilFromDays(days);
  return toIso(year, month, day);
}

/** The ISO date `days` days after `iso` (negative: before); null if either is out of range. */
export function addDays(iso: IsoDate, days: number): IsoDate | null {
  const start = toDayNumber(iso);
  if (start === null || !Number.isInteger(days)) return null;
  return fromDayNumber(start + days);
}

/** Whole days from `from` to `to` (positive when `to` is later); null for a malformed date. */
export function diffDays(from: IsoDate, to: IsoDate): number | null {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  return a === null || b === null ? null : b - a;
}

// Excel's 1900 date system counts 1900-02-29, a day that never was (a Lotus 1-2-3 bug kept for
// compatibility): serial 60 is that day, and serials from 61 on are one ahead of a true count.
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);
const EXCEL_LEAP_BUG_SERIAL = 60;
const EXCEL_MAX_SERIAL = 2958465; // 9999-12-31

/**
 * The day of an Excel serial (1900 date system; the time of day, the fraction, is dropped).
 * Null for serials outside 1–2958465 and for 60, Excel's phantom 1900-02-29.
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > EXCEL_MAX_SERIAL || whole === EXCEL_LEAP_BUG_SERIAL) return null;
  return fromDayNumber(EXCEL_EPOCH + whole + (whole < EXCEL_LEAP_BUG_SERIAL ? 1 : 0));
}

/** The Excel serial of a day (1900 date system); null before 1900-01-01 or when malformed. */
export function isoToExcelSerial(iso: IsoDate): number | null {
  const days = toDayNumber(iso);
  if (days === null) return null;
  const count = days - EXCEL_EPOCH;
  if (count > EXCEL_LEAP_BUG_SERIAL) return count <= EXCEL_MAX_SERIAL ? count : null;
  // Before 1900-03-01 the phantom day has not been counted yet.
  return count - 1 >= 1 ? count - 1 : null;
}

/**
 * True when an Excel number format shows a date: it has day or year codes, or month names, once
 * quoted literals, escapes, colours and locale tags ("[$-vi-VN]") are dropped. Time-only formats
 * ("h:mm", "[h]:mm") and number formats ("0.00%", "#,##0", "General") are not dates.
 */
export function isDateNumberFormat(numberFormat: string): boolean {
  const firstSection = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .split(';')[0];
  if (firstSection === undefined) return false;
  if (/\[(?:h+|m+|s+)\]/i.test(firstSection)) return false;
  const codes = firstSection.replace(/\[[^\]]*\]/g, '');
  if (/^general$/i.test(codes.trim())) return false;
  return /[dy]/i.test(codes) || /m{3,}/i.test(codes);
}

const ROMAN_VALUES: Readonly<Record<string, number>> = {
  i: 1,
  v: 5,
  x: 10,
  l: 50,
  c: 100,
  d: 500,
  m: 1000,
};

/**
 * The value of a Roman numeral written the canonical way (I, IV, IX, XII …, any case); null for
 * anything else ("IIII", "IC", "", "A"). Vietnamese quarters and sections use I–XII.
 */
export function romanToInt(text: string): number | null {
  const lower = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let total = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const value = ROMAN_VALUES[lower.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[lower.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total >= 1 && total <= 3999 && intToRoman(total) === lower ? total : null;
}

function intToRoman(value: number): string {
  const steps: readonly (readonly [number, string])[] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, letters] of steps) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}
