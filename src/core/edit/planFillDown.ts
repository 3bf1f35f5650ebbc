import type { EditPlan, EditValue, EditWrite } from './editPlan';
import type { Grid, MergeArea } from '../table/grid';
import type { TaskTable } from '../table/model';
import { boundingRect, rectAddress } from './editArea';
import { isBlank, isUnchanged, valueAt } from './editValues';
import { emptyPlan } from './emptyPlan';
import { columnNumber } from '../table/address';

/**
 * Fills merged agency cells down: a lead or partners cell merged over several tasks, with a row
 * in the selection, is unmerged and its value written into the cell of each task it covered, so
 * every task names its agency (and is counted for it). Only task first rows get the value:
 * continuation rows stay empty, or the reader would join the agency to itself, and heading rows
 * are never written. A merge is unmerged whole, so tasks it covers outside the selection get the
 * value too. Merges starting above the first task, or holding nothing, are left alone.
 */
export function planFillDown(table: TaskTable, grid: Grid, rows: readonly number[]): EditPlan {
  const columns = new Set(
    [table.columns.lead, table.columns.partners].flatMap((letter) => {
      const column = letter === undefined ? null : columnNumber(letter);
      return column === null ? [] : [column];
    }),
  );
  const taskRowOf = new Map<number, number>();
  for (const task of table.tasks) {
    for (let row = task.row; row <= task.lastRow; row++) taskRowOf.set(row, task.row);
  }
  const selected = new Set(rows);
  const merges = grid.merges
    .filter(
      (merge) =>
        merge.bottom > merge.top &&
        columns.has(merge.left) &&
        taskRowOf.has(merge.top) &&
        rowsOf(merge).some((row) => selected.has(row) && taskRowOf.has(row)) &&
        !isBlank(valueAt(grid, merge.top, merge.left)),
    )
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const area = boundingRect(merges);
  if (area === null) return emptyPlan('fill-down', table);

  const writes: EditWrite[] = [];
  const tasks = new Set<number>();
  let cellCount = 0;
  for (const merge of merges) {
    const value = valueAt(grid, merge.top, merge.left);
    const values = rowsOf(merge).map((row): EditValue => {
      if (taskRowOf.get(row) === row) return value;
      // The value moves off a continuation row that the merge started on.
      return row === merge.top ? '' : null;
    });
    values.forEach((next, index) => {
      const row = merge.top + index;
      if (!isUnchanged(valueAt(grid, row, merge.left), next)) cellCount += 1;
      if (taskRowOf.get(row) === row) tasks.add(row);
    });
    writes.push({
      address: rectAddress({ ...merge, right: merge.left }),
      values: values.map((next) => [next]),
    });
  }
  return {
    kind: 'fill-down',
    sheet: table.sheet,
    area: rectAddress(area),
    unmerge: merges.map(rectAddress),
    writes,
    cellCount,
    taskCount: tasks.size,
  };
}

function rowsOf(merge: MergeArea): number[] {
  return Array.from({ length: merge.bottom - merge.top + 1 }, (_, index) => merge.top + index);
}
