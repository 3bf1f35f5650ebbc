/**
 * The quantities a cell states: counts ("16 bộ, ngành"), remainders ("còn 551 thủ tục hành chính
 * chưa …"), progress fractions ("535/1.086 thủ tục"), percentages ("đạt 49,26%", "chiếm 41,74%"),
 * counted lists ("02 bộ, ngành: …") and task counts ("(03 nhiệm vụ)"). Numbers are Vietnamese
 * ("1.086", "41,74", "02", "52 triệu"). Never figures: dates ("15/12/2023", "6/2023"), document
 * numbers ("50/NQ-CP", "1552/BTTTT-THH", "Nghị định 107"), ratings ("220/380V"), phone numbers.
 *
 * The base of ratio-mismatch, part-exceeds-whole, total-mismatch and figure-conflict: two figures
 * state the same quantity when their `figureKey`s are equal.
 */
import { foldPhrase, isWordChar } from '../text/fuzzy';
import { findDatesInText } from './deadlineDates';
import type { StatusText } from './statusText';
import { findFractions, findWord, sourceSlice, toStatusText } from './statusText';
import {
  ABBREVIATIONS,
  DATE_LEAD_WORDS,
  MAGNITUDES,
  NOUN_STOPS,
  QUALIFIERS,
  REFERENCE_WORDS,
  phraseBefore,
} from './figureWords';

export type FigureKind =
  /** "16 bộ, ngành", "3.306 học viên". */
  | 'count'
  /** "Còn 551 thủ tục hành chính chưa …", "số còn lại 1.586 người". */
  | 'remaining'
  /** "535/1.086 thủ tục hành chính": `value` of `whole`. */
  | 'fraction'
  /** "99,95% số thôn", "100%". */
  | 'percent'
  /** "chiếm 41,74%": a share of a whole the text may not state. */
  | 'share'
  /** "đạt 49,26%", "đạt tỷ lệ 100%". */
  | 'achieved'
  /** "16 bộ, ngành chưa hoàn thành, gồm: …", "02 bộ, ngành: …": a count followed by its list. */
  | 'counted-list'
  /** "(03 nhiệm vụ)" in a heading. */
  | 'task-count';

/** "chưa", "còn … chưa" → remaining; "đã …", "hoàn thành" → done; otherwise null. */
export type FigurePolarity = 'done' | 'remaining' | null;

/** "trên 52 triệu", "hơn 8,8 triệu" → over; "dưới 50%" → under; "khoảng", "gần" → about. */
export type FigureQualifier = 'over' | 'under' | 'about' | null;

export type Figure = {
  kind: FigureKind;
  /** The number (a fraction's part), magnitudes applied: "52 triệu" → 52000000. */
  value: number;
  /** A fraction's whole, magnitudes applied; null for other kinds. */
  whole: number | null;
  /** Digits written after the decimal comma of `value` ("41,74%" → 2): its rounding. */
  decimals: number;
  /** The noun phrase counted, lower case, abbreviations spelled out ("thủ tục hành chính"); "" when none. */
  noun: string;
  polarity: FigurePolarity;
  qualifier: FigureQualifier;
  /** Offsets in `source` of the number(s), "%" included (not the noun). */
  start: number;
  end: number;
  /** The figure as written, noun included ("551 thủ tục hành chính"). */
  text: string;
};

/** A cell's figures and the text their offsets index: the cell cleaned to one line. */
export type FigureText = { readonly source: string; readonly figures: readonly Figure[] };

/** The figures of a cell, in reading order. Offsets index `cleanLine(text)`; see `readFigures`. */
export function findFigures(text: string): readonly Figure[] {
  return readFigures(text).figures;
}

/**
 * The key of the quantity a figure states: the measure (count or percent), the noun phrase
 * (accents folded) and the polarity. Two figures with the same key state the same quantity, so
 * different values conflict ("551 thủ tục hành chính chưa …" vs "558 TTHC chưa …"). Null when
 * the figure names no noun: then nothing says what it counts.
 */
export function figureKey(figure: Figure): string | null {
  if (figure.noun === '') return null;
  return `${isPercent(figure) ? 'percent' : 'count'}|${foldPhrase(figure.noun)}|${figure.polarity ?? '-'}`;
}

/** Whether the figure is a percentage (percent, share, achieved). */
export function isPercent(figure: Figure): boolean {
  return figure.kind === 'percent' || figure.kind === 'share' || figure.kind === 'achieved';
}

type Span = { start: number; end: number };

// A Vietnamese number in folded text: "1.086", "3.183.845", "41,74", "02". Not part of a longer
// token: "0912.345" (phone), "4G", "618/STP", "107/2021", "2022-2025".
const NUMBER =
  /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?!\p{N}|[.,]\p{N}| ?\/|[-–]\p{N}|\p{L})/gu;

