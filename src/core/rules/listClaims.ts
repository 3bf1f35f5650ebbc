import { findCountedAgencyLists, readAgencyList, readCountNoun } from '../parse/agencyCountedList';
import { type AgencyListItem, agencyItemKey, tallyAgencyList } from '../parse/splitAgencyList';
import { cleanText, foldForMatch } from '../text/normalizeText';
import type { Task, TaskTable } from '../table/model';
import { taskCell } from './taskCell';

/** A list of bodies found in a text, with what its head states about it. */
export type ListClaim = {
  /** The claim as written, from the number to the end of its list (the list for a bare one). */
  text: string;
  /** The number the head states, or null for a list without one. */
  stated: number | null;
  /** The count noun as written ("bộ, ngành", "địa phương"); "" for a list without a count. */
  noun: string;
  items: AgencyListItem[];
  /** Items the registry does not know: maybe a fragment of a name ("Nông nghiệp và PTNT"). */
  unknown: number;
  distinct: number;
  /** 'examples' when the list is only some of the bodies, or is cut off. */
  completeness: 'all' | 'examples';
  /** Each body named more than once, as first written, with the number of times. */
  repeated: { item: string; times: number }[];
};

// "điển hình là", "trong đó", "đặc biệt" … announce examples, not the whole set.
const EXAMPLE_WORDS =
  /(?:^|[^\p{L}])(?:điển hình|ví dụ|chẳng hạn|trong đó|đặc biệt|tiêu biểu|một số|nổi bật)(?![\p{L}])/iu;
// "như:" / "như Bộ …" in the head ("như sau" announces the whole list). Only in the head:
// "Như Thanh", "Như Xuân" are districts.
const LIKE_WORD = /(?:^|[^\p{L}])như(?![\p{L}])(?!\s+sau)/iu;
// "…", "...", "v.v.", "… và các bộ khác" end a list that goes on.
const GOES_ON = /…|\.{2,}|(?:^|[^\p{L}])v\.?\s*v(?![\p{L}])|(?:^|[^\p{L}])khác(?![\p{L}])/iu;
// A list running to the end of the text with a dangling separator was cut off.
const DANGLING = /[,;:\-–]\s*$/u;

/** Every counted list of bodies in a text, with its tally and how complete it claims to be. */
export function findListClaims(text: string): ListClaim[] {
  const lists = findCountedAgencyLists(text);
  // Most cells hold no counted list: clean the text for its end only when one does.
  if (lists.length === 0) return [];
  const textEnd = cleanText(text).trimEnd().length;
  return lists.map((list) => {
    const head = list.head ?? '';
    const partial =
      list.completeness === 'examples' ||
      EXAMPLE_WORDS.test(list.text) ||
      LIKE_WORD.test(head) ||
      GOES_ON.test(list.text.slice(head.length)) ||
      (list.end >= textEnd && DANGLING.test(list.text));
    return toClaim(list.text, list.stated, readCountNoun(list.text) ?? '', list.items, partial);
  });
}

/**
 * The list an agency cell holds when it states no count ("Bộ Công an, Bộ Tư pháp, Bộ Công
 * an"), or null when the cell holds a counted list (`findListClaims` has it) or no list.
 */
export function findBareAgencyList(text: string): ListClaim | null {
  const list = readAgencyList(text);
  if (list.stated !== null || list.items.length < 2) return null;
  return toClaim(cleanText(text), null, '', list.items, list.completeness === 'examples');
}

function toClaim(
  text: string,
  stated: number | null,
  noun: string,
  items: AgencyListItem[],
  partial: boolean,
): ListClaim {
  return {
    text,
    stated,
    noun,
    items,
    unknown: items.filter((item) => item.entry === null).length,
    distinct: tallyAgencyList(items).distinct,
    completeness: partial ? 'examples' : 'all',
    repeated: repeatedItems(items),
  };
}

/**
 * Bodies named twice. Two units of one body told apart by a note ("Bộ Công an (C06)", "Bộ Công
 * an (A05)") are two items, not a repeat.
 */
function repeatedItems(items: readonly AgencyListItem[]): { item: string; times: number }[] {
  const counts = new Map<string, { item: string; times: number }>();
  for (const item of items) {
    const key = `${agencyItemKey(item)}|${item.note === null ? '' : foldForMatch(item.note)}`;
    const seen = counts.get(key);
    if (seen) seen.times += 1;
    else counts.set(key, { item: item.name, times: 1 });
  }
  return [...counts.values()].filter((entry) => entry.times > 1);
}

/**
 * True when the list names another number of bodies than stated. Unknown items might be a
 * fragment of a name the registry misses, so a list is only wrong when even without them it
 * names more than stated, or with them it names fewer.
 */
export function isCountMismatch(claim: ListClaim): boolean {
  if (claim.stated === null || claim.completeness !== 'all' || claim.items.length === 0) {
    return false;
  }
  const known = claim.items.length - claim.unknown;
  return claim.items.length < claim.stated || known > claim.stated;
}

/** The text cells of a task: role or extra column, its address, its text. */
export function taskTextCells(
  table: TaskTable,
  task: Task,
): { role: string; cell: string; text: string }[] {
  const cells: { role: string; cell: string; text: string }[] = [];
  const add = (role: string, cell: string | null, text: string | null): void => {
    if (cell !== null && text !== null && text.trim() !== '') cells.push({ role, cell, text });
  };
  add('task', taskCell(table, task, 'task'), task.task);
  add('lead', taskCell(table, task, 'lead'), task.leadText);
  add('partners', taskCell(table, task, 'partners'), task.partnersText);
  add('result', taskCell(table, task, 'result'), task.result);
  add('status', taskCell(table, task, 'status'), task.statusText);
  add('note', taskCell(table, task, 'note'), task.note);
  for (const extra of task.extra) add('extra', extra.cell, extra.text);
  return cells;
}
