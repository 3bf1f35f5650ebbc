import type { EditKind, EditPlan } from './editPlan';
import type { TaskTable } from '../table/model';
import { rectOf } from './editArea';
import { cellAddress } from '../table/address';

/**
 * A plan that changes nothing (the table lacks the column, or every cell already reads right), so
 * the pane can say so instead of catching an error. Its area is the table's first cell: the
 * schema wants one, and it is the smallest that says which table was meant.
 */
export function emptyPlan(kind: EditKind, table: TaskTable): EditPlan {
  const range = rectOf(table.range);
  return {
    kind,
    sheet: table.sheet,
    area: cellAddress(range.top, range.left),
    unmerge: [],
    writes: [],
    cellCount: 0,
    taskCount: 0,
  };
}
