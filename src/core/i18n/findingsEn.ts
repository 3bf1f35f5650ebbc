import { assertNever } from './assertNever';
import { formatIsoDate as d } from './formatIsoDate';
import type { Finding, RuleId } from '../rules/ruleTypes';
import type { Severity } from '../report/reportSchema';
import type { DateProblem } from '../parse/deadlineDates';
import type { Catalog } from './catalog';

type Words = Pick<Catalog, 'status' | 'role' | 'formatNumber' | 'formatList'>;

function problemEn(problem: DateProblem): string {
  switch (problem) {
    case 'day-out-of-range':
      return 'the month has no such day';
    case 'month-out-of-range':
      return 'there is no such month';
    case 'day-digits':
      return 'the day has the wrong number of digits';
    case 'month-digits':
      return 'the month has the wrong number of digits';
    case 'year-digits':
      return 'the year has the wrong number of digits';
    case 'two-digit-year':
      return 'the year has only two digits';
    case 'separator':
      return 'a separator is doubled or wrong';
    default:
      return assertNever(problem);
  }
}

/** English words for each finding, with the next step. */
export function findingEn(f: Finding, w: Words): string {
  const n = w.formatNumber;
  const days = (count: number) => `${n(count)} day${count === 1 ? '' : 's'}`;
  switch (f.code) {
    case 'header_not_found':
      return `No task-table header found on ${w.formatList(f.params.sheets.map((s) => `"${s}"`))} — the table needs a header row such as "STT | Nội dung, nhiệm vụ | Đơn vị chủ trì | Thời hạn".`;
    case 'missing_task_text':
      return 'A task row without task text — write the task or delete the stray row.';
    case 'missing_agency':
      return 'The task has no lead agency — write the agency in charge.';
    case 'cell_error':
      return `The cell in ${w.role(f.params.role)} shows the Excel error ${f.params.error} instead of a value — fix the formula or type the value again, then check again.`;
    case 'stt_gap':
      return f.params.previous === null
        ? `STT starts at ${f.params.found} (${f.params.expected} is missing) — check for a lost task or renumber.`
        : `STT jumps from ${f.params.previous} to ${f.params.found} (${f.params.expected} is missing) — check for a lost task or renumber.`;
    case 'stt_repeated':
      return `STT ${f.params.stt} is repeated (already at ${f.params.firstCell}) — renumber.`;
    case 'stt_not_number':
      return `STT "${f.params.stt}" is not a row number — write a number (1, 2, 3…).`;
    case 'duplicate_task':
      return `Same task text as ${w.formatList(f.params.others)} — merge or delete the duplicate.`;
    case 'status_conflict':
      return `The result "${w.status(f.params.status)}" contradicts its duplicate at ${f.params.otherCell} ("${w.status(f.params.otherStatus)}") — make the two results agree.`;
    case 'status_self_conflict':
      return `The result says both "${f.params.firstPhrase}" and "${f.params.secondPhrase}" — state one status.`;
    case 'status_unknown':
      return f.params.text === ''
        ? 'The task has no result — write one, starting with "Đã hoàn thành", "Đang thực hiện" or "Chưa hoàn thành".'
        : `The status cannot be read from the result "${f.params.text}" — start it with "Đã hoàn thành", "Đang thực hiện" or "Chưa hoàn thành".`;
    case 'deadline_missing':
      return 'The task has no deadline — write one (e.g. "Tháng 6/2024", "Quý III/2024", "Thường xuyên").';
    case 'deadline_unparsed':
      return `The deadline "${f.params.text}" cannot be read — write "30/6/2024", "Tháng 6/2024", "Quý III/2024", "Năm 2024" or "Thường xuyên".`;
    case 'deadline_overdue':
      return `Overdue by ${days(f.params.daysLate)}: due ${d(f.params.due)}${f.params.original ? ` (originally ${d(f.params.original)})` : ''}, status "${w.status(f.params.status)}".`;
    case 'deadline_overdue_carried':
      return `Not done since ${f.params.year}: overdue by ${days(f.params.daysLate)} since ${d(f.params.due)}.`;
    case 'deadline_completed_late':
      return `Completed ${days(f.params.daysLate)} late: due ${d(f.params.due)}, the result gives ${d(f.params.doneOn)}.`;
    case 'deadline_due_soon':
      return f.params.daysLeft === 0
        ? `Due today (${d(f.params.due)}), status "${w.status(f.params.status)}".`
        : `Due soon: ${days(f.params.daysLeft)} left (due ${d(f.params.due)}), status "${w.status(f.params.status)}".`;
    case 'invalid_date':
      return `The date "${f.params.text}" in ${w.role(f.params.column)} is not valid (${problemEn(f.params.problem)}) — correct it.`;
    case 'deadline_text_mismatch':
      return f.params.swapped
        ? `The deadline ${d(f.params.deadline)} differs from the date in the task text ("${f.params.statedText}" = ${d(f.params.stated)}): day and month look swapped — check the deadline.`
        : `The deadline ${d(f.params.deadline)} differs from the date in the task text ("${f.params.statedText}" = ${d(f.params.stated)}) — check the deadline.`;
    case 'deadline_before_directive':
      return `The deadline ${d(f.params.due)} is before the assigning document (${f.params.document}, ${d(f.params.directiveDate)}) — check the deadline or the document.`;
    case 'agency_unknown':
      return `Unknown agency "${f.params.name}"${f.params.occurrences > 1 ? ` (${n(f.params.occurrences)} times)` : ''} — check the spelling or write the full name.`;
    case 'count_list_mismatch':
      return `States ${n(f.params.stated)} ${f.params.noun} but the list names ${n(f.params.listed)}: ${f.params.items.join('; ')} — correct the number or the list.`;
    case 'list_duplicate_item':
      return `The list names "${f.params.item}" ${n(f.params.times)} times${f.params.stated === null ? '' : `, so only ${n(f.params.distinct)} distinct bodies for the ${n(f.params.stated)} stated`} — drop the repeat or add the missing name.`;
    case 'ratio_mismatch':
      return `${n(f.params.part)}/${n(f.params.whole)} is ${pct(f.params.computed)}, not ${pct(f.params.stated)} — correct the percentage or the figures.`;
    case 'share_mismatch':
      return `${n(f.params.part)} of the total ${n(f.params.whole)} (${f.params.wholeCell}) is ${pct(f.params.computed)}, not ${pct(f.params.stated)} — correct the percentage or the figures.`;
    case 'part_exceeds_whole':
      return `"${f.params.text}": the part (${n(f.params.part)}) is larger than the whole (${n(f.params.whole)}) — check the figures.`;
    case 'group_count_mismatch':
      return `Group ${f.params.group} states ${n(f.params.stated)} tasks but has ${n(f.params.counted)} task rows — correct the heading or add the tasks.`;
    case 'total_mismatch':
      return `The total ${n(f.params.total)} is not the sum of its parts ${f.params.parts.map(n).join(' + ')} = ${n(f.params.sum)} — check the figures.`;
    case 'figure_conflict':
      return `${f.params.noun}: ${n(f.params.value)} here but ${n(f.params.otherValue)} at ${where(f.params)} — make the figures agree.`;
    case 'figure_change':
      return `${f.params.noun} changed from ${n(f.params.otherValue)}${f.params.otherDate ? ` (${d(f.params.otherDate)})` : ''} at ${where(f.params)} to ${n(f.params.value)}${f.params.date ? ` (${d(f.params.date)})` : ''}: ${f.params.difference < 0 ? `${n(-f.params.difference)} fewer` : `${n(f.params.difference)} more`}.`;
    default:
      return assertNever(f);
  }
}

