import type { ColumnRole, Task, TaskTable } from '../table/model';

/**
 * The address of a task's value in a column: the cell it was read from, or the column's cell on
 * the task's first row when that cell was empty. Null when the table has no such column.
 */
export function taskCell(table: TaskTable, task: Task, role: ColumnRole): string | null {
  const cell = task.cells[role];
  if (cell !== undefined) return cell;
  const column = table.columns[role];
  return column === undefined ? null : `${column}${task.row}`;
}

/** Where a task's status was written: its status cell, else its result cell, else its task cell. */
export function statusCell(table: TaskTable, task: Task): string | null {
  return task.statusText !== null
    ? taskCell(table, task, 'status')
    : (taskCell(table, task, 'result') ?? taskCell(table, task, 'task'));
}
