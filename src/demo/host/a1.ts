import type { RangeRef } from '../../core/table/address';
import { columnLetter, columnNumber } from '../../core/table/address';

/** Excel's grid: 1,048,576 rows by 16,384 columns (A–XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** One area of an A1 address, local ("B3", "$B$3:$F$10", "A:C", "3:5"); null when malformed. */
export function parseArea(text: string): RangeRef | null {
  const parts = text.replace(/\$/g, '').trim().split(':');
  if (parts.length > 2) return null;
  const [a = '', b = a] = parts;
  const cells = /^[A-Za-z]+\d+$/;
  const columns = /^[A-Za-z]+$/;
  const rows = /^\d+$/;
  let corners: [number, number, number, number] | null = null;
  if (cells.test(a) && cells.test(b)) {
    const start = parseCell(a);
    const end = parseCell(b);
    if (start && end) corners = [start[0], start[1], end[0], end[1]];
  } else if (parts.length === 2 && columns.test(a) && columns.test(b)) {
    const left = columnNumber(a);
    const right = columnNumber(b);
    if (left && right) corners = [1, left, MAX_ROWS, right];
  } else if (parts.length === 2 && rows.test(a) && rows.test(b)) {
    corners = [Number(a), 1, Number(b), MAX_COLUMNS];
  }
  if (!corners) return null;
  const [r1, c1, r2, c2] = corners;
  const area = {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
  const inside = area.top >= 1 && area.left >= 1 && area.bottom <= MAX_ROWS;
  return inside && area.right <= MAX_COLUMNS ? area : null;
}

function parseCell(text: string): [number, number] | null {
  const m = /^([A-Za-z]+)(\d+)$/.exec(text);
  const column = m?.[1] === undefined ? null : columnNumber(m[1]);
  const row = Number(m?.[2]);
  return column && row >= 1 ? [row, column] : null;
}

/**
 * A full address: areas separated by commas, each optionally prefixed by a sheet name, quoted
 * when needed ("'Phụ lục I'!A1:F86, 'Phụ lục I'!H2"). Null when any part is malformed.
 */
export function parseAddress(address: string): { sheet: string | null; areas: RangeRef[] } | null {
  let sheet: string | null = null;
  const areas: RangeRef[] = [];
  for (const part of splitOutsideQuotes(address, ',')) {
    const bang = part.lastIndexOf('!');
    if (bang >= 0) {
      const name = unquoteSheetName(part.slice(0, bang).trim());
      if (sheet !== null && sheet !== name) return null;
      sheet = name;
    }
    const area = parseArea(part.slice(bang + 1));
    if (!area) return null;
    areas.push(area);
  }
  return areas.length > 0 ? { sheet, areas } : null;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquoteSheetName(text: string): string {
  return text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}

/** A local address as Excel writes it: "B3", "B3:F10", "A:C" (whole columns), "3:5" (rows). */
export function formatArea(area: RangeRef): string {
  const wholeColumns = area.top === 1 && area.bottom === MAX_ROWS;
  const wholeRows = area.left === 1 && area.right === MAX_COLUMNS;
  if (wholeRows) return `${area.top}:${area.bottom}`;
  if (wholeColumns) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  const start = `${columnLetter(area.left)}${area.top}`;
  const end = `${columnLetter(area.right)}${area.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

/** "Sheet1!B3:F10", "'Phụ lục I'!B3": the sheet quoted as Excel does when it needs to be. */
export function formatAddress(sheet: string, area: RangeRef): string {
  return `${quoteSheetName(sheet)}!${formatArea(area)}`;
}

/** Excel quotes a sheet name unless it is a plain word that cannot be read as a reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name);
}