/** The figures of a cell and the cleaned text their offsets index. */
export function readFigures(text: string): FigureText {
  // No memo here: the rules share one reading per cell through the check's TableAnalysis; a
  // module-wide memo by text outlived the check and, past its size, was cleared and refilled.
  const st = toStatusText(text);
  const dates = findDatesInText(st.source).map(({ start, end }) => ({ start, end }));
  const figures: Figure[] = [];
  const fractionSpans: Span[] = [];

  for (const fraction of findFractions(st, 0, st.folded.length)) {
    const { span } = fraction;
    fractionSpans.push(span);
    if (
      overlapsDate(st, span, dates) ||
      DATE_LEAD_WORDS.some((w) => phraseBefore(st, span.start, w) >= 0)
    )
      continue;
    if (isReference(st, span.start)) continue;
    const noun = nounAfter(st, span.end, false);
    // "(15/12)": a day and a month, not a progress count.
    if (noun.noun === '' && fraction.part <= 31 && fraction.whole <= 12) continue;
    figures.push(
      build(st, 'fraction', span, noun, {
        value: fraction.part * noun.scale,
        whole: fraction.whole * noun.scale,
        decimals: 0,
      }),
    );
  }

  for (const match of st.folded.matchAll(NUMBER)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (fractionSpans.some((f) => span.start < f.end && f.start < span.end)) continue;
    if (overlapsDate(st, span, dates)) continue;
    const digits = match[1] ?? '';
    const decimals = match[2]?.length ?? 0;
    const value = Number(digits.replace(/\./g, '') + (decimals > 0 ? `.${match[2] ?? ''}` : ''));
    if (!Number.isFinite(value)) continue;
    const percentMark = /^ ?%/.exec(st.folded.slice(span.end, span.end + 2));
    if (percentMark) {
      const full = { start: span.start, end: span.end + percentMark[0].length };
      const noun = nounAfter(st, full.end, true);
      figures.push(build(st, 'percent', full, noun, { value, whole: null, decimals }));
      continue;
    }
    // "0912 345 678", "02373852": a phone number, not a count.
    if (/^0\d{3,}/.test(digits) || isReference(st, span.start)) continue;
    const noun = nounAfter(st, span.end, false);
    if (noun.noun === '') continue;
    figures.push(
      build(st, 'count', span, noun, { value: value * noun.scale, whole: null, decimals }),
    );
  }
  figures.sort((a, b) => a.start - b.start);
  return { source: st.source, figures };
}

type Noun = { noun: string; end: number; scale: number };

/** The noun phrase after a number: up to six words, ending at punctuation, a digit or a stop word. */
function nounAfter(st: StatusText, at: number, afterPercent: boolean): Noun {
  const { folded } = st;
  let index = at;
  let scale = 1;
  const words: string[] = [];
  let end = at;
  let previousRaw = '';
  for (let count = 0; count < 8 && words.length < 6; count += 1) {
    let next = index;
    while (folded[next] === ' ') next += 1;
    // "bộ, ngành" and "bộ, ngành, địa phương" are one noun.
    const comma = /^, ?/.exec(folded.slice(index, index + 2));
    if (comma && next === index && /^,?(bộ|ngành)$/.test(words.at(-1) ?? '')) {
      next = index + comma[0].length;
      const after = wordAt(st, next);
      if (!/^(ngành|địa phương|địa)$/.test(after.written)) break;
    } else if (next === index && index !== at) break;
    const word = wordAt(st, next);
    if (word.written === '' || /^\p{N}/u.test(word.written)) break;
    if (words.length === 0 && scale === 1 && MAGNITUDES.has(word.written)) {
      scale = MAGNITUDES.get(word.written) ?? 1;
      index = word.end;
      end = word.end;
      continue;
    }
    if (afterPercent && words.length === 0 && (word.written === 'số' || word.written === 'tổng')) {
      index = word.end;
      continue;
    }
    if (isStop(st, word.written, word.folded)) break;
    // "tại 3 huyện Quảng Xương": a capital after lower-case words starts a name.
    if (words.length > 0 && /^\p{Lu}/u.test(word.raw) && !/^\p{Lu}/u.test(previousRaw)) {
      if (!ABBREVIATIONS.has(word.folded)) break;
    }
    previousRaw = word.raw;
    const comma2 = folded.slice(index, next).includes(',');
    words.push(comma2 ? `,${word.written}` : word.written);
    index = word.end;
    end = word.end;
  }
  const noun = words
    .map((w) => ABBREVIATIONS.get(foldPhrase(w)) ?? w)
    .join(' ')
    .replace(/ ,/g, ', ');
  return { noun, end, scale };
}

type Word = { written: string; raw: string; folded: string; end: number };

function wordAt(st: StatusText, at: number): Word {
  let end = at;
  while (end < st.folded.length && isWordChar(st.folded[end])) end += 1;
  const raw = sourceSlice(st, at, end);
  return {
    written: raw.toLowerCase().normalize('NFC'),
    raw,
    folded: st.folded.slice(at, end),
    end,
  };
}

