/**
 * What a deadline cell means (DESIGN.md §1, "Values"): the last day of the period it names, a
 * recurring task, a deadline hanging on something else, nothing, or text that is reported, never
 * guessed.
 */
import { cellText, type CellValue } from '../table/grid';
import { cleanText } from '../text/normalizeText';
import { excelSerialToIso, isDateNumberFormat, parseIso } from './calendar';
import {
  endsWithDeadlineCue,
  endsWithStartCue,
  isFillerOnly,
  isJoiner,
  isRevision,
  isTentative,
  leadsWithCondition,
  mentionsCondition,
  mentionsRecurrence,
  opensRecurrence,
} from './deadlineCues';
import {
  findMentions,
  foldWithOffsets,
  periodOf,
  type Mention,
  type PeriodRange,
} from './deadlineDates';
import type { Dated, Deadline, DeadlineFlag, IsoDate } from './deadlineSchema';

export {
  findDatesInText,
  type DateProblem,
  type DateStatus,
  type DateToken,
} from './deadlineDates';

export type ParseDeadlineOptions = {
  /** The report's date; a period written without its year ("trong quý I") takes this year. */
  reportDate?: IsoDate;
};

/** A number in a non-date format is read as a year only within these bounds. */
const YEAR_NUMBER_MIN = 1990;
const YEAR_NUMBER_MAX = 2100;

type Role = 'deadline' | 'start';
type Reading = { mention: Mention; role: Role; range: PeriodRange; inferred: boolean };
type Failure = 'unparsed';

/**
 * Reads a deadline cell: its value, its Excel number format (a serial in a date format is a day;
 * @default "General"), and the report date that supplies a missing year.
 */
export function parseDeadline(
  value: CellValue,
  numberFormat?: string,
  options: ParseDeadlineOptions = {},
): Deadline {
  if (typeof value === 'number') return parseNumber(value, numberFormat ?? 'General');
  if (typeof value === 'boolean') return { kind: 'unparsed', text: cellText(value) };
  const text = cleanText(value ?? '');
  if (text === '') return { kind: 'none', text: '' };
  return parseText(text, options.reportDate);
}

function parseNumber(value: number, numberFormat: string): Deadline {
  const text = cellText(value);
  if (isDateNumberFormat(numberFormat)) {
    const iso = excelSerialToIso(value);
    const date = iso === null ? null : parseIso(iso);
    if (iso === null || date === null) return { kind: 'unparsed', text };
    const shown = `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${String(date.year).padStart(4, '0')}`;
    return { kind: 'date', due: iso, precision: 'day', text: shown, recurring: false, flags: [] };
  }
  if (Number.isInteger(value) && value >= YEAR_NUMBER_MIN && value <= YEAR_NUMBER_MAX) {
    const due = `${value}-12-31`;
    return { kind: 'date', due, precision: 'year', text, recurring: false, flags: [] };
  }
  return { kind: 'unparsed', text };
}

function parseText(text: string, reportDate: IsoDate | undefined): Deadline {
  const { folded, offsets } = foldWithOffsets(text);
  const reportYear = reportDate === undefined ? undefined : parseIso(reportDate)?.year;
  const readings = readPeriods(folded, reportYear);
  if (readings === 'unparsed') return { kind: 'unparsed', text };

  const deadlines = readings.filter((r) => r.role === 'deadline');
  const starts = readings.filter((r) => r.role === 'start');
  const firstReading = readings[0];
  const lead = folded.slice(
    0,
    firstReading === undefined ? folded.length : firstReading.mention.start,
  );

  const span = combine(deadlines, folded);
  if (leadsWithCondition(lead)) {
    return span === null
      ? { kind: 'conditional', text }
      : { kind: 'conditional', text, due: span.current.range.last };
  }
  if (span === null) {
    const start = starts[0];
    if (start !== undefined) return { kind: 'recurring', text, from: start.range.first };
    if (mentionsRecurrence(folded)) return { kind: 'recurring', text };
    if (mentionsCondition(folded)) return { kind: 'conditional', text };
    return { kind: 'unparsed', text };
  }

  const flags: DeadlineFlag[] = [];
  if (isTentative(folded)) flags.push('tentative');
  if (deadlines.some((r) => r.inferred)) flags.push('year-inferred');
  if (mentionsCondition(folded)) flags.push('conditional-part');
  const { current, original } = span;
  const written = (reading: Reading): string =>
    text.slice(offsets[reading.mention.start] ?? 0, offsets[reading.mention.end] ?? text.length);
  const originalDated: Dated | null =
    original === null
      ? null
      : {
          due: original.range.last,
          precision: original.mention.precision,
          text: written(original),
        };
  return {
    kind: 'date',
    due: current.range.last,
    precision: current.mention.precision,
    text,
    recurring: mentionsRecurrence(folded),
    ...(originalDated === null ? {} : { original: originalDated }),
    flags,
  };
}

