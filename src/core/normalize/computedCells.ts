import type { Task } from '../table/model';
import type { IsoDate } from '../parse/deadlineSchema';
import type { SpecCell } from '../summary/sheetSpec';
import { STATUS_LABELS } from '../summary/labels';
import { assessTask } from '../deadlines/assessDeadline';
import { formatIsoDate } from '../i18n/formatIsoDate';
import type { RowValues } from './normalizedColumns';
import type { Normalizing } from './normalizing';
import { roleCell, textOf } from './normalizing';
import type { DerivedColumn } from './sourceTable';

/**
 * The computed cells of a task's first row: the due date (the revised one when revised), the
 * status read from the result, the days late. A change is logged where the cell differs from
 * what an earlier normalisation wrote there, or, the first time, for each date, status and
 * lateness added.
 */
export function addComputedCells(
  { source, on, report }: Normalizing,
  task: Task,
  values: RowValues,
  deadline: SpecCell,
  asOf: IsoDate,
): void {
  const earlier = (which: DerivedColumn): string | null => {
    const column = source.derived[which];
    return column === undefined ? null : source.cell(task.row, column).clean;
  };
  if (on('deadline-date') && source.roles.deadline !== undefined) {
    const due = task.deadline.kind === 'date' ? task.deadline.due : null;
    values.set('derived:due', due === null ? null : { date: due });
    const after = due === null ? '' : formatIsoDate(due);
    const before = earlier('due');
    if (before === null ? due !== null : before !== after) {
      const cell = roleCell(source, task, 'deadline');
      report('deadline-date', task, cell, before ?? textOf(deadline), after);
    }
  }
  if (on('status')) {
    const label = STATUS_LABELS[task.status.status];
    values.set('derived:status', label);
    const before = earlier('status') ?? '';
    const cell = roleCell(source, task, 'result') ?? roleCell(source, task, 'status');
    if (before !== label) report('status', task, cell, before, label);
  }
  if (on('overdue')) {
    const assessment = assessTask(task, asOf);
    const days = assessment.state === 'overdue' ? assessment.daysLate : null;
    values.set('derived:overdue', days);
    const after = days === null ? '' : String(days);
    const before = earlier('overdue') ?? '';
    if (before !== after)
      report('overdue', task, roleCell(source, task, 'deadline'), before, after);
  }
}
