import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';
import { excelErrorOf } from '../table/cellError';

/**
 * A task without a deadline. A table with no deadline column does not track deadlines: its tasks
 * are left alone. A deadline cell showing an Excel error ("#REF!") reads as no deadline, but one
 * was written: it is missing-value's `cell_error`.
 */
export const deadlineMissing: Rule = {
  id: 'deadline-missing',
  severity: 'warning',
  check({ table }, ctx) {
    if (table?.columns.deadline === undefined) return;
    for (const task of table.tasks) {
      if (task.deadline.kind !== 'none') continue;
      if (task.deadlineText !== null && excelErrorOf(task.deadlineText) !== null) continue;
      ctx.report({ code: 'deadline_missing', cell: cellFor(table, task, 'deadline'), params: {} });
    }
  },
};
