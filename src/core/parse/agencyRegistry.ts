import type { AgencyEntry } from './agencySchema';
import { agencyEntries, agencyHeadWords, listLeadIns } from './agencies.data';
import { cleanLine } from '../text/normalizeText';
import {
  type AgencyToken,
  isAndWord,
  isInNameGap,
  isSeparatorGap,
  tokenizeAgencyText,
} from './agencyTokens';

/**
 * How a spelling may match: anywhere (`full`); anywhere if written with capitals, like a bare
 * place name (`proper`); only as a whole list item (`list`); only before a place (`stem`).
 */
type Strength = 'full' | 'proper' | 'list' | 'stem';
const STRENGTH_RANK: Readonly<Record<Strength, number>> = { full: 0, proper: 1, list: 2, stem: 3 };

type Form = { entry: AgencyEntry; strength: Strength; place: boolean };
type TrieNode = { next: Map<string, TrieNode>; forms: Form[] };

/** Where matching runs: running text, a list (bare list forms allowed), or one whole name. */
export type MatchMode = 'text' | 'list' | 'name';

/** A registered name found at a token position: tokens `first` to `end` (exclusive). */
export type AgencyMatch = {
  entry: AgencyEntry;
  first: number;
  end: number;
};

const PLACE_PREFIX = /^(tỉnh|thành phố|tp\.?)\s/iu;
const MINISTRY_PREFIX = /^Bộ\s+/u;

function newNode(): TrieNode {
  return { next: new Map(), forms: [] };
}

function buildTrie(entries: readonly AgencyEntry[]): TrieNode {
  const root = newNode();
  const add = (spelling: string, form: Form): void => {
    const keys = tokenizeAgencyText(cleanLine(spelling))
      .filter((token) => !token.bracket)
      .map((token) => token.key);
    if (keys.length === 0) return;
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    const duplicate = node.forms.some(
      (known) =>
        known.entry === form.entry &&
        known.strength === form.strength &&
        known.place === form.place,
    );
    if (!duplicate) node.forms.push(form);
  };
  for (const entry of entries) {
    const spellings = [entry.name, ...entry.aliases];
    for (const spelling of spellings) add(spelling, { entry, strength: 'full', place: false });
    for (const place of entry.places ?? []) {
      const strength = PLACE_PREFIX.test(place) ? 'full' : 'proper';
      add(place, { entry, strength, place: true });
    }
    const listForms = [...(entry.listForms ?? [])];
    if (entry.kind === 'ministry') {
      for (const spelling of spellings) {
        if (MINISTRY_PREFIX.test(spelling)) listForms.push(spelling.replace(MINISTRY_PREFIX, ''));
      }
    }
    for (const form of listForms) add(form, { entry, strength: 'list', place: false });
    for (const stem of entry.stems ?? []) add(stem, { entry, strength: 'stem', place: false });
  }
  return root;
}

const trie = buildTrie(agencyEntries);
const byId = new Map(agencyEntries.map((entry) => [entry.id, entry]));
const headTrie = buildWordTrie(agencyHeadWords);
const leadInTrie = buildWordTrie([...listLeadIns.complete, ...listLeadIns.examples]);
const exampleLeadIns = new Set(listLeadIns.examples.map(wordKeys).map((keys) => keys.join(' ')));

/** The registry entry with this id, if any. */
export function findAgencyById(id: string): AgencyEntry | undefined {
  return byId.get(id);
}

/**
 * The registry entry a whole name stands for, or null. Accent-, case-, space- and
 * punctuation-insensitive ("Lao động - Thương binh …" = "Lao động, Thương binh …"), "Bộ" optional
 * for ministries ("Tài chính"), remarks in brackets ignored ("Bộ Công an (C06)"), a province
 * completing a provincial department ("Cục Thuế Thanh Hóa"). Never guesses from part of a name.
 */
export function resolveAgency(name: string): AgencyEntry | null {
  const text = cleanLine(name);
  const tokens = tokenizeAgencyText(text).filter((token) => !token.bracket);
  let first = 0;
  while (first < tokens.length - 1 && isNumbering(tokens, text, first)) first += 1;
  if (first >= tokens.length) return null;
  const words = tokens.slice(first);
  const match = bestMatchAt(words, text, 0, 'name', words.length);
  return match?.entry ?? null;
}

/** A registered name mentioned in running text, with its offsets in `text`. */
export type AgencyMention = {
  entry: AgencyEntry;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
};

/**
 * Every registered name mentioned in a text, left to right, longest first ("Sở Tư pháp" is not
 * "Bộ Tư pháp"). In running text the list-only forms ("Tài chính", "Xây dựng") are skipped: they
 * are ordinary words there; pass `{ listForms: true }` for a text known to be a list.
 */
export function findAgenciesIn(
  text: string,
  options: { listForms?: boolean } = {},
): AgencyMention[] {
  const tokens = tokenizeAgencyText(text);
  const mode: MatchMode = options.listForms === true ? 'list' : 'text';
  const mentions: AgencyMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = bestMatchAt(tokens, text, i, mode);
    if (!match) {
      i += 1;
      continue;
    }
    const start = tokens[match.first]?.start ?? 0;
    const end = tokens[match.end - 1]?.end ?? start;
    mentions.push({ entry: match.entry, text: text.slice(start, end), start, end });
    i = match.end;
  }
  return mentions;
}

/**
 * The longest registered name starting at token `i`, a province absorbed after a provincial
 * department; null when none. `mustEnd` asks for a match ending exactly there.
 */
