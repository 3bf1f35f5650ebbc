import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';

/**
 * A task without a deadline. A table with no deadline column does not track deadlines: its tasks
 * are left alone.
 */
export const deadlineMissing: Rule = {
  id: 'deadline-missing',
  severity: 'warning',
  check({ table }, ctx) {
    if (table?.columns.deadline === undefined) return;
    for (const task of table.tasks) {
      if (task.deadline.kind !== 'none') continue;
      ctx.report({ code: 'deadline_missing', cell: cellFor(table, task, 'deadline'), params: {} });
    }
  },
};
