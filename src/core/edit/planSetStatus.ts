import type { EditPlan } from './editPlan';
import type { Status } from '../parse/statusSchema';
import type { Task, TaskTable } from '../table/model';
import type { CellEdit } from './cellPlan';
import { cellPlan } from './cellPlan';
import { emptyPlan } from './emptyPlan';
import { rectOf } from './editArea';
import { columnNumber } from '../table/address';
import { STATUS_LABELS } from '../summary/labels';
import { cleanText } from '../text/normalizeText';

/** What "Cập nhật kết quả" sets on the selected tasks. */
export type StatusEdit = {
  /** The new result text; written as text, whatever it starts with. */
  result: string;
  /** Written as its Vietnamese label into the status column, when the table has one. */
  status?: Status;
};

/**
 * Sets the result (and the status, when the table has a status column) of every task with a row
 * in the selection. A table without a result column gets a plan with no writes, for the pane to
 * say so. Cells that already read the same are left out.
 */
export function planSetStatus(
  table: TaskTable,
  rows: readonly number[],
  edit: StatusEdit,
): EditPlan {
  const resultColumn = columnOf(table.columns.result);
  if (resultColumn === null) return emptyPlan('set-status', table);
  const statusColumn = columnOf(table.columns.status);
  const result = cleanText(edit.result);
  const selected = new Set(rows);
  const cells: CellEdit[] = [];
  let taskCount = 0;
  for (const task of table.tasks) {
    if (!hasRowIn(task, selected)) continue;
    const edits = rewrite(task, task.cells.result, resultColumn, task.result, result);
    if (statusColumn !== null && edit.status !== undefined) {
      const label = STATUS_LABELS[edit.status];
      edits.push(...rewrite(task, task.cells.status, statusColumn, task.statusText, label));
    }
    if (edits.length > 0) taskCount += 1;
    cells.push(...edits);
  }
  return cellPlan('set-status', table, cells, taskCount);
}

function columnOf(letter: string | undefined): number | null {
  return letter === undefined ? null : columnNumber(letter);
}

function hasRowIn(task: Task, selected: ReadonlySet<number>): boolean {
  for (let row = task.row; row <= task.lastRow; row++) if (selected.has(row)) return true;
  return false;
}

/**
 * The writes that make a task's cell read `next`: the text in its first cell and, when the old
 * text may have spilled over continuation rows, those rows' cells emptied — else the reader would
 * join the leftovers to the new text. The reader does not say which of them held text, so each is
 * written and counted.
 */
function rewrite(
  task: Task,
  cell: string | undefined,
  column: number,
  current: string | null,
  next: string,
): CellEdit[] {
  if ((current ?? '') === next) return [];
  const firstRow = cell === undefined ? task.row : rectOf(cell).top;
  const edits: CellEdit[] = [{ row: firstRow, column, value: next }];
  if (current === null) return edits;
  for (let row = task.row; row <= task.lastRow; row++) {
    if (row !== firstRow) edits.push({ row, column, value: '' });
  }
  return edits;
}