/**
 * Decides, left to right, which periods the text sets as deadlines or starts. A period counts when
 * a cue stands right before it ("trước", "trong", "hoàn thành", "Từ" …), when only filler words
 * precede it in its clause ("Tháng 6/2022", "Thực hiện trong …"), or when it is joined to the one
 * before ("năm 2024 và 2025"). Others are mentioned in passing — a target ("đạt 90% từ quý
 * III/2024"), a cited document's date — and do not count. Any malformed or impossible date, or a
 * missing year with no report date, makes the whole cell unparsed: it is reported, not guessed.
 */
function readPeriods(folded: string, reportYear: number | undefined): Reading[] | Failure {
  const mentions = findMentions(folded).filter((m) => !m.citation);
  if (mentions.some((m) => m.problem !== null)) return 'unparsed';
  const readings: Reading[] = [];
  for (const [index, mention] of mentions.entries()) {
    const previous = readings[readings.length - 1];
    const floor = previous?.mention.end ?? 0;
    const { prefix, whole } = clausePrefix(folded, floor, mention.start);
    const fillerOnly = whole && isFillerOnly(prefix);
    let role: Role | null = null;
    if (previous !== undefined && isJoiner(folded.slice(floor, mention.start))) role = 'deadline';
    else if (endsWithStartCue(prefix) && fillerOnly) role = 'start';
    else if (endsWithDeadlineCue(prefix) || fillerOnly) role = 'deadline';
    if (role === null) continue;

    const next = mentions[index + 1];
    if (role === 'deadline' && opensRecurrence(folded.slice(mention.end, next?.start))) {
      role = 'start';
    }
    // "đầu năm 2023" can open a task but is no deadline; "giữa năm" is neither.
    if (mention.edge === 'middle' || (mention.edge === 'start' && role === 'deadline')) {
      return 'unparsed';
    }
    const inferred = mention.year === null;
    if (inferred && reportYear === undefined) return 'unparsed';
    const range = periodOf(mention, reportYear);
    if (range === null) return 'unparsed';
    readings.push({ mention, role, range, inferred });
  }
  return readings;
}

// Filler never runs this long, so a longer clause is not filler, and cues sit close by; the bound
// keeps a cell full of passing mentions linear.
const CLAUSE_WINDOW = 200;

/**
 * The part of the text since the start of the clause a period sits in (after a line break,
 * bracket, semicolon or sentence end), at most CLAUSE_WINDOW long; `whole` when that is all of it.
 */
function clausePrefix(
  folded: string,
  floor: number,
  start: number,
): { prefix: string; whole: boolean } {
  const from = Math.max(floor, start - CLAUSE_WINDOW);
  const before = folded.slice(from, start);
  let cut = Math.max(
    before.lastIndexOf('\n'),
    before.lastIndexOf('('),
    before.lastIndexOf(')'),
    before.lastIndexOf(';'),
  );
  for (const match of before.matchAll(/[.!?] /g)) cut = Math.max(cut, match.index);
  return { prefix: before.slice(cut + 1), whole: cut >= 0 || from === floor };
}

type Span = { current: Reading; original: Reading | null };

/**
 * Several deadlines in one cell: a later one that revises the first ("Tháng 6/2023\nTháng 3/2024",
 * "(xin lùi 6/2024)", "(điều chỉnh: Quý I/2024)") wins and the first is kept as the original; one
 * inside the period before it narrows it ("nửa đầu năm 2024 (trước 30 tháng 6 năm 2024)"); joined
 * ones form a span that ends with the later ("16/12/2023-15/06/2024").
 */
function combine(deadlines: readonly Reading[], folded: string): Span | null {
  const [first, ...rest] = deadlines;
  if (first === undefined) return null;
  let current = first;
  let previous = first;
  let original: Reading | null = null;
  for (const reading of rest) {
    const between = folded.slice(previous.mention.end, reading.mention.start);
    previous = reading;
    if (isRevision(between)) {
      original ??= first;
      current = reading;
    } else if (within(reading.range, current.range)) {
      current = reading;
    } else if (isJoiner(between)) {
      if (reading.range.last > current.range.last) current = reading;
    } else {
      original ??= first;
      current = reading;
    }
  }
  return { current, original: original === current ? null : original };
}

function within(inner: PeriodRange, outer: PeriodRange): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}
