import type { Deadline } from '../parse/deadlineSchema';
import {
  findStatedDeadlines,
  periodEndingOn,
  periodsAgree,
  type Period,
  type StatedDeadline,
} from '../deadlines/findStatedDeadlines';
import type { Rule } from './ruleTypes';
import { cellFor } from './deadlineCells';
import { analysisOf } from './tableAnalysis';

type DatedDeadline = Extract<Deadline, { kind: 'date' }>;

/** The periods the deadline cell names: the current one, and the original when revised. */
function cellPeriods(deadline: DatedDeadline): Period[] {
  const periods = [periodEndingOn(deadline.due, deadline.precision)];
  if (deadline.original) {
    periods.push(periodEndingOn(deadline.original.due, deadline.original.precision));
  }
  return periods;
}

/** 01/7/2024 written, 07/01/2024 in the cell (or a real Excel date 2024-01-07). */
function isSwapped(stated: StatedDeadline, deadline: DatedDeadline): boolean {
  if (stated.precision !== 'day' || deadline.precision !== 'day') return false;
  const [year, month, day] = deadline.due.split('-').map(Number);
  return (
    stated.day !== stated.month &&
    stated.year === year &&
    stated.day === month &&
    stated.month === day
  );
}

/**
 * The task text states its own deadline ("chậm nhất đến 01/7/2024", "hoàn thành trong tháng
 * 3/2024") and the deadline cell says otherwise, compared at the precision both give. Cited
 * documents' dates, starts and passing mentions are not the task's deadline (see
 * `findStatedDeadlines`); when the text states several, one that agrees is enough.
 */
export const deadlineTextMismatch: Rule = {
  id: 'deadline-text-mismatch',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const analysis = analysisOf(input, table, ctx);
    for (const task of table.tasks) {
      const deadline = task.deadline;
      if (deadline.kind !== 'date') continue;
      const stated = findStatedDeadlines(task.task, analysis.datesIn(task, 'task'));
      const [first] = stated;
      if (first === undefined) continue;
      const periods = cellPeriods(deadline);
      if (stated.some((s) => periods.some((p) => periodsAgree(s, p)))) continue;
      ctx.report({
        code: 'deadline_text_mismatch',
        cell: cellFor(table, task, 'deadline'),
        params: {
          stated: first.last,
          statedText: first.text,
          deadline: deadline.due,
          swapped: isSwapped(first, deadline),
        },
      });
    }
  },
};
