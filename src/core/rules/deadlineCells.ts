import { cellAddress } from '../table/address';
import type { ColumnRole, Task, TaskTable } from '../table/model';
import { taskCell } from './taskCell';

/**
 * Where a deadline-family finding about a task's `role` points: that column's cell on the task's
 * row, else its task text cell, else the first cell of its row.
 */
export function cellFor(table: TaskTable, task: Task, role: ColumnRole): string {
  return taskCell(table, task, role) ?? taskCell(table, task, 'task') ?? cellAddress(task.row, 1);
}
