/**
 * Date-like tokens in Vietnamese text: "30/6/2024", "30 tháng 6 năm 2024", "tháng 02/2024",
 * "6/2023", "Quý IV/2023", "quý III năm 2024", "6 tháng đầu năm 2024", "năm 2024 và 2025", and
 * the broken ones ("04/9/20224", "09/007/2023", "15/8//2024", "30/2/2023"). Matching runs on a
 * folded copy (lower case, no accents, "đ" → "d"), so "Thàng", "thang" and "THÁNG" read alike.
 */
import { foldWithOffsets } from '../text/foldWithOffsets';
import {
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isValidDate,
  romanToInt,
  startOfMonth,
  startOfQuarter,
  toIso,
} from './calendar';
import type { IsoDate, Precision } from './deadlineSchema';

/** Why a date-like token is not a date. */
export type DateProblem =
  /** 30/2/2023, 31/4/2024, 0/5/2024 */
  | 'day-out-of-range'
  /** 15/13/2024, tháng 13/2024 */
  | 'month-out-of-range'
  /** 123/5/2024 */
  | 'day-digits'
  /** 09/007/2023 */
  | 'month-digits'
  /** 04/9/20224, 15/8/202, năm 202 */
  | 'year-digits'
  /** 05/6/24: a year cut to two digits, a common shorthand but not a date to act on */
  | 'two-digit-year'
  /** 15/8//2024 */
  | 'separator';

/** valid: the day or period exists; invalid: well written but cannot exist; malformed: mistyped. */
export type DateStatus = 'valid' | 'invalid' | 'malformed';

/** A date-like token found in a text; offsets index the text as given (UTF-16 units). */
export type DateToken = {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  precision: Precision;
  /** The numbers as written (null where the form has none: a quarter has no month). */
  day: number | null;
  month: number | null;
  year: number | null;
  /** The date of a cited document ("Nghị quyết số 50/NQ-CP ngày 08/4/2022"), not a deadline. */
  citation: boolean;
} & (
  | { status: 'valid'; first: IsoDate; last: IsoDate }
  | { status: 'invalid' | 'malformed'; problem: DateProblem }
);

/** A period named in folded text, before any year is inferred. Offsets index the folded text. */
export type Mention = {
  start: number;
  end: number;
  precision: Precision;
  day: number | null;
  /** The (last) month, quarter (1–4) or half (1–2) named, per precision. */
  unit: number | null;
  /** The first unit of a range written in one token ("quý III-IV/2024", "tháng 5, 6/2024"). */
  fromUnit: number | null;
  /** The (last) year written; null when none is ("trong quý I"). */
  year: number | null;
  /** The first year of "năm 2024 và 2025". */
  fromYear: number | null;
  /** "đầu năm 2023", "giữa tháng 6": the start or middle of the period, not its end. */
  edge: 'start' | 'middle' | null;
  /** A number standing alone ("2022", "6/2023"), with no word saying it is a date. */
  bare: boolean;
  problem: DateProblem | null;
  citation: boolean;
};

/** The first and last day of a mention's period in `year` (its own year when written). */
export type PeriodRange = { first: IsoDate; last: IsoDate };

export { foldWithOffsets, type FoldedText } from '../text/foldWithOffsets';

type Draft = Omit<Mention, 'start' | 'end' | 'citation'>;
type Pattern = { re: RegExp; build: (match: RegExpExecArray) => Draft | null };

const BLANK: Draft = {
  precision: 'day',
  day: null,
  unit: null,
  fromUnit: null,
  year: null,
  fromYear: null,
  edge: null,
  bare: false,
  problem: null,
};

const ANY_DIGIT = /[0-9]/;

/** Plausible years for a number standing alone; outside them "2573 hồ sơ" is a count. */
const BARE_YEAR_MIN = 1990;
const BARE_YEAR_MAX = 2100;

function toEdge(word: string | undefined): Draft['edge'] {
  if (word === 'dau') return 'start';
  if (word === 'giua') return 'middle';
  return null;
}

function toQuarter(written: string): number | null {
  const value = /^\d$/.test(written) ? Number(written) : romanToInt(written);
  return value !== null && value >= 1 && value <= 4 ? value : null;
}

function yearProblem(year: string): DateProblem | null {
  if (year.length === 4) return null;
  return year.length === 2 ? 'two-digit-year' : 'year-digits';
}

