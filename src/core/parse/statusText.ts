/**
 * The text side of status reading: a cleaned cell folded for matching, and the spans the rules
 * look at (the lead clause, the sentence, words with their accents, progress fractions). All
 * positions are indexes into `folded`; `sourceSlice` maps a span back to the cell as written.
 */
import { cleanLine } from '../text/normalizeText';
import {
  compilePhrase,
  foldPhrase,
  foldWithOffsets,
  isWordChar,
  isWordEnd,
  isWordStart,
  matchPhraseAt,
} from '../text/fuzzy';
import type { CompiledPhrase, PhraseHit } from '../text/fuzzy';
import { LABEL_PREFIXES } from './statusPhrases';

export type StatusText = {
  /** The cell, cleaned to one line. */
  readonly source: string;
  readonly folded: string;
  readonly offsets: readonly number[];
  /** Typed without any accent: then folded words may stand for accented ones. */
  readonly accentFree: boolean;
};

export type Span = { start: number; end: number };

/** Cleans and folds a cell for status reading. */
export function toStatusText(text: string): StatusText {
  const source = cleanLine(text);
  const { folded, offsets } = foldWithOffsets(source);
  return { source, folded, offsets, accentFree: folded === source.toLowerCase() };
}

/** The cell as written for a folded span. */
export function sourceSlice(text: StatusText, start: number, end: number): string {
  return text.source.slice(text.offsets[start] ?? 0, text.offsets[end] ?? text.source.length);
}

/** True when the folded span is written exactly as `written` (case aside). */
export function isWrittenAs(text: StatusText, span: Span, written: string): boolean {
  return (
    sourceSlice(text, span.start, span.end).toLowerCase().normalize('NFC') ===
    written.toLowerCase().normalize('NFC').replace(/\s+/g, ' ')
  );
}

/** Whether a span may stand for `written`: as written, or folded in a cell typed without accents. */
export function hasAccentsOf(text: StatusText, span: Span, written: string): boolean {
  return text.accentFree || isWrittenAs(text, span, written);
}

/**
 * The first occurrence of a word or words (given with accents, lower case) in `[from, to)`,
 * bounded by non-letters, with its accents unless the cell has none. Null when absent.
 */
export function findWord(text: StatusText, word: string, from: number, to: number): Span | null {
  const key = foldedKey(word);
  if (key.length === 0) return null;
  let index = text.folded.indexOf(key, Math.max(0, from));
  while (index >= 0 && index + key.length <= to) {
    const span = { start: index, end: index + key.length };
    if (
      !isWordChar(text.folded[index - 1]) &&
      isWordEnd(text.folded, span.end) &&
      hasAccentsOf(text, span, word)
    ) {
      return span;
    }
    index = text.folded.indexOf(key, index + 1);
  }
  return null;
}

const foldedKeys = new Map<string, string>();

/** `foldPhrase`, remembered: the same few words are looked up in every cell. */
function foldedKey(word: string): string {
  let key = foldedKeys.get(word);
  if (key === undefined) {
    key = foldPhrase(word);
    foldedKeys.set(word, key);
  }
  return key;
}

/** The folded word that starts at `at` ("" when none). */
export function wordAt(text: StatusText, at: number): string {
  return /^[\p{L}\p{N}]*/u.exec(text.folded.slice(at, at + 64))?.[0] ?? '';
}

/** The start of the next word after `at` within `[at, to)`, crossing spaces only; -1 if none. */
export function nextWordStart(text: StatusText, at: number, to: number): number {
  let index = at;
  while (index < to && isWordChar(text.folded[index])) index += 1;
  while (index < to && text.folded[index] === ' ') index += 1;
  return index < to && isWordStart(text.folded, index) ? index : -1;
}

/** Word starts in `[from, to)`, at most `limit` of them. */
export function wordStarts(text: StatusText, from: number, to: number, limit: number): number[] {
  const starts: number[] = [];
  for (let index = from; index < to && starts.length < limit; index += 1) {
    if (isWordStart(text.folded, index)) starts.push(index);
  }
  return starts;
}

const BULLETS = new Set([
  '-',
  '–',
  '—',
  '•',
  '+',
  '*',
  '·',
  '►',
  '▪',
  '●',
  '○',
  '✓',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  ' ',
]);
const NUMBERING = /^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)] /;
const LABELS: readonly CompiledPhrase[] = [...LABEL_PREFIXES]
  .sort((a, b) => b.length - a.length)
  .map((label) => compilePhrase(label));

