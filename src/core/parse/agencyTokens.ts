import { foldForMatch } from '../text/normalizeText';

/**
 * Agency text as words: names are matched word by word, so punctuation inside a name ("Lao động,
 * Thương binh và Xã hội", "Lao động - Thương binh …", "TP.HCM") never changes its key, and the
 * gaps between words decide where a list splits.
 */
export type AgencyToken = {
  /** Offsets in the tokenised text. */
  start: number;
  end: number;
  /** The folded word (`foldForMatch`); "" for a bracketed group. */
  key: string;
  /** A parenthesised or bracketed remark ("(C06)", "[8]"): never part of a name. */
  bracket: boolean;
  /** Starts with a capital letter (proper names, agency heads). */
  capital: boolean;
  /** Only digits ("06", "422"). */
  numeric: boolean;
};

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/uy;
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

const foldCache = new Map<string, string>();

/** `foldForMatch` of one word, remembered: the same few thousand syllables come back all day. */
export function foldWord(word: string): string {
  let key = foldCache.get(word);
  if (key === undefined) {
    key = foldForMatch(word);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, key);
  }
  return key;
}

/** Splits text into words and bracketed groups (balanced, or to the end when left open). */
export function tokenizeAgencyText(text: string): AgencyToken[] {
  const tokens: AgencyToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const close = CLOSING[ch];
    if (close !== undefined) {
      const end = findClosing(text, i, ch, close);
      tokens.push({ start: i, end, key: '', bracket: true, capital: false, numeric: false });
      i = end;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      const value = word[0];
      const first = value.charAt(0);
      tokens.push({
        start: i,
        end: i + value.length,
        key: foldWord(value),
        bracket: false,
        capital: first !== first.toLowerCase(),
        numeric: /^\p{N}+$/u.test(value),
      });
      i += value.length;
      continue;
    }
    i += 1;
  }
  return tokens;
}

function findClosing(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === open) depth += 1;
    else if (ch === close) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Punctuation a registered name may contain between its words ("TP.HCM", "tỉnh/thành phố"). */
export function isInNameGap(gap: string): boolean {
  return /^[\s,.\-–—&/'’_]*$/u.test(gap);
}

/** A break no list item and no remark runs across: ";", ":", a line break, a bullet, "+", ". ". */
export function isHardBreak(gap: string): boolean {
  return /[;:\n+•·●▪◦*]|\.(\s|$)/u.test(gap);
}

/**
 * A list separator: a hard break, ",", "–", a spaced "-", or "/" between words (but not the "/"
 * of a document number like "422/QĐ-TTg").
 */
export function isSeparatorGap(
  gap: string,
  before: AgencyToken | undefined,
  after: AgencyToken | undefined,
): boolean {
  if (isHardBreak(gap)) return true;
  if (/[,–—]/u.test(gap)) return true;
  if (/(^|\s)-|-(\s|$)/u.test(gap) && /\s/u.test(gap)) return true;
  if (gap.includes('/')) return !(before?.numeric === true || after?.numeric === true);
  return false;
}

/** The words "và", the one separator that is a word. */
export function isAndWord(token: AgencyToken | undefined): boolean {
  return token !== undefined && !token.bracket && token.key === 'va';
}

/**
 * Folds text keeping its length, so a match found in the folded text has the same offsets in
 * the original: lower case, accents off, đ → d.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = /\s/u.test(ch) ? ch : foldWord(ch);
    if (folded.length === ch.length) out += folded;
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}
