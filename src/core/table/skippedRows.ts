import { headerKey } from './headerKey';

/*
 * Rows the reader skips inside a table, judged on the cleaned texts of a row's filled cells. One
 * home for the tests, so that whatever re-reads a table's rows (normalisation) skips the same.
 */

/** An empty-looking row: "-----", "* * *". */
export function isSeparatorText(text: string): boolean {
  return /^[-–—_=.*\s]+$/.test(text);
}

/** The column numbers under a header: "1 | 2 | 3 | 4" or "(1) | (2) | (3)", three at least. */
export function isColumnNumbering(texts: readonly string[]): boolean {
  if (texts.length < 3) return false;
  let expected: number | null = null;
  for (const text of texts) {
    const m = /^\(?(\d{1,2})\)?$/.exec(text);
    if (!m?.[1]) return false;
    const n = Number(m[1]);
    if (expected !== null && n !== expected) return false;
    expected = n + 1;
  }
  return true;
}

/**
 * The header repeated at a page break: two cells at least, each its column's header. A caller
 * testing many rows passes each header's `headerKey`, so it is not folded again per row.
 */
export function isHeaderRepeat(
  cells: readonly { text: string; header: string; headerKey?: string }[],
): boolean {
  // Every cell must match, so the first that does not settles it (on most rows: the STT cell).
  if (cells.length < 2) return false;
  for (const cell of cells) {
    const key = headerKey(cell.text);
    if (!key || key !== (cell.headerKey ?? headerKey(cell.header))) return false;
  }
  return true;
}
