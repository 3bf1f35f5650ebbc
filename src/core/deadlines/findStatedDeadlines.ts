/**
 * The deadlines a task's own text states: "chậm nhất đến 01/7/2024", "trước ngày 10 tháng 5 năm
 * 2024", "hoàn thành trong tháng 3/2024". Only a date right after a deadline word counts: a cited
 * document's date ("Nghị quyết 50/NQ-CP ngày 08/4/2022"), a start ("từ 01/6/2024"), a horizon
 * ("tầm nhìn đến năm 2050") or a date in passing are not the task's deadline.
 */
import { endOfMonth, endOfQuarter, startOfMonth, startOfQuarter } from '../parse/calendar';
import { findDatesInText, type DateToken } from '../parse/deadlineDates';
import type { IsoDate, Precision } from '../parse/deadlineSchema';
import { foldForMatch } from '../text/normalizeText';

/** A period: its first and last day. */
export type Period = { first: IsoDate; last: IsoDate };

export type StatedDeadline = Period & {
  /** As written ("01/7/2024", "tháng 3/2024"). */
  text: string;
  precision: Precision;
  day: number | null;
  month: number | null;
  year: number;
};

// "đến" alone is left out: "tầm nhìn đến năm 2050", "phấn đấu đến tháng 6 … đạt 40 triệu" are
// horizons and targets; "chậm nhất đến", "đến hết" are deadlines.
const DEADLINE_CUE = new RegExp(
  String.raw`(?<!\p{L})(?:truoc|(?:cham|muon) nhat(?: (?:la|den|trong|vao))?|` +
    String.raw`hoan (?:thanh|tat)(?: (?:xong|trong|truoc|vao|den het))?|xong trong|trong|den het|` +
    String.raw`het han|thoi han|han chot)(?: (?:ngay|thoi diem))? ?[:(]? ?$`,
  'u',
);
const LOOKBACK = 40;

/**
 * The periods the text sets as its deadline, left to right. `tokens`: the text's
 * `findDatesInText`, when the caller has read them already.
 */
export function findStatedDeadlines(text: string, tokens?: readonly DateToken[]): StatedDeadline[] {
  const stated: StatedDeadline[] = [];
  for (const token of tokens ?? findDatesInText(text)) {
    if (token.status !== 'valid' || token.citation || token.year === null) continue;
    const written = foldForMatch(token.text);
    // "đầu năm 2023", "giữa tháng 6": a start or a middle, not an end.
    if (/^(?:dau|giua) /.test(written)) continue;
    const before = foldForMatch(text.slice(Math.max(0, token.start - LOOKBACK), token.start));
    if (!DEADLINE_CUE.test(before)) continue;
    stated.push({
      text: token.text,
      precision: token.precision,
      day: token.day,
      month: token.month,
      year: token.year,
      first: token.first,
      last: token.last,
    });
  }
  return stated;
}

/** The period a deadline's precision names, ending on `due` (its last day). */
export function periodEndingOn(due: IsoDate, precision: Precision): Period {
  const year = Number(due.slice(0, 4));
  const month = Number(due.slice(5, 7));
  switch (precision) {
    case 'day':
      return { first: due, last: due };
    case 'month':
      return { first: startOfMonth(year, month), last: endOfMonth(year, month) };
    case 'quarter': {
      const quarter = Math.ceil(month / 3);
      return { first: startOfQuarter(year, quarter), last: endOfQuarter(year, quarter) };
    }
    case 'half':
      return month <= 6
        ? { first: startOfMonth(year, 1), last: endOfMonth(year, 6) }
        : { first: startOfMonth(year, 7), last: endOfMonth(year, 12) };
    case 'year':
      return { first: startOfMonth(year, 1), last: endOfMonth(year, 12) };
  }
}

/** True when one period lies within the other: the two agree at the precision both give. */
export function periodsAgree(a: Period, b: Period): boolean {
  const within = (inner: Period, outer: Period): boolean =>
    inner.first >= outer.first && inner.last <= outer.last;
  return within(a, b) || within(b, a);
}
