import { findInvalidDates } from '../deadlines/findInvalidDates';
import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';

/**
 * A deadline whose text means nothing known. One that cannot be read because a date in it is
 * invalid or malformed ("30/2/2024", "15/8//2024") is invalid-date's: it is reported once, there.
 */
export const deadlineUnparsed: Rule = {
  id: 'deadline-unparsed',
  severity: 'warning',
  check({ table }, ctx) {
    if (table === null) return;
    for (const task of table.tasks) {
      if (task.deadline.kind !== 'unparsed') continue;
      if (findInvalidDates(task.deadlineText, 'deadline').length > 0) continue;
      ctx.report({
        code: 'deadline_unparsed',
        cell: cellFor(table, task, 'deadline'),
        params: { text: task.deadline.text },
      });
    }
  },
};
