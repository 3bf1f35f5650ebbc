import type { CellValue } from './grid';
import type { Task } from './model';
import type { Deadline, IsoDate } from '../parse/deadlineSchema';
import type { Status, StatusReading } from '../parse/statusSchema';
import type { AgencyRef } from '../parse/agencySchema';
import { parseDeadline } from '../parse/parseDeadline';
import { parseStatus } from '../parse/parseStatus';
import { parseAgencies } from '../parse/parseAgencies';
import { withoutExcelError } from './cellError';

export type InterpretInput = {
  /** The deadline cell's raw value (a date serial stays a number). */
  deadlineValue: CellValue;
  deadlineFormat: string;
  /** Status from a one-hot status column, when the table has them. */
  oneHotStatus: Status | null;
  /** False for assignment lists: no result or status column, so nothing was reported. */
  hasResultColumn: boolean;
  reportDate?: IsoDate;
};

/**
 * Reads the meaning of a task's cells: deadline, status, lead and partner agencies. A cell showing
 * an Excel error ("#N/A") means nothing here; its text stays on the task for the report.
 */
export function interpretTask(task: Task, input: InterpretInput): Task {
  const deadlineValue =
    typeof input.deadlineValue === 'string'
      ? withoutExcelError(input.deadlineValue)
      : input.deadlineValue;
  const deadline = parseDeadline(
    deadlineValue,
    input.deadlineFormat,
    input.reportDate === undefined ? {} : { reportDate: input.reportDate },
  );
  const status = readStatus(task, input, deadline);
  const leadReading = parseAgencies(task.leadText, 'lead');
  const partnerReading = parseAgencies(task.partnersText, 'partners');
  return {
    ...task,
    deadline,
    status,
    lead: leadReading.lead,
    partners: uniqueRefs([
      ...leadReading.partners,
      ...partnerReading.lead,
      ...partnerReading.partners,
    ]),
  };
}

function readStatus(task: Task, input: InterpretInput, deadline: Deadline): StatusReading {
  if (input.oneHotStatus) return { status: input.oneHotStatus, phrase: '', flags: [] };
  const context = {
    deadlineKind: deadline.kind,
    deadlineRecurring: deadline.kind === 'date' && deadline.recurring,
  };
  const statusText = withoutExcelError(task.statusText);
  if (statusText) return parseStatus(statusText, { ...context, source: 'status' });
  if (!input.hasResultColumn) return { status: 'NOT_REPORTED', phrase: '', flags: [] };
  return parseStatus(withoutExcelError(task.result), { ...context, source: 'result' });
}

function uniqueRefs(refs: readonly AgencyRef[]): AgencyRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = ref.id ?? `?${ref.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
