import type { AgencyReading, AgencyRef } from './agencySchema';
import { cleanText } from '../text/normalizeText';
import { findAgenciesIn } from './agencyRegistry';
import { type AgencyList, readAgencyList } from './agencyCountedList';
import { foldKeepingOffsets, tokenizeAgencyText } from './agencyTokens';
import type { AgencyListItem } from './splitAgencyList';
import { excelErrorOf } from '../table/cellError';

/** The column an agency cell comes from: "Đơn vị chủ trì/thực hiện" or "Đơn vị phối hợp". */
export type AgencyColumn = 'lead' | 'partners';

type Verb = { kind: 'lead' | 'partner'; start: number; end: number };
type Role = 'lead' | 'partners' | 'remark' | null;

// Accent-folded, so "phoi hop" typed without accents reads the same.
const VERB =
  /(?<![\p{L}\p{N}])(dong chu tri|chu tri|phoi hop(?:\s+(?:voi|cung))?)(?![\p{L}\p{N}])/gu;
const GLUED_VERB = /(?<=[\p{L}\p{N}])(?:phoi hop|chu tri)(?![\p{L}\p{N}])/gu;

/**
 * Reads who leads and who partners in one agency cell.
 *
 * - "A chủ trì, B phối hợp", "A chủ trì phối hợp B", "A chủ trì, phối hợp với B", "A phối hợp
 *   (với) B" → lead A, partners B.
 * - A subject before "phối hợp" leads when an object follows; with no object it partners a lead
 *   named elsewhere ("A chủ trì, B phối hợp"), and leads when there is none ("A phối hợp").
 * - "A đồng chủ trì, B phối hợp C" → leads A and B, partners C: "đồng chủ trì" makes A a co-lead,
 *   and B, the subject of "phối hợp C", is the other.
 * - "A; B", "A, B" with no verb → co-leads. Words after "A chủ trì," that name no body ("chỉ đạo
 *   các doanh nghiệp …") are a note on A.
 * - Counts: "02 bộ, ngành: A, B, C" → leads A, B, C, statedCount 2; "13 bộ, ngành (đặc biệt A,
 *   B)" → the collective first, then A and B; "09 bộ ngành cần triển khai" → the collective.
 *
 * In a partners column everything is a partner. Unknown names are kept as written (id and kind
 * null). A cell without a letter or digit reads as empty, and so does an Excel error ("#N/A" is
 * no agency "N" and "A"), alone or on a line of its own in a cell joined over rows.
 * @default column 'lead'
 */
export function parseAgencies(text: string | null, column: AgencyColumn = 'lead'): AgencyReading {
  const reading: AgencyReading = { lead: [], partners: [], statedCount: null };
  if (text === null) return reading;
  const cleaned = unglueVerbs(cleanText(dropErrorLines(text)));
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return reading;

  const verbs = findVerbs(cleaned);
  const segments = splitAt(cleaned, verbs);
  const roles = assignRoles(segments, verbs);
  for (const [index, segment] of segments.entries()) {
    const role = roles[index];
    if (role === null || role === undefined) continue;
    if (role === 'remark') {
      addRemark(column === 'lead' ? reading.lead : reading.partners, segment);
      continue;
    }
    const list = readAgencyList(segment);
    if (reading.statedCount === null) reading.statedCount = list.stated;
    const refs = listRefs(list, segment);
    if (column === 'partners' || role === 'partners') reading.partners.push(...refs);
    else reading.lead.push(...refs);
  }
  if (reading.lead.length === 0 && reading.partners.length === 0) {
    const whole: AgencyRef = { id: null, name: cleaned, written: cleaned, kind: null };
    (column === 'lead' ? reading.lead : reading.partners).push(whole);
  }
  return reading;
}

function dropErrorLines(text: string): string {
  if (!text.includes('#')) return text;
  return text
    .split('\n')
    .filter((line) => excelErrorOf(line) === null)
    .join('\n');
}

/** "Bộ Thông tin và Truyền thôngphối hợp" → a space before the verb. */
function unglueVerbs(text: string): string {
  const folded = foldKeepingOffsets(text);
  let out = '';
  let last = 0;
  for (const match of folded.matchAll(GLUED_VERB)) {
    out += `${text.slice(last, match.index)} `;
    last = match.index;
  }
  return out + text.slice(last);
}

