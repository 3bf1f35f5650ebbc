import type { Deadline, IsoDate } from '../parse/deadlineSchema';
import type { Status } from '../parse/statusSchema';

/** Statuses that close a task: its deadline can no longer be missed. */
const CLOSED: ReadonlySet<Status> = new Set<Status>(['DONE', 'MOSTLY_DONE', 'RECURRING']);

export type DeadlineAssessment =
  | { state: 'overdue'; daysLate: number }
  | { state: 'open'; daysLeft: number }
  | { state: 'closed' | 'undated' };

/**
 * Where a task stands against the report date: overdue when its deadline (a month's end for a
 * month) is before `asOf` and it is not done; recurring and conditional deadlines never are.
 */
export function assessDeadline(
  deadline: Deadline,
  status: Status,
  asOf: IsoDate,
): DeadlineAssessment {
  if (deadline.kind !== 'date') return { state: 'undated' };
  if (CLOSED.has(status)) return { state: 'closed' };
  const days = daysBetween(deadline.due, asOf);
  return days > 0 ? { state: 'overdue', daysLate: days } : { state: 'open', daysLeft: -days };
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoToUtc(to) - isoToUtc(from)) / 86_400_000);
}

function isoToUtc(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
