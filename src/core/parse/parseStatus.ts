/**
 * Reads a task's status from its result cell (or a status column cell). The leading phrase
 * decides; the rest of the cell refines it. Rules and examples: docs/status-rules.md.
 */
import { compilePhrase, isWordChar } from '../text/fuzzy';
import type { CompiledPhrase } from '../text/fuzzy';
import type { DeadlineKind } from './deadlineSchema';
import type { Status, StatusFlag, StatusReading } from './statusSchema';
import { statusFlagSchema } from './statusSchema';
import {
  CONTRAST_WORDS,
  EXTENSION_PHRASES,
  LEAD_WORDS,
  RECURRING_TAIL,
  REPORTED_DONE_VERBS,
  STATUS_PHRASES,
  SUBJECT_HEADS,
} from './statusPhrases';
import type { LeadWord, PhraseKind, StatusPhrase } from './statusPhrases';
import {
  clauseEnd,
  findFractions,
  findWord,
  hasAccentsOf,
  isWrittenAs,
  matchWithin,
  nextWordStart,
  sentenceEnd,
  skipNoise,
  sourceSlice,
  toStatusText,
  wordAt,
  wordStarts,
} from './statusText';
import type { Span, StatusText } from './statusText';

export type ParseStatusOptions = {
  /** The kind of the task's deadline: a dated task that is "thực hiện thường xuyên" is in progress. */
  deadlineKind?: DeadlineKind;
  /** The dated deadline itself says "… và thực hiện thường xuyên" (`Deadline.recurring`). */
  deadlineRecurring?: boolean;
  /** Where the text comes from; a status cell is read by its leading phrase only. @default 'result' */
  source?: 'result' | 'status';
};

/** How a cell opens, before the deadline and the rest of the cell are weighed. */
type LeadKind = PhraseKind | 'reported-done' | 'reported-step' | 'remaining';

type Lead = Span & {
  kind: LeadKind;
  /** A typo or missing accents were needed to read it. */
  fuzzy: boolean;
  /** The cell opens with a count ("16 bộ, ngành …"): the status holds for a part only. */
  counted?: boolean;
};

type CompiledStatusPhrase = StatusPhrase & { compiled: CompiledPhrase };

/** Listed phrases by their folded first word, which must match exactly. */
const PHRASES_BY_FIRST_WORD = groupByFirstWord(
  STATUS_PHRASES.map((phrase) => ({ ...phrase, compiled: compilePhrase(phrase.text) })),
);
const DONE_VERBS = REPORTED_DONE_VERBS.map((verb) => compilePhrase(verb));
const RECURRING = compilePhrase(RECURRING_TAIL);
const WAITING_UNACCENTED = ['dang cho', 'phai cho', 'do cho', 'con cho', 'van cho', 'hien cho'];
const PERCENT_AFTER = /^ (?:(?:duoc|dat) )?(\d+(?:,\d+)?) ?%/;
/** How far into a clause the status may sit behind a subject ("Bộ TTTT đã thiết lập …"). */
const SUBJECT_WORDS = 12;

function groupByFirstWord(
  phrases: readonly CompiledStatusPhrase[],
): ReadonlyMap<string, readonly CompiledStatusPhrase[]> {
  const groups = new Map<string, CompiledStatusPhrase[]>();
  for (const phrase of phrases) {
    const group = groups.get(phrase.compiled.firstWord) ?? [];
    group.push(phrase);
    groups.set(phrase.compiled.firstWord, group);
  }
  return groups;
}

/** Reads the status of a result or status cell; never throws. */
export function parseStatus(text: string | null, options: ParseStatusOptions = {}): StatusReading {
  if (text === null) return { status: 'UNKNOWN', phrase: '', flags: [] };
  const cell = toStatusText(text);
  const at = skipNoise(cell);
  const to = clauseEnd(cell, at);
  let lead = readLead(cell, at, to);
  if (!lead && options.source !== 'status')
    lead = readSubjectLead(cell, at, to) ?? readRemaining(cell, at);

  const flags = new Set<StatusFlag>();
  if (findWaiting(cell, 0, cell.folded.length)) flags.add('waiting');
  if (EXTENSION_PHRASES.some((phrase) => findWord(cell, phrase, 0, cell.folded.length))) {
    flags.add('extension-requested');
  }
  if (!lead) return { status: 'UNKNOWN', phrase: '', flags: ordered(flags) };

  if (lead.fuzzy) flags.add('fuzzy');
  if (lead.kind === 'waiting') flags.add('waiting');
  const status = decide(cell, lead, options, flags);
  return {
    status,
    phrase: sourceSlice(cell, lead.start, lead.end).trim(),
    flags: ordered(flags),
  };
}