/** Checks a written day, month and year, in the order a reader would notice the slip. */
function dayProblem(
  day: string,
  month: string,
  year: string | null,
  separators: readonly string[],
): DateProblem | null {
  if (separators.some((sep) => sep.length > 1)) return 'separator';
  if (day.length > 2) return 'day-digits';
  if (month.length > 2) return 'month-digits';
  if (year !== null && year.length !== 4) return yearProblem(year);
  const m = Number(month);
  if (m < 1 || m > 12) return 'month-out-of-range';
  // A day written without a year may be 29/2; the year decides later.
  const y = year === null ? 2000 : Number(year);
  return isValidDate(y, m, Number(day)) ? null : 'day-out-of-range';
}

function dayDraft(day: string, month: string, year: string | null, seps: readonly string[]): Draft {
  return {
    ...BLANK,
    precision: 'day',
    day: Number(day),
    unit: Number(month),
    year: year === null ? null : Number(year),
    problem: dayProblem(day, month, year, seps),
  };
}

function monthDraft(month: string, year: string | null, edge: string | undefined): Draft {
  const m = Number(month);
  let problem: DateProblem | null = null;
  if (month.length > 2) problem = 'month-digits';
  else if (year !== null && year.length !== 4) problem = yearProblem(year);
  else if (m < 1 || m > 12) problem = 'month-out-of-range';
  return {
    ...BLANK,
    precision: 'month',
    unit: m,
    year: year === null ? null : Number(year),
    edge: toEdge(edge),
    problem,
  };
}

// Separators other than "/" or "năm" must carry a full year: "tháng 6-7" is a range of months,
// "quý 1.086" a number, not mistyped years.
function strictYear(separator: string | undefined, year: string): boolean {
  return separator === '/' || separator === undefined || year.length === 4;
}

