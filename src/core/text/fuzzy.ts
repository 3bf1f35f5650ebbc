/**
 * Typo-tolerant phrase matching on accent-folded text. Report cells are typed in a hurry
 * ("Đã hoàn tthành", "Đang triên rkhai") or without accents ("Hoan thanh"); a reader should
 * still recognise a short known phrase, without letting unrelated words through.
 */

import { foldWithOffsets } from './foldWithOffsets';

export { foldChar, foldWithOffsets, type FoldedText } from './foldWithOffsets';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folds a phrase to its matching key: folded, runs of spaces made one, trimmed. */
export function foldPhrase(phrase: string): string {
  return foldWithOffsets(phrase.normalize('NFC')).folded.replace(/\s+/g, ' ').trim();
}

/** True when the character is a letter or a digit. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** True when `index` starts a word of `text`. */
export function isWordStart(text: string, index: number): boolean {
  return isWordChar(text[index]) && !isWordChar(text[index - 1]);
}

/** True when a word of `text` ends right before `index` (or nothing but a non-word follows). */
export function isWordEnd(text: string, index: number): boolean {
  return !isWordChar(text[index]);
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1. Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? 0, max + 1);
}

/**
 * The default typo budget for a folded phrase of `length` characters: none below 8 (short words
 * are too easily another word), 1 below 16, 2 from there on.
 */
export function typoBudget(length: number): number {
  if (length < 8) return 0;
  return length < 16 ? 1 : 2;
}

export type PhraseOptions = {
  /** Most edits allowed. @default typoBudget(folded length) */
  maxEdits?: number;
  /**
   * The first word must match exactly (after folding). A typo in the first word turns too many
   * words into others ("toàn thành phố" is one edit from "hoàn thành").
   * @default true
   */
  exactFirstWord?: boolean;
};

/** A phrase ready for matching. */
export type CompiledPhrase = {
  readonly phrase: string;
  readonly folded: string;
  readonly firstWord: string;
  readonly maxEdits: number;
  readonly exactFirstWord: boolean;
};

/** Prepares a phrase for `matchPhraseAt` and `findPhrase`. */
export function compilePhrase(phrase: string, options: PhraseOptions = {}): CompiledPhrase {
  const folded = foldPhrase(phrase);
  return {
    phrase,
    folded,
    firstWord: /^[\p{L}\p{N}]*/u.exec(folded)?.[0] ?? '',
    maxEdits: options.maxEdits ?? typoBudget(folded.length),
    exactFirstWord: options.exactFirstWord ?? true,
  };
}

/** Where a phrase matched, in folded coordinates: `[start, end)`, with the edits it took. */
export type PhraseHit = { start: number; end: number; edits: number };

/**
 * Matches a compiled phrase against folded text starting at word start `at`. The match must end
 * at a word end; among the ends within the budget the one with the fewest edits wins, then the
 * one whose length is closest to the phrase's. Null when there is none.
 */
export function matchPhraseAt(
  folded: string,
  at: number,
  phrase: CompiledPhrase,
): PhraseHit | null {
  const pattern = phrase.folded;
  if (pattern.length === 0 || !isWordStart(folded, at)) return null;
  // The whole first word: here in the text, and no letter or digit right after it.
  if (phrase.exactFirstWord) {
    const after = at + phrase.firstWord.length;
    if (!folded.startsWith(phrase.firstWord, at) || isWordChar(folded[after])) return null;
  }
  const budget = phrase.maxEdits;
  const windowLength = Math.min(folded.length - at, pattern.length + budget);
  // Rows: phrase prefix lengths; columns: text prefix lengths (start anchored, end free).
  let [before, previous, current] = dpRows(windowLength + 1);
  for (let j = 0; j <= windowLength; j += 1) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= pattern.length; i += 1) {
    // Character codes, not one-character strings; -1 stands for "no character" (no swap).
    const patternChar = pattern.charCodeAt(i - 1);
    const patternBefore = i > 1 ? pattern.charCodeAt(i - 2) : -1;
    let textBefore = -1;
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= windowLength; j += 1) {
      const textChar = folded.charCodeAt(at + j - 1);
      const cost = patternChar === textChar ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (patternChar === textBefore && patternBefore === textChar) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
      textBefore = textChar;
    }
    // Later rows only grow from here (a swap reaches back one more row, hence both rows).
    if (rowMin > budget && previousMin >= budget) return null;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
    previousMin = rowMin;
  }
  let best: PhraseHit | null = null;
  for (let j = 1; j <= windowLength; j += 1) {
    const edits = previous[j] ?? Number.POSITIVE_INFINITY;
    const end = at + j;
    if (edits > budget || !isWordChar(folded[end - 1]) || !isWordEnd(folded, end)) continue;
    const closer =
      best !== null &&
      edits === best.edits &&
      Math.abs(j - pattern.length) < Math.abs(best.end - at - pattern.length);
    if (best === null || edits < best.edits || closer) best = { start: at, end, edits };
  }
  return best;
}

/**
 * Three rows of at least `length` for `matchPhraseAt`'s table, reused from call to call: it runs
 * at every word start of every status cell, and two new arrays per row were a measurable share
 * of a check. Their size is bounded by the longest phrase, not by the input.
 */
function dpRows(length: number): [Int32Array, Int32Array, Int32Array] {
  if (scratchRows[0].length < length) {
    scratchRows = [new Int32Array(length), new Int32Array(length), new Int32Array(length)];
  }
  return scratchRows;
}

let scratchRows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/** The first match of a phrase at any word start from `from` on (folded coordinates), or null. */
export function findPhrase(folded: string, phrase: CompiledPhrase, from = 0): PhraseHit | null {
  for (let at = Math.max(0, from); at < folded.length; at += 1) {
    if (!isWordStart(folded, at)) continue;
    const hit = matchPhraseAt(folded, at, phrase);
    if (hit) return hit;
  }
  return null;
}
