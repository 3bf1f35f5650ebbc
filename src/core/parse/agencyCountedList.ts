import type { AgencyEntry } from './agencySchema';
import { cleanText } from '../text/normalizeText';
import { findAgencyById, leadInAt, resolveAgency } from './agencyRegistry';
import { foldKeepingOffsets, tokenizeAgencyText } from './agencyTokens';
import { type AgencyListItem, splitAgencyList } from './splitAgencyList';

/** A list of agencies with what its head says about it ("16 bộ, ngành …, gồm: <items>"). */
export type AgencyList = {
  /** The words before the items ("16 bộ, ngành chưa hoàn thành, gồm"); null for a bare list. */
  head: string | null;
  /** The number the head states ("16", "02"), or null. */
  stated: number | null;
  /** The whole the number is part of ("11/22 Bộ" → 22), or null. */
  of: number | null;
  /** The collective the head names ("bộ, ngành" → ALL_MIN; "Ủy ban nhân dân các tỉnh" → ALL_PROV). */
  bucket: AgencyEntry | null;
  /** 'examples' when the items are only some of the set ("13 bộ, ngành (đặc biệt …)"). */
  completeness: 'all' | 'examples';
  items: AgencyListItem[];
};

/** A counted list found in running text, with its offsets in the cleaned text. */
export type CountedAgencyList = AgencyList & {
  /** The claim as written, from the number to the end of its list. */
  text: string;
  start: number;
  end: number;
};

// The nouns a count of agencies is stated in, each with the collective it stands for.
const COUNT_NOUNS: readonly { readonly pattern: string; readonly bucket: string }[] = [
  { pattern: 'bộ,?\\s*ngành,?\\s*(?:và\\s+)?địa phương', bucket: 'ALL_MIN_LOC' },
  { pattern: 'bộ,?\\s*(?:cơ quan ngang bộ|cơ quan|ngành)', bucket: 'ALL_MIN' },
  { pattern: 'cơ quan ngang bộ', bucket: 'ALL_MIN' },
  { pattern: 'bộ', bucket: 'ALL_MIN' },
  { pattern: 'tỉnh\\s*[,/]?\\s*(?:thành phố|tp)|địa phương|tỉnh|thành phố', bucket: 'ALL_PROV' },
  { pattern: 'sở,?\\s*(?:ban,?\\s*)?ngành|sở', bucket: 'ALL_PROV_DEPT' },
  { pattern: '(?:quận,?\\s*)?huyện(?:,?\\s*thị xã)?(?:,?\\s*thành phố)?', bucket: 'ALL_DISTRICT' },
  { pattern: 'xã(?:,?\\s*phường)?(?:,?\\s*thị trấn)?', bucket: 'ALL_COMMUNE' },
  { pattern: 'cơ quan(?:,?\\s*đơn vị)?|đơn vị', bucket: 'RELATED' },
];

const COUNT_SOURCE =
  '(?<![\\p{L}\\p{N}.,/])(\\d{1,3})(?:\\s*/\\s*(\\d{1,4}))?\\s+(?:' +
  COUNT_NOUNS.map((noun) => `(${noun.pattern})`).join('|') +
  ')(?![\\p{L}\\p{N}])';

// Built once (building them per call was a measurable share of a check). The sticky one keeps
// its lastIndex between calls: every use sets it first.
const COUNT_AT = new RegExp(COUNT_SOURCE, 'iuy');
const COUNT_ANYWHERE = new RegExp(COUNT_SOURCE, 'iug');

/** The count noun at the start of a claim ("16 bộ, ngành chưa …" → "bộ, ngành"), or null. */
export function readCountNoun(claim: string): string | null {
  COUNT_AT.lastIndex = 0;
  const match = COUNT_AT.exec(cleanText(claim));
  if (!match) return null;
  // The noun groups follow the number and the whole ("11/22 Bộ").
  for (let index = 3; index < match.length; index++) {
    const noun = match[index];
    if (noun !== undefined) return noun;
  }
  return null;
}