function ordered(flags: ReadonlySet<StatusFlag>): StatusFlag[] {
  return statusFlagSchema.options.filter((flag) => flags.has(flag));
}

function decide(
  cell: StatusText,
  lead: Lead,
  options: ParseStatusOptions,
  flags: Set<StatusFlag>,
): Status {
  switch (lead.kind) {
    case 'done':
    case 'done-alone':
    case 'reported-done': {
      const shortfall = lead.counted === true ? !allWhole(cell, lead) : hasShortfall(cell, lead);
      if (!shortfall) return 'DONE';
      flags.add('partial');
      return 'IN_PROGRESS';
    }
    case 'mostly-done':
      return 'MOSTLY_DONE';
    case 'in-progress':
    case 'reported-step':
      return 'IN_PROGRESS';
    case 'initial-step':
      // "Đã thực hiện bước đầu, hiện đang chờ …": started, then stopped by someone else.
      return findWaiting(cell, lead.start, sentenceEnd(cell, lead.start))
        ? 'NOT_DONE'
        : 'IN_PROGRESS';
    case 'not-done':
    case 'waiting':
      if (lead.counted === true) flags.add('partial');
      return 'NOT_DONE';
    case 'remaining':
      flags.add('partial');
      return 'NOT_DONE';
    case 'recurring':
      return recurringStatus(options);
    case 'no-report':
      return 'UNKNOWN';
  }
}

/**
 * "… thực hiện thường xuyên" is a status of its own only when the task is recurring; for a task
 * due on a date (or on a condition) it says the work goes on, so it is in progress.
 */
function recurringStatus(options: ParseStatusOptions): Status {
  const kind: DeadlineKind = options.deadlineKind ?? 'none';
  switch (kind) {
    case 'date':
      return options.deadlineRecurring === true ? 'RECURRING' : 'IN_PROGRESS';
    case 'conditional':
      return 'IN_PROGRESS';
    case 'recurring':
    case 'none':
    case 'unparsed':
      return 'RECURRING';
  }
}

/**
 * "chờ" (waiting) in `[from, to)`. In a cell typed without accents "cho" is mostly "for", so only
 * the waiting turns of phrase count there ("dang cho", "do cho" …).
 */
function findWaiting(cell: StatusText, from: number, to: number): boolean {
  if (!cell.accentFree) return findWord(cell, 'chờ', from, to) !== null;
  return WAITING_UNACCENTED.some((words) => findWord(cell, words, from, to) !== null);
}

/**
 * A done phrase that only covers part of the job: followed by a percentage under 100 ("Đã hoàn
 * thành 80%"); in its sentence by a part of a whole ("59/63 địa phương"), "còn … chưa" or "tuy
 * nhiên … chưa"; or anywhere later by "dự kiến" (a step still planned).
 */
function hasShortfall(cell: StatusText, lead: Lead): boolean {
  const percent = PERCENT_AFTER.exec(cell.folded.slice(lead.end, lead.end + 24));
  if (percent && Number((percent[1] ?? '').replace(',', '.')) < 100) return true;
  const end = sentenceEnd(cell, lead.end);
  if (findFractions(cell, lead.start, end).some((f) => f.part < f.whole)) return true;
  for (const opener of ['còn', ...CONTRAST_WORDS]) {
    const found = findWord(cell, opener, lead.end, end);
    if (found && findWord(cell, 'chưa', found.end, end)) return true;
  }
  return findWord(cell, 'dự kiến', lead.end, cell.folded.length) !== null;
}

