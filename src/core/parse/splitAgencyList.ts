import type { AgencyEntry } from './agencySchema';
import { cleanText } from '../text/normalizeText';
import {
  type AgencyMatch,
  bestMatchAt,
  isNumbering,
  leadInAt,
  startsWithAgencyHead,
} from './agencyRegistry';
import {
  type AgencyToken,
  foldWord,
  isAndWord,
  isHardBreak,
  isSeparatorGap,
  tokenizeAgencyText,
} from './agencyTokens';

/** One body named in a list. */
export type AgencyListItem = {
  /** The words of the list for this item, as written (after `cleanText`). */
  text: string;
  /** The name inside `text`: the registered spelling matched, or the words without remarks. */
  name: string;
  /** What `text` adds around the name: "(C06)", "có liên quan", "gồm:" — null when nothing. */
  note: string | null;
  /** The registry entry, or null for a name the registry does not know. */
  entry: AgencyEntry | null;
};

/**
 * Splits an enumeration of agencies ("Công an; Ngoại giao; Lao động, Thương binh và Xã hội; …")
 * into items. Registered names are matched first, longest first, so the commas and "và" inside
 * them never split ("Văn hóa, Thể thao và Du lịch", "Bà Rịa – Vũng Tàu"), and two names written
 * together are two items ("Ủy ban Dân tộc, Văn hóa, Thể thao và Du lịch"). What is left splits on
 * ";", ",", "và", " - ", "–", "/", "+", bullets and line breaks. Words after a name up to the next
 * separator ("Các bộ, ngành có liên quan", "Bộ Công an (C06)") stay with it as a note. Nothing is
 * dropped but separators, "và" between items, and numbering such as "1.".
 */
export function splitAgencyList(text: string): AgencyListItem[] {
  const cleaned = cleanText(text);
  return new ListSplitter(cleaned, tokenizeAgencyText(cleaned)).split();
}

/** Counts for a list: items, distinct bodies, and the items naming a body already listed. */
export type AgencyListTally = {
  listed: number;
  distinct: number;
  /** The second and later items for the same body (by id, else by folded name). */
  duplicates: AgencyListItem[];
};

/** Tallies a list: "14 bộ, ngành: …, Tài chính, …, Tài chính, …" → listed 14, distinct 13. */
export function tallyAgencyList(items: readonly AgencyListItem[]): AgencyListTally {
  const seen = new Set<string>();
  const duplicates: AgencyListItem[] = [];
  for (const item of items) {
    const key = agencyItemKey(item);
    if (seen.has(key)) duplicates.push(item);
    else seen.add(key);
  }
  return { listed: items.length, distinct: seen.size, duplicates };
}

/** The identity of an item: its registry id, or its folded name for an unknown body. */
export function agencyItemKey(item: AgencyListItem): string {
  if (item.entry) return item.entry.id;
  const words = tokenizeAgencyText(item.name)
    .filter((token) => !token.bracket)
    .map((token) => foldWord(item.name.slice(token.start, token.end)));
  return `?${words.join(' ')}`;
}

/** Token span of an item; `nameFirst`..`nameLast` is the name inside it. */
type Draft = {
  first: number;
  last: number;
  nameFirst: number;
  nameLast: number;
  entry: AgencyEntry | null;
};

