import type { ColumnRole } from '../table/model';
import type { DeadlineKind } from '../parse/deadlineSchema';
import type { Status } from '../parse/statusSchema';
import type { ReadIssue } from '../table/readTaskTable';
import type { AppErrorCode } from './codes';
import type { Finding, RuleId } from '../rules/ruleTypes';
import type { Severity } from '../report/reportSchema';

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
  reportDateLabel: string;
  reportDateHint: (params: { date: string }) => string;
  reportDateInvalid: (params: { date: string }) => string;
  reportDateOffer: (params: { date: string }) => string;
  reportDateUse: (params: { date: string }) => string;
  reportDateKeep: string;
  reportDateLoadFailed: string;
  reportDateSaveFailed: string;
  checkDone: (params: { tasks: number; findings: number }) => string;
  tabsLabel: string;
  tabFindings: (params: { count: number }) => string;
  tabHighlight: string;
  highlightHeading: string;
  findingsHeading: string;
  findingsEmpty: string;
  findingsEmptyDetail: (params: { tasks: number }) => string;
  filterSeverityLabel: string;
  filterTextLabel: string;
  filterTextPlaceholder: string;
  filteredCount: (params: { shown: number; total: number }) => string;
  filteredNone: string;
  collapseAll: string;
  expandAll: string;
  navLabel: string;
  navPrevious: string;
  navNext: string;
  navPosition: (params: { index: number; total: number }) => string;
  findingCell: (params: { cell: string }) => string;
  findingSelected: (params: { cell: string; index: number; total: number }) => string;
  selectCellFailed: string;
  highlightIntro: (params: { date: string }) => string;
  legendHeading: string;
  legendOverdue: string;
  legendDueSoon: string;
  legendUnparsed: string;
  legendRows: (params: { count: number }) => string;
  highlightOverdueRows: (params: { count: number }) => string;
  highlightDueSoonRows: (params: { count: number }) => string;
  highlightUnparsedRows: (params: { count: number }) => string;
  highlightButton: (params: { rows: string }) => string;
  highlightNothing: string;
  highlightNeedsTable: string;
  clearButton: string;
  clearHint: string;
  highlighting: string;
  clearing: string;
  highlightDone: (params: { rows: number }) => string;
  highlightStale: (params: { date: string }) => string;
  clearDone: string;
  highlightFailed: string;
  clearFailed: string;
  tabCompare: string;
  compareIntro: string;
  compareSheetLabel: string;
  compareNoOtherSheet: string;
  compareButton: string;
  comparing: string;
  compareClean: (params: { sheet: string }) => string;
  compareDone: (params: { sheet: string; count: number }) => string;
  compareHere: (params: { cell: string }) => string;
  compareThere: (params: { cell: string; sheet: string }) => string;
  compareFailed: string;
  compareNoTable: (params: { sheet: string }) => string;
  tabSummary: string;
  summaryHeading: string;
  summaryIntro: (params: { date: string }) => string;
  summaryButton: string;
  summaryPreparing: string;
  summaryCannotWrite: string;
  summaryPreviewHeading: (params: { count: number }) => string;
  summaryFactsHeading: string;
  summaryFactTasks: string;
  summaryFactOverdue: string;
  summaryFactDueSoon: (params: { days: number }) => string;
  summaryFactAgencies: string;
  summarySheetsHeading: string;
  summaryKindOverview: string;
  summaryKindLate: string;
  summaryKindAgency: string;
  summaryReplaces: string;
  summaryAgencySheets: (params: { count: number }) => string;
  summaryRenamedTitle: string;
  summaryRenamed: (params: { kept: string; name: string }) => string;
  summaryRemoved: (params: { names: string }) => string;
  summaryConfirm: string;
  summaryCancel: string;
  summaryWriting: string;
  summaryProgress: (params: { done: number; total: number }) => string;
  summaryDone: (params: { count: number; sheets: string }) => string;
  summaryRemovedDone: (params: { names: string }) => string;
  summaryFailed: string;
  summaryPrepareFailed: string;
  summaryErrorProtected: string;
  summaryErrorBusy: string;
  summaryErrorChanged: string;
  summaryErrorTooLarge: string;
  summaryErrorUnknown: string;
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
  /** A finding in words, with what to do about it. */
  finding: (finding: Finding) => string;
  /** A rule's name, for headings that group findings ("Quá hạn"). */
  rule: (rule: RuleId) => string;
  /** A severity's name ("Lỗi"). */
  severity: (severity: Severity) => string;
  /** An ISO date as users write it (dd/mm/yyyy). */
  formatDate: (iso: string) => string;
  /** A count written the local way ("1.086" in Vietnamese). */
  formatNumber: (value: number) => string;
  /** Items joined into one phrase ("thời hạn, kết quả"). */
  formatList: (items: readonly string[]) => string;
};