/** "chủ trì" / "phối hợp (với)" outside brackets. */
function findVerbs(text: string): Verb[] {
  const brackets = tokenizeAgencyText(text).filter((token) => token.bracket);
  const inBracket = (at: number): boolean =>
    brackets.some((token) => at > token.start && at < token.end);
  const verbs: Verb[] = [];
  for (const match of foldKeepingOffsets(text).matchAll(VERB)) {
    if (inBracket(match.index)) continue;
    const kind = match[0].startsWith('phoi') ? 'partner' : 'lead';
    verbs.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  return verbs;
}

/** The texts between verbs, trimmed of separators and a leading "và"/"với". */
function splitAt(text: string, verbs: readonly Verb[]): string[] {
  const bounds = [0, ...verbs.flatMap((verb) => [verb.start, verb.end]), text.length];
  const segments: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    segments.push(trimSegment(text.slice(bounds[i], bounds[i + 1])));
  }
  return segments;
}

function trimSegment(segment: string): string {
  return segment
    .replace(/^[\s,;:.\-–—+•]*(?:(?:và|với|cùng)\s+)*/iu, '')
    .replace(/(?:\s+(?:và|với))?[\s,;:\-–—+•]*$/iu, '');
}

function hasWords(segment: string | undefined): boolean {
  return segment !== undefined && /[\p{L}\p{N}]/u.test(segment);
}

/** Segment i sits before verb i and after verb i-1. */
function assignRoles(segments: readonly string[], verbs: readonly Verb[]): Role[] {
  const roles: Role[] = segments.map(() => null);
  const set = (index: number, role: Role): void => {
    if (hasWords(segments[index]) && roles[index] === null) roles[index] = role;
  };
  for (const [k, verb] of verbs.entries()) {
    const subject = k;
    const object = k + 1;
    if (verb.kind === 'lead') {
      if (hasWords(segments[subject])) set(subject, 'lead');
      else set(object, 'lead');
      continue;
    }
    // "A phối hợp B": A leads unless it already partners an earlier verb ("X phối hợp A phối hợp B").
    if (hasWords(segments[object])) {
      set(subject, 'lead');
      set(object, 'partners');
    }
  }
  // Subjects of "phối hợp" with no object: partners of a lead named elsewhere, else the lead.
  const hasLead = (): boolean => roles.includes('lead');
  for (const [k, verb] of verbs.entries()) {
    if (verb.kind !== 'partner' || hasWords(segments[k + 1])) continue;
    set(k, hasLead() ? 'partners' : 'lead');
  }
  for (const [index, segment] of segments.entries()) {
    if (roles[index] !== null || !hasWords(segment)) continue;
    const afterLeadVerb = verbs[index - 1]?.kind === 'lead';
    roles[index] = afterLeadVerb && isRemark(segment) ? 'remark' : 'lead';
  }
  return roles;
}

/** Words after "A chủ trì," that name no body and start in lower case. */
function isRemark(segment: string): boolean {
  const first = segment.charAt(0);
  return first === first.toLowerCase() && findAgenciesIn(segment, { listForms: true }).length === 0;
}

function addRemark(refs: AgencyRef[], remark: string): void {
  const last = refs[refs.length - 1];
  if (!last) {
    refs.push({ id: null, name: remark, written: remark, kind: null });
    return;
  }
  refs[refs.length - 1] = {
    ...last,
    note: last.note === undefined ? remark : `${last.note} … ${remark}`,
  };
}

function listRefs(list: AgencyList, segment: string): AgencyRef[] {
  const items = list.items.map(toRef);
  if (list.head === null) return items;
  if (items.length > 0 && list.completeness === 'all') return items;
  const bucket: AgencyRef = {
    id: list.bucket?.id ?? null,
    name: list.bucket?.name ?? list.head,
    written: items.length > 0 ? list.head : segment,
    kind: list.bucket?.kind ?? null,
  };
  return [bucket, ...items];
}

function toRef(item: AgencyListItem): AgencyRef {
  const ref: AgencyRef = {
    id: item.entry?.id ?? null,
    name: item.entry?.name ?? item.name,
    written: item.text,
    kind: item.entry?.kind ?? null,
  };
  return item.note === null ? ref : { ...ref, note: item.note };
}