export function bestMatchAt(
  tokens: readonly AgencyToken[],
  text: string,
  i: number,
  mode: MatchMode,
  mustEnd?: number,
): AgencyMatch | null {
  let best: { match: AgencyMatch; direct: number; rank: number } | null = null;
  for (const { form, end } of walk(tokens, text, i)) {
    if (!fits(form, tokens, text, i, end, mode)) continue;
    let total = end;
    if (form.strength === 'stem') {
      const place = placeEndAt(tokens, text, end, mode);
      if (place === null) continue;
      total = place;
    } else if (form.entry.kind === 'provincial-department') {
      total = placeEndAt(tokens, text, end, mode) ?? end;
    }
    if (mustEnd !== undefined && total !== mustEnd) continue;
    const rank = STRENGTH_RANK[form.strength];
    const better =
      best === null ||
      total > best.match.end ||
      (total === best.match.end &&
        (end > best.direct || (end === best.direct && rank < best.rank)));
    if (better) best = { match: { entry: form.entry, first: i, end: total }, direct: end, rank };
  }
  return best?.match ?? null;
}

function* walk(
  tokens: readonly AgencyToken[],
  text: string,
  i: number,
): Generator<{ form: Form; end: number }> {
  let node: TrieNode | undefined = trie;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || token.bracket) return;
    if (j > i && !isInNameGap(gapBefore(tokens, text, j))) return;
    node = node.next.get(token.key);
    if (!node) return;
    for (const form of node.forms) yield { form, end: j + 1 };
  }
}

function fits(
  form: Form,
  tokens: readonly AgencyToken[],
  text: string,
  i: number,
  end: number,
  mode: MatchMode,
): boolean {
  switch (form.strength) {
    case 'full':
    case 'stem':
      return true;
    case 'proper':
      return (
        mode === 'name' || tokens.slice(i, end).every((token) => token.capital || token.numeric)
      );
    case 'list':
      return (
        mode === 'name' ||
        (mode === 'list' && isItemStart(tokens, text, i) && isItemEnd(tokens, text, end))
      );
  }
}

/** Where a place name right after a provincial department ends ("Công an tỉnh | Thanh Hóa"). */
function placeEndAt(
  tokens: readonly AgencyToken[],
  text: string,
  k: number,
  mode: MatchMode,
): number | null {
  if (k >= tokens.length || !/^[\s\-–—]+$/u.test(gapBefore(tokens, text, k))) return null;
  let end: number | null = null;
  for (const { form, end: placeEnd } of walk(tokens, text, k)) {
    if (!form.place || !fits(form, tokens, text, k, placeEnd, mode)) continue;
    if (end === null || placeEnd > end) end = placeEnd;
  }
  return end;
}

function gapBefore(tokens: readonly AgencyToken[], text: string, j: number): string {
  const previous = tokens[j - 1];
  const token = tokens[j];
  if (!token) return '';
  return text.slice(previous ? previous.end : 0, token.start);
}

/** Token `i` opens a list item: text start, after a separator, "và" or a bracketed remark. */
function isItemStart(tokens: readonly AgencyToken[], text: string, i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || previous.bracket || isAndWord(previous)) return true;
  return isSeparatorGap(gapBefore(tokens, text, i), previous, tokens[i]);
}

/** The item ends before token `end`: text end, a separator, "và" or a bracketed remark. */
function isItemEnd(tokens: readonly AgencyToken[], text: string, end: number): boolean {
  const next = tokens[end];
  if (!next || next.bracket || isAndWord(next)) return true;
  return isSeparatorGap(gapBefore(tokens, text, end), tokens[end - 1], next);
}

/** List numbering ("1.", "2)") at the start of an item. */
export function isNumbering(tokens: readonly AgencyToken[], text: string, k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  if (!token?.numeric || !next) return false;
  const after = text.slice(token.end, next.start);
  return (
    /^\s*[.)]/u.test(after) && !/^\.\d/u.test(text.slice(token.end)) && isItemStart(tokens, text, k)
  );
}

type WordTrie = { next: Map<string, WordTrie>; end: boolean };

function wordKeys(phrase: string): string[] {
  return tokenizeAgencyText(phrase).map((token) => token.key);
}

function buildWordTrie(phrases: readonly string[]): WordTrie {
  const root: WordTrie = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    for (const key of wordKeys(phrase)) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(key, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The longest phrase of a word trie at token `k` (words joined by spaces only); its end or null. */
function phraseEndAt(
  root: WordTrie,
  tokens: readonly AgencyToken[],
  text: string,
  k: number,
): number | null {
  let node: WordTrie | undefined = root;
  let end: number | null = null;
  for (let j = k; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || token.bracket) break;
    if (j > k && !/^\s+$/u.test(gapBefore(tokens, text, j))) break;
    node = node.next.get(token.key);
    if (!node) break;
    if (node.end) end = j + 1;
  }
  return end;
}

/** Token `k` opens an agency's name by its head word, written with a capital ("Hội …", "Cục …"). */
export function startsWithAgencyHead(
  tokens: readonly AgencyToken[],
  text: string,
  k: number,
): boolean {
  return tokens[k]?.capital === true && phraseEndAt(headTrie, tokens, text, k) !== null;
}

/** A list lead-in at token `k` ("gồm", "đặc biệt là"): where it ends and whether items are examples. */
export function leadInAt(
  tokens: readonly AgencyToken[],
  text: string,
  k: number,
): { end: number; examples: boolean } | null {
  const end = phraseEndAt(leadInTrie, tokens, text, k);
  if (end === null) return null;
  const phrase = tokens
    .slice(k, end)
    .map((token) => token.key)
    .join(' ');
  return { end, examples: exampleLeadIns.has(phrase) };
}