/**
 * Skips what comes before the status: bullets, dashes, quotes, list numbering ("1.", "a)") and
 * labels with their colon ("Đánh giá tiến độ:", also typed "Đánh giá tiên độ:").
 */
export function skipNoise(text: StatusText): number {
  const { folded } = text;
  let at = 0;
  for (;;) {
    const before = at;
    while (at < folded.length && BULLETS.has(folded[at] ?? '')) at += 1;
    const numbering = NUMBERING.exec(folded.slice(at, at + 8));
    if (numbering) at += numbering[0].length;
    at = skipLabel(text, at);
    if (at === before) return at;
  }
}

function skipLabel(text: StatusText, at: number): number {
  for (const label of LABELS) {
    const hit = matchPhraseAt(text.folded, at, label);
    if (!hit) continue;
    let next = hit.end;
    while (text.folded[next] === ' ') next += 1;
    const mark = text.folded[next];
    if (mark === ':' || mark === '-' || mark === '–') return next + 1;
    // "Đánh giá tiến độ Đang thực hiện": a label without its colon, then a capital.
    const sourceChar = text.source[text.offsets[next] ?? text.source.length] ?? '';
    if (next > hit.end && /\p{Lu}/u.test(sourceChar)) return next;
  }
  return at;
}

function isStop(folded: string, index: number): boolean {
  const char = folded[index];
  const next = folded[index + 1];
  return (char === '.' || char === '!' || char === '?') && (next === undefined || next === ' ');
}

/**
 * The end of the lead clause that starts at `at`: the first ". ", ";", ":", "(" or spaced dash
 * (" - "). A comma does not end it: "16 bộ, ngành chưa hoàn thành".
 */
export function clauseEnd(text: StatusText, at: number): number {
  const { folded } = text;
  for (let index = at; index < folded.length; index += 1) {
    const char = folded[index] ?? '';
    if (char === ';' || char === ':' || char === '(' || isStop(folded, index)) return index;
    if ('-–—'.includes(char) && folded[index - 1] === ' ' && folded[index + 1] === ' ')
      return index;
  }
  return folded.length;
}

/** The end of the sentence that holds `at`: the first ". ", "! " or "? " (or the end). */
export function sentenceEnd(text: StatusText, at: number): number {
  for (let index = at; index < text.folded.length; index += 1) {
    if (isStop(text.folded, index)) return index;
  }
  return text.folded.length;
}

export type Fraction = { part: number; whole: number; span: Span };

const FRACTION = /(\d+(?:\.\d{3})*) ?\/ ?(\d+(?:\.\d{3})*)/g;
const DATE_WORDS = new Set(['ngay', 'thang', 'quy', 'so', 'nam']);

/**
 * Progress fractions "N/M" in `[from, to)` ("59/63 địa phương", "953.626/953.626"). Not
 * fractions: dates ("ngày 1/12", "6/2024", "27/3/2024"), document numbers ("44/2022/NĐ-CP",
 * "618/STP"), ratings ("220/380V").
 */
export function findFractions(text: StatusText, from: number, to: number): Fraction[] {
  const found: Fraction[] = [];
  const { folded } = text;
  for (const match of folded.slice(0, to).matchAll(FRACTION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < from) continue;
    const before = folded[start - 1];
    const after = folded[end];
    if (before !== undefined && /[\p{L}\p{N}/.,]/u.test(before)) continue;
    if (after !== undefined && /[\p{L}\p{N}/]/u.test(after)) continue;
    const previousWord = /([\p{L}]+) *$/u.exec(folded.slice(Math.max(0, start - 12), start))?.[1];
    if (previousWord !== undefined && DATE_WORDS.has(previousWord)) continue;
    const wholeText = match[2] ?? '';
    const part = Number((match[1] ?? '').replace(/\./g, ''));
    const whole = Number(wholeText.replace(/\./g, ''));
    if (/^(19|20)\d\d$/.test(wholeText) || whole === 0) continue;
    found.push({ part, whole, span: { start, end } });
  }
  return found;
}

/** Matches a compiled phrase at `at` within `[at, to)`; null when it crosses `to`. */
export function matchWithin(
  text: StatusText,
  at: number,
  to: number,
  phrase: CompiledPhrase,
): PhraseHit | null {
  const hit = matchPhraseAt(text.folded, at, phrase);
  return hit && hit.end <= to ? hit : null;
}
