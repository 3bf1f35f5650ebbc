import { z } from 'zod';
import type { IsoDate } from '../parse/deadlineSchema';
import type { Status } from '../parse/statusSchema';
import type { DateProblem } from '../parse/deadlineDates';
import type { ColumnRole, TaskTable } from '../table/model';
import type { ExcelError } from '../table/cellError';
import type { ReadIssue } from '../table/readTaskTable';
import type { Severity } from '../report/reportSchema';
import type { TableAnalysis } from './tableAnalysis';

/** DESIGN.md §4: the rule ids, a public contract (kebab-case; codes are snake_case). */
export const ruleIdSchema = z.enum([
  'header-not-found',
  'missing-value',
  'stt-sequence',
  'duplicate-task',
  'status-conflict',
  'status-unknown',
  'deadline-missing',
  'deadline-unparsed',
  'deadline-overdue',
  'deadline-due-soon',
  'invalid-date',
  'deadline-text-mismatch',
  'deadline-before-directive',
  'agency-unknown',
  'count-list-mismatch',
  'list-duplicate-item',
  'ratio-mismatch',
  'part-exceeds-whole',
  'group-count-mismatch',
  'total-mismatch',
  'figure-conflict',
]);
export type RuleId = z.infer<typeof ruleIdSchema>;

/**
 * The parameters of each finding code. Findings are data: a rule reports a code and these
 * values; the words live in i18n/vi.ts and en.ts.
 */
export type FindingParams = {
  /** No sheet looked like a task table. */
  header_not_found: { sheets: string[] };
  missing_task_text: Record<string, never>;
  missing_agency: Record<string, never>;
  /** A role cell showing an Excel error ("#N/A", "#REF!"): no value to read or check. */
  cell_error: { role: ColumnRole; error: ExcelError };
  /** "1, 2, 4": the number after `previous` should have been `expected` (null: the first). */
  stt_gap: { previous: string | null; expected: string; found: string };
  stt_repeated: { stt: string; firstCell: string };
  stt_not_number: { stt: string };
  /** The same task text in other rows (their task cells). */
  duplicate_task: { others: string[] };
  /** Twins whose results disagree. */
  status_conflict: { status: Status; otherStatus: Status; otherCell: string };
  /** One result that states two statuses ("Đã hoàn thành … chưa hoàn thành …"). */
  status_self_conflict: {
    first: Status;
    second: Status;
    firstPhrase: string;
    secondPhrase: string;
  };
  status_unknown: { text: string };
  deadline_missing: Record<string, never>;
  deadline_unparsed: { text: string };
  deadline_overdue: { due: IsoDate; daysLate: number; status: Status; original: IsoDate | null };
  /** "(nhiệm vụ chưa hoàn thành từ năm 2022)": carried over from a past year, still not done. */
  deadline_overdue_carried: { year: number; due: IsoDate; daysLate: number; status: Status };
  /** Done, but the result dates the completion after the deadline. */
  deadline_completed_late: { due: IsoDate; doneOn: IsoDate; daysLate: number };
  deadline_due_soon: { due: IsoDate; daysLeft: number; status: Status };
  invalid_date: { text: string; problem: DateProblem; column: ColumnRole };
  /** The task text names a date the deadline cell contradicts (often day and month swapped). */
  deadline_text_mismatch: {
    stated: IsoDate;
    statedText: string;
    deadline: IsoDate;
    swapped: boolean;
  };
  deadline_before_directive: { due: IsoDate; directiveDate: IsoDate; document: string };
  agency_unknown: { name: string; occurrences: number };
  /** "16 bộ, ngành … gồm: <list>" naming another number of bodies. */
  count_list_mismatch: { stated: number; listed: number; noun: string; items: string[] };
  /** A list naming the same body twice ("… Tài chính, …, Tài chính, …"). */
  list_duplicate_item: { item: string; times: number; stated: number | null; distinct: number };
  /** "N/M (P%)" or "đạt P%" over N/M where P is not N/M. */
  ratio_mismatch: { part: number; whole: number; stated: number; computed: number };
  /** "N … (chiếm P%)" where P is not N over the total the sheet states for the same thing. */
  share_mismatch: {
    part: number;
    whole: number;
    wholeCell: string;
    stated: number;
    computed: number;
  };
  part_exceeds_whole: { part: number; whole: number; text: string };
  /** A group heading "(10 nhiệm vụ)" over another number of task rows. */
  group_count_mismatch: { group: string; stated: number; counted: number };
  /** "72 nhiệm vụ … 54 … 18 …" where the parts do not add up to the total. */
  total_mismatch: { total: number; parts: number[]; sum: number };
  /** The same quantity with two values on the same report date. */
  figure_conflict: {
    noun: string;
    value: number;
    otherValue: number;
    otherCell: string;
    otherSheet: string;
    otherFile: string | null;
  };
  /** The same quantity at two report dates: a change, reported with both dates. */
  figure_change: {
    noun: string;
    value: number;
    date: IsoDate | null;
    otherValue: number;
    otherDate: IsoDate | null;
    difference: number;
    otherCell: string;
    otherSheet: string;
    otherFile: string | null;
  };
};
export type FindingCode = keyof FindingParams;

/** What a rule reports: the engine adds the rule id, the sheet, and the default severity. */
export type FindingReport = {
  [C in FindingCode]: { code: C; cell: string; params: FindingParams[C]; severity?: Severity };
}[FindingCode];

/** One finding: which rule, what it found (code + params), how bad, and where. */
export type Finding = FindingReport & { rule: RuleId; severity: Severity; sheet: string };

export type RuleOptions = {
  /** The report date: deadlines before it are missed. */
  asOf: IsoDate;
  /** Days before a deadline that count as "due soon". @default 14 */
  dueSoonDays: number;
};

export type RuleContext = RuleOptions & { report(finding: FindingReport): void };

/** What a rule looks at: the sheet, and its table when one could be read. */
export type RuleInput = {
  sheet: string;
  table: TaskTable | null;
  issues: readonly ReadIssue[];
  /** What several rules read from the table, shared within one check (see `analysisOf`). */
  analysis?: TableAnalysis;
};

/** A rule: one file, named after its id, exporting one object (STYLE.md). */
export type Rule = {
  id: RuleId;
  severity: Severity;
  check(input: RuleInput, ctx: RuleContext): void;
};
