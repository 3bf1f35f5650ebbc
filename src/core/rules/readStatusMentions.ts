import { findAgenciesIn } from '../parse/agencyRegistry';
import { parseStatus } from '../parse/parseStatus';
import { STATUS_PHRASES, SUBJECT_HEADS } from '../parse/statusPhrases';
import type { Status } from '../parse/statusSchema';
import { skipNoise, toStatusText } from '../parse/statusText';
import { foldPhrase } from '../text/fuzzy';
import { cleanLine, cleanText } from '../text/normalizeText';

/** Which side of "done" a status stands on. */
export type StatusSide = 'done' | 'not-done';

/** A clause of a result that opens with a status phrase about the whole task. */
export type StatusMention = {
  status: Status;
  side: StatusSide;
  /** The phrase as written ("Đã hoàn thành"). */
  phrase: string;
  /** Index into `clauses`. */
  clause: number;
  /** The rest of the clause after the phrase. */
  after: string;
  /**
   * Nothing names an object after the phrase: it ends its clause, or a comma or a reason ("do …",
   * "vì …") follows. "Đã hoàn thành 25/25 DVC" and "Chưa hoàn thành việc …" speak of a part.
   */
  bare: boolean;
};

export type StatusMentions = {
  /** The clauses with words in them, noise (bullets, "Đánh giá tiến độ:") aside. */
  clauses: string[];
  mentions: StatusMention[];
};

/**
 * Listed phrases that state a status of the whole task: done, and the negations
 * "Chưa …" / "Không …". Not "Đã thực hiện" (a step as often as the end), "Đã ban hành …",
 * "Sẽ thực hiện" (a plan) or the waiting phrases.
 */
const STATED_PHRASES: ReadonlySet<string> = new Set(
  STATUS_PHRASES.filter(
    (p) =>
      p.kind === 'done' || (p.kind === 'not-done' && /^(chua|khong) /.test(foldPhrase(p.text))),
  ).map((p) => foldPhrase(p.text)),
);

const HEADS: readonly string[] = SUBJECT_HEADS.map((head) => foldPhrase(head));

/** "1." or "a." opening an item: a list number, not the end of a sentence. */
const LIST_NUMBER = /^\s*(?:\d{1,3}|[a-zđ]|[ivx]{1,4})$/iu;

const OPENING = { '(': ')', '[': ']', '{': '}' } as const;

/**
 * Cuts a cell into clauses at line breaks, ";", sentence ends (". ") and spaced dashes (" - "),
 * never inside brackets: "(… ; …)" is a note on its clause.
 */
export function splitClauses(text: string): string[] {
  const source = cleanText(text);
  const clauses: string[] = [];
  const closers: string[] = [];
  let start = 0;
  const cut = (end: number, next: number): void => {
    clauses.push(source.slice(start, end));
    start = next;
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] ?? '';
    if (char in OPENING) closers.push(OPENING[char as keyof typeof OPENING]);
    else if (char === closers[closers.length - 1]) closers.pop();
    if (closers.length > 0) continue;
    const after = source[i + 1];
    if (char === '\n' || char === ';') cut(i, i + 1);
    else if (isStop(char, after) && !LIST_NUMBER.test(source.slice(start, i))) cut(i + 1, i + 1);
    else if ('-–—'.includes(char) && source[i - 1] === ' ' && after === ' ') cut(i, i + 1);
  }
  cut(source.length, source.length);
  return clauses.map((clause) => clause.trim()).filter((clause) => hasWords(clause));
}

function isStop(char: string, after: string | undefined): boolean {
  return '.!?'.includes(char) && (after === undefined || after === ' ' || after === '\n');
}

function hasWords(clause: string): boolean {
  const text = toStatusText(clause);
  return /[\p{L}\p{N}]/u.test(text.folded.slice(skipNoise(text)));
}

/** The status phrases that open the clauses of a result or status cell. */
export function readStatusMentions(text: string): StatusMentions {
  const clauses = splitClauses(text);
  const mentions: StatusMention[] = [];
  clauses.forEach((clause, index) => {
    const reading = parseStatus(clause, { source: 'status' });
    if (reading.phrase === '' || reading.flags.includes('partial')) return;
    if (reading.flags.includes('fuzzy')) return;
    if (!STATED_PHRASES.has(foldPhrase(reading.phrase))) return;
    const side = sideOf(reading.status);
    if (side === null) return;
    const source = cleanLine(clause);
    const at = source.indexOf(reading.phrase);
    const rest = at < 0 ? '' : source.slice(at + reading.phrase.length).trim();
    mentions.push({
      status: reading.status,
      side,
      phrase: reading.phrase,
      clause: index,
      after: rest,
      bare: isBare(rest),
    });
  });
  return { clauses, mentions };
}

/** "Đã cơ bản hoàn thành" (mostly done) goes well with "chưa hoàn thành": it has no side. */
function sideOf(status: Status): StatusSide | null {
  switch (status) {
    case 'DONE':
      return 'done';
    case 'NOT_DONE':
      return 'not-done';
    case 'MOSTLY_DONE':
    case 'IN_PROGRESS':
    case 'RECURRING':
    case 'UNKNOWN':
    case 'NOT_REPORTED':
      return null;
  }
}

/** After a status phrase: nothing, a clause mark, a comma, or a reason. */
function isBare(rest: string): boolean {
  if (rest === '' || /^[,.!?…]/u.test(rest)) return true;
  return /^(do|vi|boi vi|nen)( |$)/.test(foldPhrase(rest));
}

/** Words that may stand between the names of a list of bodies ("02 bộ, ngành: A và B"). */
const LIST_WORDS: ReadonlySet<string> = new Set([
  'va',
  'gom',
  'bao',
  'cac',
  'bo',
  'nganh',
  'dia',
  'phuong',
  'tinh',
  'thanh',
  'pho',
]);

/** Nothing but the names of bodies, with their separators and counts: "Bộ Công an, Bộ Tư pháp". */
export function isAgencyList(text: string): boolean {
  const found = findAgenciesIn(text, { listForms: true });
  if (found.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const mention of found) {
    rest += ` ${text.slice(at, mention.start)} `;
    at = mention.end;
  }
  rest += text.slice(at);
  return foldPhrase(rest)
    .split(/[^\p{L}\p{N}]+/u)
    .every((word) => word === '' || /^\d+$/.test(word) || LIST_WORDS.has(word));
}

/**
 * The clause is an item of a list of bodies: a bullet before a body ("- Bộ Tư pháp …"), or only
 * names ("Bộ Công an, Bộ Tư pháp"). A status phrase just above it heads that list.
 */
export function isListOfBodies(clause: string): boolean {
  const text = toStatusText(clause);
  const at = skipNoise(text);
  const rest = text.source.slice(text.offsets[at] ?? 0);
  if (isAgencyList(rest)) return true;
  if (at === 0) return false;
  const folded = foldPhrase(rest);
  if (HEADS.some((head) => folded === head || folded.startsWith(`${head} `))) return true;
  return findAgenciesIn(rest, { listForms: true })[0]?.start === 0;
}
