import type { IsoDate } from '../parse/deadlineSchema';
import type { Task } from '../table/model';
import type { SummaryTask } from './aggregateByAgency';
import { carriedOverLine, leadAndPartnersText, revisedDeadlineLine } from './labels';

/*
 * Cell texts built from a task. The user's texts are passed on exactly as the table holds them,
 * even when they start with "=", "+", "-" or "@": the writers put every string in as text.
 */

/**
 * The deadline as written; a real date cell is read as its serial number, so that one shows as
 * the date it stands for.
 */
export function deadlineShown(task: Task): string | null {
  const { deadline, deadlineText } = task;
  if (deadline.kind === 'date' && deadlineText !== null && /^\d+(?:\.\d+)?$/.test(deadlineText)) {
    return deadline.text;
  }
  return deadlineText;
}

/**
 * The deadline as written, then what the late days are counted from when that is not plain: the
 * original of a revised deadline, or the year a carried-over task was left from.
 */
export function deadlineWithBasis({ task, assessment }: SummaryTask): string | null {
  const lines: string[] = [];
  const shown = deadlineShown(task);
  if (shown !== null && shown !== '') lines.push(shown);
  if (task.deadline.kind === 'date' && task.deadline.original) {
    lines.push(revisedDeadlineLine(task.deadline.original.due, task.deadline.due));
  }
  if (assessment.state === 'overdue' && assessment.carriedFrom !== null) {
    lines.push(carriedOverLine(assessment.carriedFrom, assessment.due));
  }
  return lines.length === 0 ? null : lines.join('\n');
}

/** The day a task is judged against: the assessment's, else a dated deadline's. */
export function dueDate({ task, assessment }: SummaryTask): IsoDate | null {
  switch (assessment.state) {
    case 'overdue':
    case 'open':
    case 'completed-late':
      return assessment.due;
    case 'closed':
    case 'undated':
      return task.deadline.kind === 'date' ? task.deadline.due : null;
  }
}

/** "Đơn vị thực hiện": the lead as written, and the partners when the table names them apart. */
export function agenciesText(task: Task): string | null {
  const lead = task.leadText ?? task.lead.map((ref) => ref.name).join(', ');
  if (task.partnersText !== null && task.partnersText !== '') {
    return leadAndPartnersText(lead, task.partnersText);
  }
  return lead === '' ? null : lead;
}
