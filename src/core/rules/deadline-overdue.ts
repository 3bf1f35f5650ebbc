import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';
import { analysisOf } from './tableAnalysis';

/**
 * The missed deadlines as of the report date (the decision is `assessTask`'s, shared with the JSON
 * report): overdue tasks, tasks carried over from a past year and still not done (reported as
 * such instead), and, as information, done tasks whose result dates the completion after the
 * deadline.
 */
export const deadlineOverdue: Rule = {
  id: 'deadline-overdue',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const analysis = analysisOf(input, table, ctx);
    for (const task of table.tasks) {
      const assessment = analysis.assessment(task);
      const cell = cellFor(table, task, 'deadline');
      const status = task.status.status;
      if (assessment.state === 'overdue') {
        const { due, daysLate, original, carriedFrom } = assessment;
        if (carriedFrom === null) {
          ctx.report({
            code: 'deadline_overdue',
            cell,
            params: { due, daysLate, status, original },
          });
        } else {
          ctx.report({
            code: 'deadline_overdue_carried',
            cell,
            params: { year: carriedFrom, due, daysLate, status },
          });
        }
      } else if (assessment.state === 'completed-late') {
        const { due, doneOn, daysLate } = assessment;
        ctx.report({
          code: 'deadline_completed_late',
          cell,
          params: { due, doneOn, daysLate },
          severity: 'info',
        });
      }
    }
  },
};
