import { foldCase } from './foldCase';

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/** The name of a sheet whose wanted name has nothing left once made valid. */
const FALLBACK = 'Trang';

/** Excel keeps this name for itself (the change history sheet). */
const RESERVED = 'history';

/**
 * Makes each wanted name a valid sheet name, unique among the wanted ones and apart from `taken`
 * (Excel compares names case-insensitively), by appending " (2)", " (3)" … and shortening the
 * base to stay within 31 characters. Order is kept: the first claimant keeps the plain name.
 */
export function assignSheetNames(wanted: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map(foldCase));
  return wanted.map((name) => {
    const base = validSheetName(name);
    let candidate = base;
    for (let n = 2; used.has(foldCase(candidate)) || foldCase(candidate) === RESERVED; n++) {
      const suffix = ` (${String(n)})`;
      const head = shorten(base, SHEET_NAME_MAX - suffix.length);
      candidate = `${head === '' ? FALLBACK : head}${suffix}`;
    }
    used.add(foldCase(candidate));
    return candidate;
  });
}

/** A name Excel accepts: forbidden characters become spaces, ≤ 31 characters, never blank. */
export function validSheetName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    // Apostrophes and spaces alternate in ":'a" once ":" becomes a space: strip them together.
    .replace(/^[\s']+|[\s']+$/g, '');
  const short = shorten(cleaned, SHEET_NAME_MAX);
  return short === '' ? FALLBACK : short;
}

/**
 * Cuts at a word boundary when one is near, so "UBND thành phố Hồ Chí Minh" stays readable.
 * Lengths are UTF-16 units, as Excel and the sheet contract count them; a character outside the
 * Basic Plane (an emoji) takes two and is never split.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max) break;
    cut += char;
  }
  const space = cut.lastIndexOf(' ');
  const kept = space >= max * 0.6 ? cut.slice(0, space) : cut;
  return kept.replace(/[\s,.;'–-]+$/u, '');
}
