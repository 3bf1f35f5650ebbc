import type { Task } from '../table/model';
import { excelErrorOf, findCellErrors } from '../table/cellError';
import type { Rule } from './ruleTypes';
import { sttKind } from './sttKind';
import { taskCell } from './taskCell';

/**
 * A task row without task text, or without a lead agency when the table has a lead column; one
 * finding per missing value. A role cell showing an Excel error ("#N/A", "#REF!") has no value
 * either: it is reported as `cell_error` (severity error: a formula is broken), once, and the
 * value it stands for is not asked for again. The STT cell is stt-sequence's, which quotes it.
 *
 * Left alone:
 * - the lead of a sub-item ("1.1", "a", "-") under a numbered task that names one: it inherits
 *   its parent's lead;
 * - the lead of a parent task whose sub-items name theirs (the parent is a heading of its own);
 * - the lead of a row that holds nothing but its STT: the row is a stray, and its missing text
 *   is reported already;
 * - tables without a lead column (nothing could be written there).
 */
export const missingValue: Rule = {
  id: 'missing-value',
  severity: 'warning',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const hasLeadColumn = table.columns.lead !== undefined;
    const parents = findParents(table.tasks);
    table.tasks.forEach((task, index) => {
      for (const { role, error } of findCellErrors(task)) {
        const cell = taskCell(table, task, role);
        if (cell === null) continue;
        ctx.report({ code: 'cell_error', cell, params: { role, error }, severity: 'error' });
      }
      const noText = task.task.trim() === '';
      if (noText) {
        const cell = taskCell(table, task, 'task');
        if (cell !== null) ctx.report({ code: 'missing_task_text', cell, params: {} });
      }
      if (!hasLeadColumn || hasLead(task)) return;
      if (noText && isStray(task)) return;
      if (parents[index]?.leadKnown === true) return;
      const cell = taskCell(table, task, 'lead');
      if (cell !== null) ctx.report({ code: 'missing_agency', cell, params: {} });
    });
  },
};

type Family = { kind: 'parent' | 'sub-item'; leadKnown: boolean };

/**
 * Parents and sub-items: a numbered task followed by sub-items. For a sub-item, `leadKnown` says
 * its parent names a lead; for a parent, that every one of its sub-items does.
 */
function findParents(tasks: readonly Task[]): (Family | undefined)[] {
  const out: (Family | undefined)[] = [];
  let parent: { index: number; children: number[] } | null = null;
  const close = (): void => {
    if (parent === null || parent.children.length === 0) return;
    const parentTask = tasks[parent.index];
    const parentLead = parentTask !== undefined && hasLead(parentTask);
    const childrenLead = parent.children.every((i) => {
      const child = tasks[i];
      return child !== undefined && hasLead(child);
    });
    out[parent.index] = { kind: 'parent', leadKnown: childrenLead };
    for (const i of parent.children) out[i] = { kind: 'sub-item', leadKnown: parentLead };
  };
  tasks.forEach((task, index) => {
    const kind = task.stt === null ? null : sttKind(task.stt).kind;
    if (kind === 'number' || kind === null) {
      close();
      parent = kind === 'number' ? { index, children: [] } : null;
    } else if (kind === 'sub-item' && parent !== null) {
      parent.children.push(index);
    } else {
      close();
      parent = null;
    }
  });
  close();
  return out;
}

/** A lead is written, even one Excel shows as an error (that cell is reported as cell_error). */
function hasLead(task: Task): boolean {
  return task.lead.length > 0 || (task.leadText !== null && excelErrorOf(task.leadText) !== null);
}

/** A row with nothing in it but its STT. */
function isStray(task: Task): boolean {
  return (
    task.directive === null &&
    task.leadText === null &&
    task.partnersText === null &&
    task.deadlineText === null &&
    task.result === null &&
    task.statusText === null &&
    task.note === null &&
    task.extra.length === 0
  );
}
