import { foldForMatch } from '../text/normalizeText';
import { toNumber } from '../text/parseNumber';

/** Section labels are capital letters (A, B, C …); I, V and X are left to groups. */
const SECTION_LABEL = /^([A-HJ-UWYZ])$/;
/** Group labels are Roman numerals (I … XXXIX). */
const GROUP_LABEL = /^(X{0,3}(?:IX|IV|V?I{0,3}))$/;

export type HeadingLabel = { level: 'section' | 'group'; label: string; title: string };

/** Strips the marks pasted headings carry: markdown "####", bullets, bold asterisks. */
function stripHeadingMarks(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/^\*+|\*+$/g, '')
    .trim();
}

/**
 * Reads "A.", "II", "I:", "B. NHIỆM VỤ …", "PHẦN A" as a heading label, with the rest of the text as
 * its title. Returns null for anything else (a row number, a sentence).
 */
export function parseHeadingLabel(text: string): HeadingLabel | null {
  const cleaned = stripHeadingMarks(text);
  const m = /^(?:[Pp][Hh][AaẦầ][Nn]\s+)?([A-Z]{1,6})\s*([.:)]|\s|$)\s*(.*)$/su.exec(cleaned);
  if (!m?.[1]) return null;
  const label = m[1];
  const title = (m[3] ?? '').trim();
  if (SECTION_LABEL.test(label)) return { level: 'section', label, title };
  if (GROUP_LABEL.test(label)) return { level: 'group', label, title };
  return null;
}

/** A row number as written: "1", "1.", "01", "1)", "1.2", "a)"; null when it is not one. */
export function parseRowNumber(text: string): string | null {
  const t = text.trim();
  if (/^\d{1,5}(\.\d{1,3})*[.)]?$/.test(t)) return t.replace(/[.)]$/, '');
  if (/^[a-zđ][.)]$/.test(t)) return t.slice(0, 1);
  return null;
}

/** The numeric value of a row number ("01" → 1), null for "1.2" or letters. */
export function rowNumberValue(stt: string): number | null {
  return /^\d+$/.test(stt) ? toNumber(stt) : null;
}

/** "(03 nhiệm vụ)" / "(10 nhiệm vụ)" in a heading → 3 / 10. */
export function statedTaskCount(title: string): number | null {
  const m = /\(\s*(\d{1,4})\s*nhiem vu\s*\)/.exec(foldForMatch(title));
  return m?.[1] ? Number(m[1]) : null;
}

/** "Tổng", "Tổng cộng", "Cộng": a totals row, not a task. */
export function isTotalLabel(text: string): boolean {
  return /^(tong cong|tong so|tong|cong)(\s*[:.]|\s+\d|$)/.test(foldForMatch(text));
}