export function ruleEn(rule: RuleId): string {
  switch (rule) {
    case 'header-not-found':
      return 'No header row';
    case 'missing-value':
      return 'Missing task text or agency';
    case 'stt-sequence':
      return 'Row numbers (STT)';
    case 'duplicate-task':
      return 'Duplicate tasks';
    case 'status-conflict':
      return 'Conflicting results';
    case 'status-unknown':
      return 'Status unclear';
    case 'deadline-missing':
      return 'No deadline';
    case 'deadline-unparsed':
      return 'Deadline not readable';
    case 'deadline-overdue':
      return 'Overdue';
    case 'deadline-due-soon':
      return 'Due soon';
    case 'invalid-date':
      return 'Invalid dates';
    case 'deadline-text-mismatch':
      return 'Deadline differs from the task text';
    case 'deadline-before-directive':
      return 'Deadline before the assigning document';
    case 'agency-unknown':
      return 'Unknown agencies';
    case 'count-list-mismatch':
      return 'Count differs from the list';
    case 'list-duplicate-item':
      return 'List names a body twice';
    case 'ratio-mismatch':
      return 'Percentage does not match';
    case 'part-exceeds-whole':
      return 'Part larger than the whole';
    case 'group-count-mismatch':
      return 'Group task count';
    case 'total-mismatch':
      return 'Total does not add up';
    case 'figure-conflict':
      return 'Figures differ';
    default:
      return assertNever(rule);
  }
}

export function severityEn(severity: Severity): string {
  switch (severity) {
    case 'error':
      return 'Error';
    case 'warning':
      return 'Warning';
    case 'info':
      return 'Info';
    default:
      return assertNever(severity);
  }
}

/** "41.74%". */
function pct(value: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value)}%`;
}

/** Where the other figure stands: "F24 on "T12"", "… in a.xlsx". */
function where(p: { otherCell: string; otherSheet: string; otherFile: string | null }): string {
  return `${p.otherCell} on "${p.otherSheet}"${p.otherFile ? ` in ${p.otherFile}` : ''}`;
}
