import type { Deadline, IsoDate } from '../parse/deadlineSchema';
import type { Status } from '../parse/statusSchema';
import type { Task } from '../table/model';
import { diffDays } from '../parse/calendar';
import { findCarriedOverYear } from './findCarriedOverYear';
import { findCompletionDate } from './findCompletionDate';

/** Statuses that close a task: its deadline can no longer be missed. */
const CLOSED: ReadonlySet<Status> = new Set<Status>(['DONE', 'MOSTLY_DONE', 'RECURRING']);
/** Statuses that say the work is done (a carried-over task is late unless one of these). */
const DONE: ReadonlySet<Status> = new Set<Status>(['DONE', 'MOSTLY_DONE']);

/**
 * Where a task stands against the report date.
 * - overdue: due before `asOf` and not closed; `carriedFrom` when the task says it is left over
 *   from that year ("nhiệm vụ chưa hoàn thành từ năm 2022"), then `due` is that year's end (or the
 *   deadline, when earlier); `original` is the first of a revised deadline.
 * - completed-late: done, but the result dates the completion after `due`.
 * - open: dated, not closed, due on or after `asOf`.
 * - closed: done (on time, or with no date to tell) or recurring; undated: no date to judge by.
 */
export type DeadlineAssessment =
  | {
      state: 'overdue';
      due: IsoDate;
      daysLate: number;
      original: IsoDate | null;
      carriedFrom: number | null;
    }
  | { state: 'completed-late'; due: IsoDate; doneOn: IsoDate; daysLate: number }
  | { state: 'open'; due: IsoDate; daysLeft: number }
  | { state: 'closed' | 'undated' };

/** What a task's assessment reads: its deadline, status, and the texts that may qualify them. */
export type AssessedTask = Pick<Task, 'deadline' | 'status' | 'task' | 'result' | 'note'>;

/**
 * The one decision on a task's deadline, shared by the rules (deadline-overdue, deadline-due-soon)
 * and the JSON report (`overdue`, `daysLate`): its deadline and status, then the carry-over and
 * completion evidence of its texts.
 */
export function assessTask(task: AssessedTask, asOf: IsoDate): DeadlineAssessment {
  const status = task.status.status;
  const onDeadline = assessDeadline(task.deadline, status, asOf);
  if (!DONE.has(status)) {
    const carried = findCarriedOverYear([task.task, task.result, task.note], yearOf(asOf));
    if (carried !== null) {
      const yearEnd = `${String(carried)}-12-31`;
      const dated = task.deadline.kind === 'date' ? task.deadline.due : null;
      const due = dated !== null && dated < yearEnd ? dated : yearEnd;
      return {
        state: 'overdue',
        due,
        daysLate: daysBetween(due, asOf),
        original: null,
        carriedFrom: carried,
      };
    }
    return onDeadline;
  }
  if (task.deadline.kind !== 'date') return onDeadline;
  const due = task.deadline.due;
  const doneOn = findCompletionDate(task.result, asOf);
  if (doneOn === null || doneOn <= due) return onDeadline;
  return { state: 'completed-late', due, doneOn, daysLate: daysBetween(due, doneOn) };
}

/**
 * Where a deadline stands against the report date, by itself: overdue when it is dated (a month's
 * end for a month, the revised date when revised) before `asOf` and the status does not close it;
 * recurring, conditional, missing and unread deadlines never are. Tasks go through `assessTask`,
 * which adds what their texts say.
 */
export function assessDeadline(
  deadline: Deadline,
  status: Status,
  asOf: IsoDate,
): DeadlineAssessment {
  if (deadline.kind !== 'date') return { state: 'undated' };
  if (CLOSED.has(status)) return { state: 'closed' };
  const due = deadline.due;
  const daysLate = daysBetween(due, asOf);
  if (daysLate <= 0) return { state: 'open', due, daysLeft: daysBetween(asOf, due) };
  const original = deadline.original?.due ?? null;
  return { state: 'overdue', due, daysLate, original, carriedFrom: null };
}

/** Whole days from `from` to `to` (positive when `to` is later); both are checked ISO dates. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const days = diffDays(from, to);
  // Report dates are validated where they come in (CLI, pane) and deadlines are parsed dates.
  if (days === null) throw new Error(`not a calendar date: ${from} or ${to}`);
  return days;
}

function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}