const PATTERNS: readonly Pattern[] = [
  {
    // 30/6/2024, 04/9/20224, 09/007/2023, 15/8//2024, and 2024/06/30.
    re: /(?<![\p{N}/.,])(\d{1,4}) *(\/{1,2}) *(\d{1,4}) *(\/{1,2}) *(\d{1,6})(?!\p{N})(?! *[/%])/gu,
    build: (m) => {
      const [, a = '', s1 = '', b = '', s2 = '', c = ''] = m;
      if (a.length === 4 && c.length <= 2 && s1 === '/' && s2 === '/') return dayDraft(c, b, a, []);
      const draft = dayDraft(a, b, c, [s1, s2]);
      const clean = draft.problem === null || draft.problem.endsWith('out-of-range');
      // A slip is only a slip in something that reads as a date otherwise: "2/35/26" or "1/2/3"
      // are counts, not mistyped dates.
      const dateLike = (draft.day ?? 0) <= 31 && (draft.unit ?? 0) >= 1 && (draft.unit ?? 0) <= 12;
      return clean || (dateLike && c.length >= 2) ? draft : null;
    },
  },
  {
    // 15.6.2024, 15-6-2024
    re: /(?<![\p{N}.,/-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?!\p{N}|[.,/-]\p{N})/gu,
    build: (m) => dayDraft(m[1] ?? '', m[3] ?? '', m[4] ?? '', []),
  },
  {
    // 2024-06-30
    re: /(?<![\p{N}.,/-])(\d{4})([.-])(\d{1,2})\2(\d{1,2})(?!\p{N}|[.,/-]\p{N})/gu,
    build: (m) => dayDraft(m[4] ?? '', m[3] ?? '', m[1] ?? '', []),
  },
  {
    // 30 tháng 6 năm 2024, ngày 10 tháng 5/2024
    re: /(?<![\p{N}/.,])(\d{1,3}) +thang +(\d{1,3}) *(?:, *)?(?:nam +(\d{1,6})|\/ *(\d{1,6}))(?!\p{N})/gu,
    build: (m) => dayDraft(m[1] ?? '', m[2] ?? '', m[3] ?? m[4] ?? '', []),
  },
  {
    // ngày 15/6, ngày 15 tháng 6: a day without its year.
    re: /(?<=(?<!\p{L})ngay {1,3})(\d{1,2}) *(?:\/ *| +thang +)(\d{1,2})(?!\p{N})(?! *(?:[/.-] *\p{N}|,? *nam +\p{N}))/gu,
    build: (m) => dayDraft(m[1] ?? '', m[2] ?? '', null, []),
  },
  {
    // tháng 5, 6/2024 · tháng 5-6/2024 · tháng 5 và tháng 6 năm 2024
    re: /(?<!\p{L})thang *(\d{1,2})(?: *[-,] *| +(?:va|den) +)(?:thang *)?(\d{1,2}) *(?:\/ *|,? *nam +)(\d{4})(?!\p{N})/gu,
    build: (m) => {
      const from = Number(m[1]);
      const draft = monthDraft(m[2] ?? '', m[3] ?? '', undefined);
      if (draft.problem === null && (from < 1 || from > 12 || from > (draft.unit ?? 0)))
        return null;
      return { ...draft, fromUnit: from };
    },
  },
  {
    // tháng 6/2024, tháng 02 năm 2023, Thàng 12/2024, đầu tháng 6/2024, T6/2024
    re: /(?<!\p{L})(?:(dau|giua) +)?(?:thang *|t(?=\d{1,2}\/\d))(\d{1,3}) *(?:([/.-]) *|,? *nam +)(\d{1,6})(?!\p{N})(?! *\/ *\p{N})/gu,
    build: (m) => {
      const year = m[4] ?? '';
      if (!strictYear(m[3], year)) return null;
      return monthDraft(m[2] ?? '', year, m[1]);
    },
  },
  {
    // trong tháng 3: a month without its year (not "15 tháng 6", a day, nor "6 tháng", a span).
    re: /(?<!\p{L})(?<!\p{N} {1,3})(?:(dau|giua) +)?thang +(\d{1,2})(?!\p{N})(?! *(?:[/.-] *\p{N}|,? *nam +\p{N}))/gu,
    build: (m) => {
      const draft = monthDraft(m[2] ?? '', null, m[1]);
      return draft.problem === null ? draft : null;
    },
  },
  {
    // 6/2023, 11/2023: month/year with no word; only real months and plausible years, else it is
    // a fraction.
    re: /(?<![\p{L}\p{N}/.,])(\d{1,2}) *\/ *(\d{4})(?!\p{N})(?! *\/)/gu,
    build: (m) => {
      const month = Number(m[1]);
      const year = Number(m[2]);
      if (month < 1 || month > 12 || year < BARE_YEAR_MIN || year > BARE_YEAR_MAX) return null;
      return { ...monthDraft(m[1] ?? '', m[2] ?? '', undefined), bare: true };
    },
  },
  {
    // quý III-IV/2024, quý I, II năm 2024
    re: /(?<!\p{L})quy +(iv|i{1,3}|[1-4])(?: *[-,] *| +(?:va|den) +)(?:quy +)?(iv|i{1,3}|[1-4])(?![\p{L}\p{N}]) *(?:[/.-] *|,? *(?:nam +)?)(\d{4})(?!\p{N})/gu,
    build: (m) => {
      const from = toQuarter(m[1] ?? '');
      const to = toQuarter(m[2] ?? '');
      if (from === null || to === null || from > to) return null;
      return { ...BLANK, precision: 'quarter', unit: to, fromUnit: from, year: Number(m[3]) };
    },
  },
  {
    // Quý IV/2023, quý 2/2024, Quý II.2024, quý III năm 2024, Q1/2024
    re: /(?<!\p{L})(?:(dau|giua) +)?(?:quy +|q(?=(?:iv|i{1,3}|[1-4])[/.-]\d))(iv|i{1,3}|[1-4])(?![\p{L}\p{N}]) *(?:([/.-]) *|,? *(?:nam +)?)(\d{1,6})(?!\p{N})(?! *\/ *\p{N})/gu,
    build: (m) => {
      const quarter = toQuarter(m[2] ?? '');
      const year = m[4] ?? '';
      const separator = m[3] ?? (m[0].includes('nam') ? undefined : ' ');
      if (quarter === null || !strictYear(separator, year)) return null;
      return {
        ...BLANK,
        precision: 'quarter',
        unit: quarter,
        year: Number(year),
        edge: toEdge(m[1]),
        problem: yearProblem(year),
      };
    },
  },
  {
    // trong quý I: a quarter without its year.
    re: /(?<!\p{L})(?:(dau|giua) +)?quy +(iv|i{1,3}|[1-4])(?![\p{L}\p{N}])/gu,
    build: (m) => {
      const quarter = toQuarter(m[2] ?? '');
      return quarter === null
        ? null
        : { ...BLANK, precision: 'quarter', unit: quarter, edge: toEdge(m[1]) };
    },
  },
  {
    // 6 tháng đầu năm 2024, sáu tháng cuối năm, nửa đầu năm 2024, nửa cuối của năm 2024
    re: /(?<![\p{L}\p{N}])(?:(?:0?6|sau) +thang|nua) +(dau|cuoi|sau) +(?:cua +)?nam(?: +(\d{4}))?(?!\p{N})/gu,
    build: (m) => ({
      ...BLANK,
      precision: 'half',
      unit: m[1] === 'dau' ? 1 : 2,
      year: m[2] === undefined ? null : Number(m[2]),
    }),
  },
  {
    // nửa năm đầu 2024
    re: /(?<![\p{L}\p{N}])nua +nam +(dau|cuoi|sau)(?: +(?:nam +)?(\d{4}))?(?!\p{N})/gu,
    build: (m) => ({
      ...BLANK,
      precision: 'half',
      unit: m[1] === 'dau' ? 1 : 2,
      year: m[2] === undefined ? null : Number(m[2]),
    }),
  },
  {
    // Năm 2022, năm 2024 và 2025, năm 2024 - 2025, đầu năm 2023; "năm 202" is a cut year.
    re: /(?<!\p{L})(?:(dau|giua) +)?nam +(\d{4}|(?:19|20)\d{1}(?:\d{2})?)((?:(?: *- *| +(?:va|den|toi) +)(?:nam +)?\d{4}(?!\p{N})|, *\d{4}(?!\p{N}))*)(?!\p{N})(?! *\/ *\p{N})/gu,
    build: (m) => {
      const first = m[2] ?? '';
      const more = (m[3] ?? '').match(/\d{4}/g) ?? [];
      const years = [Number(first), ...more.map(Number)];
      const last = years[years.length - 1] ?? Number(first);
      return {
        ...BLANK,
        precision: 'year',
        year: last,
        fromYear: Math.min(...years),
        edge: toEdge(m[1]),
        problem: yearProblem(first),
      };
    },
  },
  {
    // 2022 alone ("2022 - Thường xuyên"): a plausible year and nothing that makes it a number.
    re: /(?<![\p{L}\p{N}/.,])(\d{4})(?![\p{N}%]|[/.,] *\p{N}| *\/)/gu,
    build: (m) => {
      const year = Number(m[1]);
      if (year < BARE_YEAR_MIN || year > BARE_YEAR_MAX) return null;
      return { ...BLANK, precision: 'year', year, fromYear: year, bare: true };
    },
  },
];

// A date written right after a document number is that document's date: "Nghị quyết số
// 50/NQ-CP ngày 08/4/2022", "Quyết định số 36/QĐ-TTg, ngày 11/01/2024", "Văn bản số 12 ngày …",
// "Nghị định 107 ngày 06/12/2021", "Công văn số 1382/UBND KSTTHCNC ngày …", "Kế hoạch số
// 296/KH-UBND của UBND tỉnh ngày 13/12/2023". A cue in between ("… của Bộ trước ngày 30/6")
// makes it a deadline again.
const NOT_A_CODE_WORD = '(?!(?:truoc|trong|han|den|het|vao|thuc|trien|hoan|bao)(?!\\p{L}))';
const DOCUMENT_CODE = String.raw`\p{L}[\p{L}\p{N}.&-]*(?:,(?=\p{L})[\p{L}\p{N}.&-]*)*(?:\/[\p{L}\p{N}.&-]+)*`;
const DOCUMENT_NUMBER = [
  // 50/NQ-CP, 107/2021/NĐ-CP, 137 /BC-UBND, 8055/1B-TCTTKĐA, 583/QĐ UBND
  String.raw`\d+\p{L}*(?: *\/ *\d+)* *\/ *\p{N}*${DOCUMENT_CODE}(?: +${NOT_A_CODE_WORD}\p{L}+)?`,
  // số 12, số: 137
  String.raw`(?<!\p{L})so *:? *\d+`,
  // Nghị định 107, Chỉ thị 05
  String.raw`(?<!\p{L})(?:nghi dinh|nghi quyet|quyet dinh|chi thi|cong van|thong bao|ke hoach|thong tu|to trinh|cong dien|phieu chuyen|van ban|luat) +\d+`,
].join('|');
const ISSUER = String.raw`(?:,? +cua +(?:${NOT_A_CODE_WORD}[^.;\n(),])+?)?`;
const CITATION_BEFORE = new RegExp(
  String.raw`(?:${DOCUMENT_NUMBER})${ISSUER} *[,(]? *(?:(?:ky|ban hanh) +)?(?:ngay *)?$`,
  'u',
);
// "số 12/2023" is a document number, not a month.
const NUMBER_WORD_BEFORE = /(?<!\p{L})so *$/u;
const CITATION_LOOKBACK = 120;

function isCitation(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - CITATION_LOOKBACK), start);
  return CITATION_BEFORE.test(before) || NUMBER_WORD_BEFORE.test(before);
}

