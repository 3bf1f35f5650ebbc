import type { EditKind, EditPlan, EditValue } from './editPlan';
import type { TaskTable } from '../table/model';
import { boundingRect, rectAddress } from './editArea';
import { cellAddress } from '../table/address';
import { emptyPlan } from './emptyPlan';

/** One cell to write, 1-based sheet coordinates. */
export type CellEdit = { row: number; column: number; value: EditValue };

/**
 * A plan of single-cell writes (every cell in it changes), in sheet order: one write per cell
 * keeps cells between them, which the plan does not mean to touch, out of the writes.
 */
export function cellPlan(
  kind: EditKind,
  table: TaskTable,
  cells: readonly CellEdit[],
  taskCount: number,
): EditPlan {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const area = boundingRect(
    sorted.map(({ row, column }) => ({ top: row, left: column, bottom: row, right: column })),
  );
  if (area === null) return emptyPlan(kind, table);
  return {
    kind,
    sheet: table.sheet,
    area: rectAddress(area),
    unmerge: [],
    writes: sorted.map(({ row, column, value }) => ({
      address: cellAddress(row, column),
      values: [[value]],
    })),
    cellCount: sorted.length,
    taskCount,
  };
}