class ListSplitter {
  private readonly owner: number[];
  private readonly drafts: Draft[] = [];
  private readonly matches = new Map<number, AgencyMatch | null>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly AgencyToken[],
  ) {
    this.owner = tokens.map(() => -1);
  }

  split(): AgencyListItem[] {
    this.claimNames();
    this.claimPrefixes();
    this.claimLeftovers();
    const drafts = this.mergeLeadIns([...this.drafts].sort((a, b) => a.first - b.first));
    return drafts.map((draft) => this.toItem(draft));
  }

  private matchAt(k: number): AgencyMatch | null {
    if (!this.matches.has(k)) {
      const token = this.tokens[k];
      this.matches.set(
        k,
        token && !token.bracket ? bestMatchAt(this.tokens, this.text, k, 'list') : null,
      );
    }
    return this.matches.get(k) ?? null;
  }

  private gap(k: number): string {
    const previous = this.tokens[k - 1];
    const token = this.tokens[k];
    if (!previous || !token) return '';
    return this.text.slice(previous.end, token.start);
  }

  private isSeparatorBefore(k: number): boolean {
    return isSeparatorGap(this.gap(k), this.tokens[k - 1], this.tokens[k]);
  }

  /** Token `k` begins another body: a registered name or an agency head word. */
  private opensItem(k: number): boolean {
    const token = this.tokens[k];
    if (!token || token.bracket) return false;
    return this.matchAt(k) !== null || startsWithAgencyHead(this.tokens, this.text, k);
  }

  private claim(draft: Draft): void {
    const index = this.drafts.length;
    this.drafts.push(draft);
    for (let k = draft.first; k <= draft.last; k++) this.owner[k] = index;
  }

  /** Registered names, each with the remark that follows it. */
  private claimNames(): void {
    let k = 0;
    while (k < this.tokens.length) {
      const match = this.matchAt(k);
      if (!match) {
        k += 1;
        continue;
      }
      const end = this.remarkEnd(match.end);
      this.claim({
        first: k,
        last: end - 1,
        nameFirst: k,
        nameLast: match.end - 1,
        entry: match.entry,
      });
      k = end;
    }
  }

  /**
   * Where the remark after a name ends. A remark starts without a separator ("… có liên quan",
   * "(C06)", "được giao tại Đề án 06 và Quyết định số 422/QĐ-TTg"); once started it runs over
   * commas and "và" until a hard break or a separator followed by another body.
   */
  private remarkEnd(from: number): number {
    let k = from;
    let inRemark = false;
    while (k < this.tokens.length) {
      const token = this.tokens[k];
      if (!token || isHardBreak(this.gap(k))) break;
      if (isAndWord(token)) {
        const next = this.tokens[k + 1];
        if (
          !inRemark ||
          !next ||
          next.bracket ||
          isHardBreak(this.gap(k + 1)) ||
          this.opensItem(k + 1)
        )
          break;
        k += 1;
        continue;
      }
      if (this.isSeparatorBefore(k)) {
        if (!inRemark || token.bracket || this.opensItem(k)) break;
      } else if (!inRemark && !token.bracket && this.matchAt(k) !== null) {
        break;
      }
      if (token.bracket) {
        k += 1;
        continue;
      }
      // Inside a remark a name is an object ("gửi Trung tâm …"), not another item.
      k = inRemark ? (this.matchAt(k)?.end ?? k + 1) : k + 1;
      inRemark = true;
    }
    return k;
  }

  /** Words right before a name with no separator between ("đặc biệt Bộ …", "16 bộ, ngành"). */
  private claimPrefixes(): void {
    for (const [index, draft] of this.drafts.entries()) {
      let k = draft.first - 1;
      while (k >= 0 && this.owner[k] === -1) {
        const token = this.tokens[k];
        if (
          !token ||
          isAndWord(token) ||
          this.isSeparatorBefore(k + 1) ||
          isNumbering(this.tokens, this.text, k)
        ) {
          break;
        }
        k -= 1;
      }
      for (let p = k + 1; p < draft.first; p++) this.owner[p] = index;
      draft.first = k + 1;
    }
  }

  /** Words no name claimed: unknown bodies, split at separators. */
  private claimLeftovers(): void {
    let run: number[] = [];
    const flush = (): void => {
      const first = run[0];
      const last = run[run.length - 1];
      run = [];
      if (first === undefined || last === undefined) return;
      const named = this.withoutEdgeBrackets(first, last);
      this.claim({ first, last, nameFirst: named.first, nameLast: named.last, entry: null });
    };
    for (let k = 0; k < this.tokens.length; k++) {
      const token = this.tokens[k];
      if (!token || this.owner[k] !== -1) {
        flush();
        continue;
      }
      if (isAndWord(token)) {
        // "và" inside a phrase ("quản lý hành chính và trật tự xã hội") is not a list separator.
        const next = this.tokens[k + 1];
        const keeps =
          run.length > 0 &&
          next !== undefined &&
          this.owner[k + 1] === -1 &&
          !next.capital &&
          !next.numeric &&
          !this.opensItem(k + 1) &&
          !isHardBreak(this.gap(k)) &&
          !isHardBreak(this.gap(k + 1));
        if (keeps) run.push(k);
        else flush();
        continue;
      }
      if (run.length > 0) {
        if (isHardBreak(this.gap(k))) flush();
        else if (
          this.isSeparatorBefore(k) &&
          (token.capital || token.numeric || token.bracket || this.opensItem(k))
        ) {
          flush();
        }
      }
      if (run.length === 0 && isNumbering(this.tokens, this.text, k)) continue;
      run.push(k);
    }
    flush();
  }

  private withoutEdgeBrackets(first: number, last: number): { first: number; last: number } {
    let a = first;
    let b = last;
    while (a < b && this.tokens[a]?.bracket === true) a += 1;
    while (b > a && this.tokens[b]?.bracket === true) b -= 1;
    return { first: a, last: b };
  }

  /** An unknown item that is only a lead-in ("gồm:") joins the item after it. */
  private mergeLeadIns(drafts: Draft[]): Draft[] {
    const merged: Draft[] = [];
    for (let index = 0; index < drafts.length; index++) {
      const draft = drafts[index];
      const next = drafts[index + 1];
      if (!draft) continue;
      const leadIn = draft.entry === null ? leadInAt(this.tokens, this.text, draft.first) : null;
      if (next && leadIn?.end === draft.last + 1) {
        next.first = draft.first;
        continue;
      }
      merged.push(draft);
    }
    return merged;
  }

  private toItem(draft: Draft): AgencyListItem {
    const span = (a: number, b: number): string =>
      this.text.slice(this.tokens[a]?.start ?? 0, this.tokens[b]?.end ?? 0);
    const text = span(draft.first, draft.last);
    const name = span(draft.nameFirst, draft.nameLast);
    const nameStart = this.tokens[draft.nameFirst]?.start ?? 0;
    const nameEnd = this.tokens[draft.nameLast]?.end ?? 0;
    const before = this.text.slice(this.tokens[draft.first]?.start ?? 0, nameStart).trim();
    const after = this.text.slice(nameEnd, this.tokens[draft.last]?.end ?? 0).trim();
    const notes = [before, after].filter((part) => part.length > 0);
    return { text, name, note: notes.length > 0 ? notes.join(' … ') : null, entry: draft.entry };
  }
}
