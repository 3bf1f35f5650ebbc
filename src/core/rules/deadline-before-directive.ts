import { findDirectiveDates, type DirectiveDate } from '../deadlines/findDirectiveDates';
import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';
import { analysisOf } from './tableAnalysis';

/**
 * A deadline before the date of the document that assigned the task ("Trước ngày 10/9/2022" for a
 * task of a notice dated 11/9/2022). The documents come from the directive column, or, in a table
 * without one, from the documents the task text cites. When several are cited, the EARLIEST is
 * the assignment: the later ones are the reminders and follow-up notices that repeat a task
 * (report 230 lists "Chỉ thị 05 ngày 23/2/2023; … Nghị quyết 185 ngày 07/11/2023" for a task due
 * 6/2023) — a deadline before a reminder is no error, one before every document is.
 */
export const deadlineBeforeDirective: Rule = {
  id: 'deadline-before-directive',
  severity: 'warning',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const analysis = analysisOf(input, table, ctx);
    const hasDirectiveColumn = table.columns.directive !== undefined;
    for (const task of table.tasks) {
      const deadline = task.deadline;
      if (deadline.kind !== 'date') continue;
      const documents = hasDirectiveColumn
        ? findDirectiveDates(task.directive, {}, analysis.datesIn(task, 'directive'))
        : findDirectiveDates(task.task, { citationsOnly: true }, analysis.datesIn(task, 'task'));
      const assigning = documents.reduce<DirectiveDate | null>(
        (earliest, doc) => (earliest === null || doc.date < earliest.date ? doc : earliest),
        null,
      );
      if (assigning === null || deadline.due >= assigning.date) continue;
      ctx.report({
        code: 'deadline_before_directive',
        cell: cellFor(table, task, 'deadline'),
        params: { due: deadline.due, directiveDate: assigning.date, document: assigning.document },
      });
    }
  },
};
