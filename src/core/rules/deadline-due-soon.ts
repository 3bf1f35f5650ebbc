import { assessTask } from '../deadlines/assessDeadline';
import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';

/** Dated tasks, not closed, due from the report date (0 days left) to `dueSoonDays` after it. */
export const deadlineDueSoon: Rule = {
  id: 'deadline-due-soon',
  severity: 'warning',
  check({ table }, ctx) {
    if (table === null) return;
    for (const task of table.tasks) {
      const assessment = assessTask(task, ctx.asOf);
      if (assessment.state !== 'open' || assessment.daysLeft > ctx.dueSoonDays) continue;
      ctx.report({
        code: 'deadline_due_soon',
        cell: cellFor(table, task, 'deadline'),
        params: { due: assessment.due, daysLeft: assessment.daysLeft, status: task.status.status },
      });
    }
  },
};
