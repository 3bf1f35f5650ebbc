import { findInvalidDates } from '../deadlines/findInvalidDates';
import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';
import { roleText, TEXT_ROLES } from '../table/roleText';
import { analysisOf } from './tableAnalysis';

/**
 * Every date written in a task's cells that cannot exist or is mistyped, at its cell. Two-digit
 * years are tolerated outside the deadline cell (see `findInvalidDates`).
 */
export const invalidDate: Rule = {
  id: 'invalid-date',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const analysis = analysisOf(input, table, ctx);
    for (const task of table.tasks) {
      for (const column of TEXT_ROLES) {
        const text = roleText(task, column);
        const tokens = analysis.datesIn(task, column);
        for (const { text: written, problem } of findInvalidDates(text, column, tokens)) {
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