/**
 * Every period named in a folded text, left to right, without overlaps (the earliest, then the
 * longest match wins: "30 tháng 6 năm 2024" is one day, not a day plus a month plus a year).
 */
export function findMentions(folded: string): Mention[] {
  const found: Mention[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let match = re.exec(folded); match !== null; match = re.exec(folded)) {
      const draft = build(match);
      if (draft === null) continue;
      const start = match.index;
      const end = start + match[0].length;
      found.push({ ...draft, start, end, citation: isCitation(folded, start) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last === undefined || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

/** The first and last day of a mention's period; null when it has a problem or no year. */
export function periodOf(mention: Mention, yearIfMissing?: number): PeriodRange | null {
  if (mention.problem !== null) return null;
  const year = mention.year ?? yearIfMissing;
  if (year === undefined || year < 1 || year > 9999) return null;
  const unit = mention.unit ?? 0;
  const fromUnit = mention.fromUnit ?? unit;
  switch (mention.precision) {
    case 'day': {
      const iso = toIso(year, unit, mention.day ?? 0);
      return iso === null ? null : { first: iso, last: iso };
    }
    case 'month':
      return daysInMonth(year, unit) === 0
        ? null
        : { first: startOfMonth(year, fromUnit), last: endOfMonth(year, unit) };
    case 'quarter':
      return { first: startOfQuarter(year, fromUnit), last: endOfQuarter(year, unit) };
    case 'half':
      return unit === 1
        ? { first: startOfMonth(year, 1), last: endOfMonth(year, 6) }
        : { first: startOfMonth(year, 7), last: endOfMonth(year, 12) };
    case 'year': {
      const fromYear = mention.fromYear ?? year;
      return fromYear < 1 ? null : { first: startOfMonth(fromYear, 1), last: endOfMonth(year, 12) };
    }
  }
}

/**
 * Lists the date-like tokens of a text that carry a year — days, months, quarters, halves and
 * years, valid or not — with their offsets in the text as given and whether each is a cited
 * document's date. Numbers standing alone ("2024") and periods without a year are left out.
 */
export function findDatesInText(text: string): DateToken[] {
  // Every token has a year, and every year is written in ASCII digits (folding makes no digit):
  // most cells have none, and need no folding or scanning.
  if (!ANY_DIGIT.test(text)) return [];
  const { folded, offsets } = foldWithOffsets(text);
  const tokens: DateToken[] = [];
  for (const mention of findMentions(folded)) {
    if (mention.year === null || (mention.bare && mention.precision === 'year')) continue;
    const start = offsets[mention.start] ?? 0;
    const end = offsets[mention.end] ?? text.length;
    const base = {
      start,
      end,
      text: text.slice(start, end),
      precision: mention.precision,
      day: mention.day,
      month: mention.precision === 'day' || mention.precision === 'month' ? mention.unit : null,
      year: mention.year,
      citation: mention.citation,
    };
    const range = periodOf(mention);
    if (range !== null) {
      tokens.push({ ...base, status: 'valid', first: range.first, last: range.last });
    } else {
      const problem = mention.problem ?? 'day-out-of-range';
      const status =
        problem === 'day-out-of-range' || problem === 'month-out-of-range'
          ? 'invalid'
          : 'malformed';
      tokens.push({ ...base, status, problem });
    }
  }
  return tokens;
}