/** What may precede the count in a cell: "UBND 06 địa phương", "Còn 09 địa phương". */
const CELL_PREFIX = /^\s*(?:(?:ubnd|uy ban nhan dan)\s+)?(?:(?:con|co)\s+)?/u;

type CountHead = {
  start: number;
  end: number;
  stated: number;
  of: number | null;
  bucket: AgencyEntry | null;
};

function toCountHead(match: RegExpExecArray): CountHead {
  const nounIndex = COUNT_NOUNS.findIndex((_, index) => match[index + 3] !== undefined);
  const noun = COUNT_NOUNS[nounIndex];
  return {
    start: match.index,
    end: match.index + match[0].length,
    stated: Number(match[1]),
    of: match[2] === undefined ? null : Number(match[2]),
    bucket: noun ? (findAgencyById(noun.bucket) ?? null) : null,
  };
}

/**
 * Reads one agency cell or list as a list with its head: "02 bộ, ngành: Tư pháp, Y tế, …",
 * "13 bộ, ngành (đặc biệt Bộ …)", "UBND 06 địa phương (gồm: …)", "Ủy ban nhân dân các tỉnh:
 * Bắc Kạn, …", "09 bộ ngành cần triển khai" (a head, no items), or a bare list.
 */
export function readAgencyList(text: string): AgencyList {
  const cleaned = cleanText(text);
  const prefix = CELL_PREFIX.exec(foldKeepingOffsets(cleaned));
  COUNT_AT.lastIndex = prefix?.[0].length ?? 0;
  const count = COUNT_AT.exec(cleaned);
  if (count) return readCounted(cleaned, toCountHead(count), cleaned.length, 0).list;
  return readNamedSet(cleaned) ?? bareList(cleaned);
}

/**
 * Every counted list of agencies in a running text ("… 16 bộ, ngành chưa hoàn thành, gồm:
 * Công an; …", "Còn 09 địa phương chưa ban hành (An Giang, …)"): the stated number against the
 * items. A count whose brackets or colon introduce no registered body is not an agency list and
 * is left out ("02 địa phương có điểm đánh giá tốt (trên 80 điểm)").
 */
export function findCountedAgencyLists(text: string): CountedAgencyList[] {
  const cleaned = cleanText(text);
  // A count is digits: most cells have none. (Cleaning comes first: it decodes "&#50;".)
  if (!/[0-9]/.test(cleaned)) return [];
  // matchAll scans a copy of the pattern: the shared one's lastIndex stays 0.
  const heads = [...cleaned.matchAll(COUNT_ANYWHERE)].map(toCountHead);
  const lists: CountedAgencyList[] = [];
  for (const [index, head] of heads.entries()) {
    const limit = heads[index + 1]?.start ?? cleaned.length;
    const { list, end } = readCounted(cleaned, head, limit, head.start);
    if (!list.items.some((item) => item.entry !== null)) continue;
    lists.push({ ...list, text: cleaned.slice(head.start, end).trim(), start: head.start, end });
  }
  return lists;
}

/**
 * The list after a count head: in brackets, or after a colon up to the end of the sentence
 * (`limit` stops it at the next count). Without either, the head is the whole claim.
 */