/** For a counted subject: done only when every count is a whole ("63/63 tỉnh đã hoàn thành"). */
function allWhole(cell: StatusText, lead: Lead): boolean {
  const fractions = findFractions(cell, lead.start, sentenceEnd(cell, lead.end));
  return fractions.length > 0 && fractions.every((f) => f.part >= f.whole);
}

/** The status phrase or lead word at `at`, within the clause `[at, to)`. */
function readLead(cell: StatusText, at: number, to: number): Lead | null {
  if (at >= to) return null;
  return readPhrase(cell, at, to) ?? readLeadWord(cell, at, to);
}

function readPhrase(cell: StatusText, at: number, to: number): Lead | null {
  let best: { phrase: CompiledStatusPhrase; lead: Lead; edits: number } | null = null;
  for (const phrase of PHRASES_BY_FIRST_WORD.get(wordAt(cell, at)) ?? []) {
    const hit = matchWithin(cell, at, to, phrase.compiled);
    if (!hit) continue;
    const exact = isWrittenAs(cell, hit, phrase.text);
    if (phrase.accents === 'required' && !(hit.edits === 0 && hasAccentsOf(cell, hit, phrase.text)))
      continue;
    const longer =
      best === null || phrase.compiled.folded.length > best.phrase.compiled.folded.length;
    const sameButCloser =
      best !== null &&
      phrase.compiled.folded.length === best.phrase.compiled.folded.length &&
      hit.edits < best.edits;
    if (longer || sameButCloser) {
      best = {
        phrase,
        edits: hit.edits,
        lead: { kind: phrase.kind, start: hit.start, end: hit.end, fuzzy: !exact },
      };
    }
  }
  if (!best) return null;
  const { lead } = best;
  if (lead.kind === 'done-alone' && isFollowedByLowerCase(cell, lead.end, to)) {
    // "Đã thực hiện rà soát …" reports one action; "Đã thực hiện. …", "Đã thực hiện Sở …" is done.
    return { ...lead, kind: 'reported-step', end: extendWords(cell, lead.end, to, 2) };
  }
  if (lead.kind === 'in-progress') {
    const tail = nextWordStart(cell, lead.end, to);
    const recurring = tail < 0 ? null : matchWithin(cell, tail, to, RECURRING);
    if (recurring) {
      return {
        ...lead,
        kind: 'recurring',
        end: recurring.end,
        fuzzy: lead.fuzzy || !isWrittenAs(cell, recurring, RECURRING_TAIL),
      };
    }
  }
  return lead;
}

/** "Đã <verb> …", "Đang …", "Chưa …", "Sẽ …", "Còn … chưa …" when no listed phrase opens the cell. */
function readLeadWord(cell: StatusText, at: number, to: number): Lead | null {
  const folded = wordAt(cell, at);
  const word = LEAD_WORDS.find((candidate) => foldedLeadWord(candidate) === folded);
  if (word === undefined) return null;
  const span = { start: at, end: at + folded.length };
  if (!hasAccentsOf(cell, span, word)) return null;
  const fuzzy = !isWrittenAs(cell, span, word);
  switch (word) {
    case 'đã':
      return readReported(cell, span, to, fuzzy);
    case 'đang':
      return { kind: 'in-progress', start: at, end: extendWords(cell, span.end, to, 2), fuzzy };
    case 'chưa':
    case 'sẽ':
      return { kind: 'not-done', start: at, end: extendWords(cell, span.end, to, 2), fuzzy };
    case 'còn':
      return readRemainingAt(cell, span, to, fuzzy);
  }
}

function foldedLeadWord(word: LeadWord): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** "Đã <verb> …": done when the verb delivers ("Đã ban hành …"), a step otherwise. */
function readReported(cell: StatusText, word: Span, to: number, fuzzy: boolean): Lead {
  let verbAt = nextWordStart(cell, word.end, to);
  if (verbAt < 0) return { kind: 'reported-done', ...word, fuzzy };
  if (wordAt(cell, verbAt) === 'duoc') {
    const after = nextWordStart(cell, verbAt, to);
    if (after >= 0) verbAt = after;
  }
  for (const verb of DONE_VERBS) {
    const hit = matchWithin(cell, verbAt, to, verb);
    if (hit)
      return {
        kind: 'reported-done',
        start: word.start,
        end: hit.end,
        fuzzy: fuzzy || hit.edits > 0,
      };
  }
  return {
    kind: 'reported-step',
    start: word.start,
    end: extendWords(cell, word.end, to, 2),
    fuzzy,
  };
}

