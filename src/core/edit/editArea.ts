import type { RangeRef } from '../table/address';
import { parseRangeAddress, rangeAddress } from '../table/address';
import type { MergeArea } from '../table/grid';

/** The smallest rectangle holding every given one; null for none. */
export function boundingRect(rects: readonly RangeRef[]): RangeRef | null {
  const [first, ...rest] = rects;
  if (first === undefined) return null;
  return rest.reduce(
    (box, rect) => ({
      top: Math.min(box.top, rect.top),
      left: Math.min(box.left, rect.left),
      bottom: Math.max(box.bottom, rect.bottom),
      right: Math.max(box.right, rect.right),
    }),
    first,
  );
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function containsCell(rect: RangeRef, row: number, column: number): boolean {
  return rect.top <= row && row <= rect.bottom && rect.left <= column && column <= rect.right;
}

/**
 * The rectangle grown until no merged area sticks out of it: Excel unmerges whole areas only,
 * and the snapshot taken for undo must hold each one entirely.
 */
export function widenToMerges(rect: RangeRef, merges: readonly MergeArea[]): RangeRef {
  let area = rect;
  for (;;) {
    const grown = boundingRect([area, ...merges.filter((merge) => intersects(merge, area))]);
    if (grown === null || sameRect(grown, area)) return area;
    area = grown;
  }
}

function sameRect(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function rectAddress(rect: RangeRef): string {
  return rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
}

/** A rectangle from an address the reader wrote; a malformed one is a broken invariant. */
export function rectOf(address: string): RangeRef {
  const rect = parseRangeAddress(address);
  if (rect === null) throw new Error(`not an A1 range: ${address}`);
  return rect;
}
