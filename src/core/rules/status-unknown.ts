import type { Task, TaskTable } from '../table/model';
import { cleanLine } from '../text/normalizeText';
import type { Rule } from './ruleTypes';
import { taskCell } from './taskCell';
import { withoutExcelError } from '../table/cellError';

/** How much of the result a finding quotes. */
export const QUOTED_LENGTH = 80;

/**
 * A task whose status cannot be read from its result (or status) cell: the cell says something,
 * but not whether the task is done ("03 Bộ có điểm số trên 60 …"), says that nothing was reported
 * ("Chưa có báo cáo kết quả"), or is empty. The text is quoted (`text`, "" for an empty cell).
 * Empty and unreported results are reported too: in a progress report they are the tasks nobody
 * reported on, which the secretariat chases before the meeting (the summary counts them as
 * "Chưa rõ").
 *
 * Left alone: tables without a result or status column (assignment lists: NOT_REPORTED); tables
 * whose result and status columns are empty throughout (a register not reported on yet); rows of
 * one-hot tables ("Đã hoàn thành | Chưa hoàn thành" columns) without a mark and without a result
 * column, which have no cell to point at; a status or result cell showing an Excel error ("#N/A")
 * with nothing readable beside it: that is missing-value's `cell_error` (a broken status cell
 * leaves the result to read, and a finding about it points at the result cell).
 */
export const statusUnknown: Rule = {
  id: 'status-unknown',
  severity: 'info',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    if (table.columns.result === undefined && table.columns.status === undefined) return;
    if (!table.tasks.some((task) => statusSource(task) !== '')) return;
    for (const task of table.tasks) {
      if (task.status.status !== 'UNKNOWN') continue;
      if (statusFromError(task)) continue;
      const cell = sourceCell(table, task);
      if (cell === null) continue;
      ctx.report({ code: 'status_unknown', cell, params: { text: quote(statusSource(task)) } });
    }
  },
};

/** The text the status was read from: the status cell when it says something, else the result. */
function statusSource(task: Task): string {
  return cleanLine(withoutExcelError(task.statusText) ?? withoutExcelError(task.result) ?? '');
}

/** Nothing readable is left to take a status from, because a cell shows an Excel error. */
function statusFromError(task: Task): boolean {
  const broken = (text: string | null): boolean =>
    text !== null && withoutExcelError(text) === null;
  return (broken(task.statusText) || broken(task.result)) && statusSource(task) === '';
}

function sourceCell(table: TaskTable, task: Task): string | null {
  if (withoutExcelError(task.statusText) !== null) return taskCell(table, task, 'status');
  return taskCell(table, task, 'result') ?? taskCell(table, task, 'status');
}

/** The first `QUOTED_LENGTH` characters, bullets aside, cut at a word. */
function quote(cell: string): string {
  const text = cell.replace(/^[-–—+•*·\s]+/u, '');
  if (text.length <= QUOTED_LENGTH) return text;
  const cut = text.slice(0, QUOTED_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTED_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
