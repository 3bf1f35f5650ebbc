/**
 * The dates written in a cell that cannot exist (30/2/2023, 31/4/2024, tháng 13/2024) or are
 * mistyped (04/9/20224, 09/007/2023, 15/8//2024, a year cut to "202").
 */
import { isValidDate } from '../parse/calendar';
import { findDatesInText, type DateProblem, type DateToken } from '../parse/deadlineDates';
import type { ColumnRole } from '../table/model';

export type InvalidDate = { text: string; problem: DateProblem };

/** Two-digit years are read as this century's when deciding whether the day exists. */
const CENTURY = 2000;

/**
 * The invalid or malformed dates of a cell's text. A two-digit year ("ĐẾN Ngày 05/6/24", a
 * receipt stamp) is a common, unambiguous shorthand: it is left alone, unless the day cannot exist
 * even so (31/4/24), or it is in the deadline cell, where it leaves the deadline unreadable.
 * `tokens`: the text's `findDatesInText`, when the caller has read them already.
 */
export function findInvalidDates(
  text: string | null,
  role: ColumnRole,
  tokens?: readonly DateToken[],
): InvalidDate[] {
  if (text === null || text === '') return [];
  const found: InvalidDate[] = [];
  for (const token of tokens ?? findDatesInText(text)) {
    if (token.status === 'valid') continue;
    if (token.problem !== 'two-digit-year' || role === 'deadline') {
      found.push({ text: token.text, problem: token.problem });
      continue;
    }
    const impossible = impossibleInCentury(token.day, token.month, token.year);
    if (impossible !== null) found.push({ text: token.text, problem: impossible });
  }
  return found;
}

function impossibleInCentury(
  day: number | null,
  month: number | null,
  year: number | null,
): DateProblem | null {
  if (month === null || year === null) return null;
  if (month < 1 || month > 12) return 'month-out-of-range';
  if (day === null) return null;
  return isValidDate(CENTURY + year, month, day) ? null : 'day-out-of-range';
}
