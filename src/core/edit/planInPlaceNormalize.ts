import type { EditPlan, EditValue, EditWrite } from './editPlan';
import type { Grid } from '../table/grid';
import type { TaskTable } from '../table/model';
import type { SheetSpec, SpecCell } from '../summary/sheetSpec';
import { NUMBER_FORMATS } from '../summary/sheetSpec';
import type { RangeRef } from '../table/address';
import {
  boundingRect,
  containsCell,
  intersects,
  rectAddress,
  rectOf,
  widenToMerges,
} from './editArea';
import { isUnchanged, valueAt } from './editValues';

/**
 * The normalised table written where the table is: its header on the table's header row (a
 * two-row header becomes one, the rest moving up), from the table's first column. The title lines
 * above stay as they are, so `spec.titles` is not written. Every cell of the old table outside the
 * new block is emptied, so no stale row is left below a shorter table, and every merged area the
 * plan touches is unmerged first. Rows take the number formats the sheet writers give each column
 * kind ("dd/mm/yyyy" for dates), so in place reads as the new sheet would; the header and the
 * emptied cells take "General".
 *
 * The spec's group-row merges and hidden columns are not recreated (the agency as written shows):
 * the plan writes values and number formats only, which the snapshot of `area` restores exactly
 * on undo; the headings read the same unmerged (their text spills over the empty cells beside
 * them).
 */
export function planInPlaceNormalize(table: TaskTable, grid: Grid, spec: SheetSpec): EditPlan {
  const old = rectOf(table.range);
  const block: RangeRef = {
    top: table.headerRow,
    left: old.left,
    bottom: table.headerRow + spec.rows.length,
    right: old.left + spec.columns.length - 1,
  };
  const area = widenToMerges(boundingRect([old, block]) ?? block, grid.merges);
  const headers: SpecCell[] = spec.columns.map((column) => column.header);
  const blockRows = [headers, ...spec.rows.map((row) => row.cells)];

  let cellCount = 0;
  const writes = coverOf(old, block).map((rect): EditWrite => {
    const values: EditValue[][] = [];
    const numberFormats: string[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const rowValues: EditValue[] = [];
      const rowFormats: string[] = [];
      for (let column = rect.left; column <= rect.right; column++) {
        const inBlock = containsCell(block, row, column);
        const index = column - block.left;
        const next = inBlock ? toEditValue(blockRows[row - block.top]?.[index] ?? null) : '';
        const kind = spec.columns[index]?.kind;
        rowValues.push(next);
        rowFormats.push(inBlock && row > block.top && kind ? NUMBER_FORMATS[kind] : 'General');
        if (!isUnchanged(valueAt(grid, row, column), next)) cellCount += 1;
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    return { address: rectAddress(rect), values, numberFormats };
  });
  return {
    kind: 'normalize',
    sheet: table.sheet,
    area: rectAddress(area),
    unmerge: grid.merges
      .filter((merge) => intersects(merge, area))
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map(rectAddress),
    writes,
    cellCount,
    taskCount: table.tasks.length,
  };
}

/**
 * The old table and the new block as rectangles that cover both and nothing else (both start at
 * the same corner): the rows they share, as wide as the wider; then the taller one's own rows.
 * Cells right of the old table below the new block are no part of either, and are left alone.
 */
function coverOf(old: RangeRef, block: RangeRef): RangeRef[] {
  const shared = Math.min(old.bottom, block.bottom);
  const taller = old.bottom > block.bottom ? old : block;
  const rects: RangeRef[] = [
    { top: old.top, left: old.left, bottom: shared, right: Math.max(old.right, block.right) },
  ];
  if (taller.bottom > shared) rects.push({ ...taller, top: shared + 1 });
  return rects;
}

/** An empty spec cell empties the sheet cell: the old value there must not survive. */
function toEditValue(cell: SpecCell): EditValue {
  return cell ?? '';
}
