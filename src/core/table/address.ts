/** A1 addresses for 1-based sheet rows and columns. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "AA" → 27; null when not letters. */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (3, 2) → "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "B3:F10" from two corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export type CellRef = { row: number; column: number };
export type RangeRef = { top: number; left: number; bottom: number; right: number };

/** Parses "B3", "$B$3", "Sheet1!B3:C4" or "'Trang 1'!B3" into 1-based corners. */
export function parseRangeAddress(address: string): RangeRef | null {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const [a, b] = local.split(':');
  const start = a === undefined ? null : parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

function parseCell(text: string): CellRef | null {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const column = columnNumber(m[1]);
  const row = Number(m[2]);
  return column && row > 0 ? { row, column } : null;
}