/** "Còn Gia Lai chưa hoàn thành …", "Còn 551 thủ tục …": something remains to be done. */
function readRemainingAt(cell: StatusText, word: Span, to: number, fuzzy: boolean): Lead | null {
  const negation = findWord(cell, 'chưa', word.end, to);
  if (negation) {
    const negated = readPhrase(cell, negation.start, to);
    const end = negated ? negated.end : extendWords(cell, negation.end, to, 2);
    return { kind: 'remaining', start: word.start, end, fuzzy };
  }
  let countAt = nextWordStart(cell, word.end, to);
  if (countAt >= 0 && wordAt(cell, countAt) === 'lai') countAt = nextWordStart(cell, countAt, to);
  if (countAt < 0 || !/^\d/.test(wordAt(cell, countAt))) return null;
  return {
    kind: 'remaining',
    start: word.start,
    end: extendWords(cell, wordEnd(cell, countAt), to, 2),
    fuzzy,
  };
}

/**
 * "Bộ TTTT đã thiết lập …", "16 bộ, ngành chưa hoàn thành, gồm: …": a subject (an agency word or
 * a count) and then the status, within the lead clause.
 */
function readSubjectLead(cell: StatusText, at: number, to: number): Lead | null {
  const counted = /^\d/.test(wordAt(cell, at));
  if (!counted && !startsWithSubject(cell, at)) return null;
  for (const start of wordStarts(cell, at + 1, to, SUBJECT_WORDS)) {
    const lead = readLead(cell, start, to);
    if (lead) return { ...lead, start: at, counted };
  }
  return null;
}

function startsWithSubject(cell: StatusText, at: number): boolean {
  return SUBJECT_HEADS.some((head) => findWord(cell, head, at, at + head.length + 2)?.start === at);
}

/** "Bộ Tư pháp còn 02 vấn đề": when nothing else reads, a count of what remains in the first sentence. */
function readRemaining(cell: StatusText, at: number): Lead | null {
  const end = sentenceEnd(cell, at);
  let from = at;
  for (
    let found = findWord(cell, 'còn', from, end);
    found;
    found = findWord(cell, 'còn', from, end)
  ) {
    let countAt = nextWordStart(cell, found.end, end);
    if (countAt >= 0 && wordAt(cell, countAt) === 'lai')
      countAt = nextWordStart(cell, countAt, end);
    if (countAt >= 0 && /^\d/.test(wordAt(cell, countAt))) {
      const phraseEnd = extendWords(cell, wordEnd(cell, countAt), end, 2);
      return { kind: 'remaining', start: found.start, end: phraseEnd, fuzzy: false };
    }
    from = found.end;
  }
  return null;
}

/** True when a lower-case word follows `at` across spaces only, before `to`. */
function isFollowedByLowerCase(cell: StatusText, at: number, to: number): boolean {
  const next = nextWordStart(cell, at, to);
  if (next < 0) return false;
  const char = cell.source[cell.offsets[next] ?? cell.source.length] ?? '';
  return /\p{Ll}/u.test(char);
}

/**
 * Extends a phrase end over up to `count` more lower-case words ("Đã thiết lập", "Chưa cập
 * nhật"), stopping at a capital, a number or punctuation.
 */
function extendWords(cell: StatusText, end: number, to: number, count: number): number {
  let result = end;
  for (let taken = 0; taken < count; taken += 1) {
    const next = nextWordStart(cell, result, to);
    if (next < 0) break;
    const char = cell.source[cell.offsets[next] ?? cell.source.length] ?? '';
    if (!/\p{Ll}/u.test(char)) break;
    result = wordEnd(cell, next);
  }
  return result;
}

function wordEnd(cell: StatusText, start: number): number {
  let end = start;
  while (isWordChar(cell.folded[end])) end += 1;
  return end;
}
