import { findInvalidDates } from '../deadlines/findInvalidDates';
import type { ColumnRole, Task } from '../table/model';
import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';

/** The text each role of a task holds. */
function textsOf(task: Task): [ColumnRole, string | null][] {
  return [
    ['task', task.task],
    ['directive', task.directive],
    ['lead', task.leadText],
    ['partners', task.partnersText],
    ['deadline', task.deadlineText],
    ['result', task.result],
    ['status', task.statusText],
    ['note', task.note],
  ];
}

/**
 * Every date written in a task's cells that cannot exist or is mistyped, at its cell. Two-digit
 * years are tolerated outside the deadline cell (see `findInvalidDates`).
 */
export const invalidDate: Rule = {
  id: 'invalid-date',
  severity: 'error',
  check({ table }, ctx) {
    if (table === null) return;
    for (const task of table.tasks) {
      for (const [column, text] of textsOf(task)) {
        for (const { text: written, problem } of findInvalidDates(text, column)) {
          ctx.report({
            code: 'invalid_date',
            cell: cellFor(table, task, column),
            params: { text: written, problem, column },
          });
        }
      }
    }
  },
};
