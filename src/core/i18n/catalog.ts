import type { ColumnRole } from '../table/model';
import type { DeadlineKind } from '../parse/deadlineSchema';
import type { Status } from '../parse/statusSchema';
import type { ReadIssue } from '../table/readTaskTable';
import type { AppErrorCode } from './codes';

/** The languages of the UI; Vietnamese first. */
export type Locale = 'vi' | 'en';

/** Every locale, Vietnamese first. */
export const locales: readonly Locale[] = ['vi', 'en'];

/** The task pane's fixed texts; a function when the text takes parameters. */
export type UiMessages = {
  appName: string;
  appDescription: string;
  scopeLabel: string;
  scopeAuto: string;
  scopeSelection: string;
  scopeUsedRange: string;
  checkButton: string;
  reading: string;
  readDone: (params: { tasks: number }) => string;
  errorTitle: string;
  warningTitle: string;
  resultHeading: string;
  sheetLabel: string;
  rangeLabel: string;
  headerRowLabel: string;
  headerRowValue: (params: { first: number; last: number }) => string;
  tasksLabel: string;
  sectionsLabel: string;
  groupsLabel: string;
  columnsHeading: string;
  columnsHint: string;
  columnNone: string;
  columnOption: (params: { letter: string; header: string }) => string;
  missingColumns: (params: { roles: string }) => string;
  statusHeading: string;
  statusColumn: string;
  deadlineHeading: string;
  deadlineColumn: string;
  countColumn: string;
};

/** One language's words: fixed texts, and the names of codes the core and adapter report. */
export type Catalog = {
  locale: Locale;
  ui: UiMessages;
  /** A column role's name ("Đơn vị chủ trì"). */
  role: (role: ColumnRole) => string;
  /** A status's name ("Hoàn thành"). */
  status: (status: Status) => string;
  /** A deadline kind's name ("Thường xuyên"). */
  deadlineKind: (kind: DeadlineKind) => string;
  /** Why a table could not be read, with the next step. */
  readIssue: (issue: ReadIssue) => string;
  /** Why Excel could not be read, with the next step. */
  appError: (code: AppErrorCode) => string;
  /** A count written the local way ("1.086" in Vietnamese). */
  formatNumber: (value: number) => string;
  /** Items joined into one phrase ("thời hạn, kết quả"). */
  formatList: (items: readonly string[]) => string;
};