const FOLDED_STOPS = new Set([...NOUN_STOPS].map((w) => foldPhrase(w)));

function isStop(st: StatusText, written: string, folded: string): boolean {
  return NOUN_STOPS.has(written) || (st.accentFree && FOLDED_STOPS.has(folded));
}

/** "số 45", "Nghị định 107", "Đề án 06": a number naming something (but "tổng số 1.714 hồ sơ" counts). */
function isReference(st: StatusText, at: number): boolean {
  if (phraseBefore(st, at, 'tổng số') >= 0) return false;
  return REFERENCE_WORDS.some((word) => phraseBefore(st, at, word) >= 0);
}

function overlapsDate(st: StatusText, span: Span, dates: readonly Span[]): boolean {
  const start = st.offsets[span.start] ?? 0;
  const end = st.offsets[span.end] ?? st.source.length;
  return dates.some((date) => start < date.end && date.start < end);
}

/** The clause around a figure: up to ";", ":", ",", "(", ")", ". " or a line end; a number ends it after. */
function clauseBounds(st: StatusText, span: Span, nounEnd: number): Span {
  const { folded } = st;
  const isBoundary = (index: number): boolean =>
    /[;:(),\n]/.test(folded[index] ?? '') || (folded[index] === '.' && folded[index + 1] === ' ');
  let start = span.start;
  while (start > 0 && !isBoundary(start - 1)) start -= 1;
  let end = nounEnd;
  while (end < folded.length && !isBoundary(end) && !/\p{N}/u.test(folded[end] ?? '')) end += 1;
  return { start, end };
}

function build(
  st: StatusText,
  base: 'fraction' | 'percent' | 'count',
  span: Span,
  noun: Noun,
  numbers: { value: number; whole: number | null; decimals: number },
): Figure {
  let lead = span.start;
  let qualifier: FigureQualifier = null;
  for (const [word, meaning] of QUALIFIERS) {
    const at = phraseBefore(st, lead, word);
    if (at >= 0) {
      qualifier = meaning;
      lead = at;
      break;
    }
  }
  const before = (phrases: readonly string[]): boolean =>
    phrases.some((phrase) => phraseBefore(st, lead, phrase) >= 0);
  const remainingLead = before(['còn', 'còn lại', 'số còn lại', 'còn lại là']);
  const clause = clauseBounds(st, span, noun.end);
  const has = (word: string, from: number, to: number): boolean =>
    findWord(st, word, from, to) !== null;
  const negated = has('chưa', noun.end, clause.end) || has('chưa', clause.start, span.start);
  const polarity: FigurePolarity =
    remainingLead || negated
      ? 'remaining'
      : has('đã', clause.start, clause.end) || has('hoàn thành', clause.start, clause.end)
        ? 'done'
        : null;

  let kind: FigureKind = base;
  if (base === 'percent') {
    if (before(['chiếm', 'chiếm tỷ lệ', 'chiếm tỉ lệ'])) kind = 'share';
    else if (before(['đạt', 'đạt tỷ lệ', 'đạt tỉ lệ', 'đạt mức', 'đạt tỷ lệ là']))
      kind = 'achieved';
  } else if (base === 'count') {
    if (remainingLead) kind = 'remaining';
    else if (
      noun.noun === 'nhiệm vụ' &&
      /\( *$/.test(st.folded.slice(Math.max(0, lead - 3), lead)) &&
      /^ *\)/.test(st.folded.slice(noun.end, noun.end + 3))
    )
      kind = 'task-count';
    else if (introducesList(st, noun.end)) kind = 'counted-list';
  }
  return {
    kind,
    value: numbers.value,
    whole: numbers.whole,
    decimals: numbers.decimals,
    noun: noun.noun,
    polarity,
    qualifier,
    start: st.offsets[span.start] ?? 0,
    end: st.offsets[span.end] ?? st.source.length,
    text: sourceSlice(st, span.start, Math.max(span.end, noun.end)),
  };
}

/** "16 bộ, ngành chưa hoàn thành, gồm: Công an; …" or "02 bộ, ngành: Tư pháp, …": a list follows, not figures. */
function introducesList(st: StatusText, at: number): boolean {
  const { folded } = st;
  const colon = /^ *: *(\S)/.exec(folded.slice(at, at + 6));
  if (colon) return !/\p{N}/u.test(colon[1] ?? '');
  let limit = Math.min(folded.length, at + 60);
  const stop = /[.;\p{N}]/u.exec(folded.slice(at, limit));
  if (stop) limit = at + stop.index;
  const hit = findWord(st, 'gồm', at, limit);
  if (hit === null) return false;
  const next = /^ *:? *(\S)/.exec(folded.slice(hit.end, hit.end + 8));
  return next !== null && !/\p{N}/u.test(next[1] ?? '');
}