function readCounted(
  text: string,
  head: CountHead,
  limit: number,
  headStart: number,
): { list: AgencyList; end: number } {
  const base = { stated: head.stated, of: head.of, bucket: head.bucket };
  const headOnly = (end: number): { list: AgencyList; end: number } => ({
    list: { ...base, head: text.slice(headStart, end).trim(), completeness: 'all', items: [] },
    end,
  });
  const opener = findOpener(text, head.end, limit);
  if (!opener) return headOnly(sentenceEnd(text, head.end, limit));
  const listStart = opener.index + 1;
  const bracketed = opener.char === '(';
  const end = bracketed
    ? closingOf(text, opener.index, limit)
    : sentenceEnd(text, listStart, limit);
  const inner = text.slice(listStart, bracketed ? Math.max(listStart, end - 1) : end);
  const { rest, examples } = stripLeadIn(inner);
  const items = splitAgencyList(rest);
  // A bracket mostly naming no body is a remark on the count ("02 địa phương (trên 80 điểm)",
  // "26 địa phương … (thấp nhất là UBND tỉnh Bạc Liêu - 27,3)").
  const known = items.filter((item) => item.entry !== null).length;
  if (bracketed && known * 2 <= items.length) return headOnly(end);
  const headText = text
    .slice(headStart, opener.index)
    .trim()
    .replace(/[\s:]+$/u, '');
  const middle = text.slice(head.end, opener.index);
  const completeness = examples || endsWithExampleLeadIn(middle) ? 'examples' : 'all';
  return { list: { ...base, head: headText, completeness, items }, end };
}

/** The first "(" or ":" after the count, before the sentence ends; footnote marks "[8]" skipped. */
function findOpener(
  text: string,
  from: number,
  limit: number,
): { index: number; char: string } | null {
  const stop = Math.min(sentenceEnd(text, from, limit), from + 200);
  let depth = 0;
  for (let i = from; i < stop; i++) {
    const ch = text.charAt(i);
    if (ch === '[') depth += 1;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '(' || ch === ':')) return { index: i, char: ch };
    else if (depth === 0 && ch === ';') return null;
  }
  return null;
}

/** The end of the sentence at `from`: ". " not after "TP", or `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (text.charAt(i) !== '.') continue;
    const next = text.charAt(i + 1);
    if (next !== '' && !/\s/u.test(next)) continue;
    if (/(?:^|[^\p{L}])(?:tp|tx|tt)$/iu.test(text.slice(Math.max(0, i - 4), i))) continue;
    return i;
  }
  return limit;
}

function closingOf(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const ch = text.charAt(i);
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return limit;
}

function stripLeadIn(list: string): { rest: string; examples: boolean } {
  const tokens = tokenizeAgencyText(list);
  const leadIn = tokens[0] ? leadInAt(tokens, list, 0) : null;
  if (!leadIn) return { rest: list, examples: false };
  const after = tokens[leadIn.end];
  const gap = after ? list.slice(tokens[leadIn.end - 1]?.end ?? 0, after.start) : '';
  // Only a lead-in followed by a colon or a name; "là" alone might begin a name.
  if (after && !/:/u.test(gap) && !after.capital && !after.bracket)
    return { rest: list, examples: false };
  return { rest: after ? list.slice(after.start) : '', examples: leadIn.examples };
}

function endsWithExampleLeadIn(middle: string): boolean {
  const tokens = tokenizeAgencyText(middle);
  for (let k = 0; k < tokens.length; k++) {
    const leadIn = leadInAt(tokens, middle, k);
    if (leadIn?.end === tokens.length) return leadIn.examples;
  }
  return false;
}

/** "Ủy ban nhân dân các tỉnh: Bắc Kạn, …", "Các Bộ: Xây dựng, …": a collective, a colon, names. */
function readNamedSet(text: string): AgencyList | null {
  const colon = colonOutsideBrackets(text);
  if (colon < 0) return null;
  const headText = text.slice(0, colon).trim();
  const bucket = resolveAgency(headText.replace(/,?\s*(?:bao\s+)?gồm$/iu, ''));
  if (bucket?.kind !== 'collective') return null;
  const { rest, examples } = stripLeadIn(text.slice(colon + 1));
  const items = splitAgencyList(rest);
  if (items.length === 0) return null;
  return {
    head: headText,
    stated: null,
    of: null,
    bucket,
    completeness: examples ? 'examples' : 'all',
    items,
  };
}

function colonOutsideBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0) return i;
  }
  return -1;
}

function bareList(text: string): AgencyList {
  return {
    head: null,
    stated: null,
    of: null,
    bucket: null,
    completeness: 'all',
    items: splitAgencyList(text),
  };
}
