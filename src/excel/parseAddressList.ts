import type { RangeRef } from '../core/table/address';
import { columnNumber, parseRangeAddress } from '../core/table/address';

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * The areas of an address as Excel gives it (`RangeAreas.address`, `Range.address`):
 * "Sheet1!A1:B4, 'Phụ lục I'!D1:D4", whole columns "Sheet1!A:C", whole rows "Sheet1!3:5".
 * 1-based corners; null when any part is not an address.
 */
export function parseAddressList(address: string): RangeRef[] | null {
  const areas: RangeRef[] = [];
  for (const part of splitAreas(address)) {
    const area = parseArea(localPart(part));
    if (!area) return null;
    areas.push(area);
  }
  return areas.length > 0 ? areas : null;
}

/** The address without sheet names: "Sheet1!A1:B4, Sheet1!D1" → "A1:B4, D1". */
export function localAddress(address: string): string {
  return splitAreas(address)
    .map((part) => localPart(part).trim())
    .join(', ');
}

/** Splits on the commas between areas, not those inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts;
}

/** The part after the sheet name (a quoted name may contain "!"; the local part never does). */
function localPart(part: string): string {
  return part.slice(part.lastIndexOf('!') + 1);
}

function parseArea(local: string): RangeRef | null {
  const text = local.replace(/\$/g, '').trim();
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (columns?.[1] && columns[2]) {
    const a = columnNumber(columns[1]);
    const b = columnNumber(columns[2]);
    if (!a || !b) return null;
    return { top: 1, left: Math.min(a, b), bottom: MAX_ROWS, right: Math.max(a, b) };
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows?.[1] && rows[2]) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    if (a < 1 || b < 1) return null;
    return { top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: MAX_COLUMNS };
  }
  return parseRangeAddress(text);
}
