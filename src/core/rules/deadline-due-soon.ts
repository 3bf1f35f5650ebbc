import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';
import { analysisOf } from './tableAnalysis';

/** Dated tasks, not closed, due from the report date (0 days left) to `dueSoonDays` after it. */
export const deadlineDueSoon: Rule = {
  id: 'deadline-due-soon',
  severity: 'warning',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const analysis = analysisOf(input, table, ctx);
    for (const task of table.tasks) {
      const assessment = analysis.assessment(task);
      if (assessment.state !== 'open' || assessment.daysLeft > ctx.dueSoonDays) continue;
      ctx.report({
        code: 'deadline_due_soon',
        cell: cellFor(table, task, 'deadline'),
        params: { due: assessment.due, daysLeft: assessment.daysLeft, status: task.status.status },
      });
    }
  },
};
