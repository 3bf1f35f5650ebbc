import { assertNever } from './assertNever';
import { findingEn, ruleEn, severityEn } from './findingsEn';
import { formatIsoDate } from './formatIsoDate';
import type { Catalog, UiMessages } from './catalog';

const numberFormat = new Intl.NumberFormat('en-GB');

const ui: UiMessages = {
  appName: 'Đề án 06 task table check',
  appDescription:
    'Checks the task table on the sheet: errors in the table, overdue and due-soon tasks. Click a problem to go to its cell.',
  scopeLabel: 'Scope',
  scopeAuto: 'Automatic: the table around the selected cell',
  scopeSelection: 'Selected range',
  scopeUsedRange: 'Whole sheet',
  checkButton: 'Check',
  reading: 'Reading the table…',
  errorTitle: 'The table could not be read',
  warningTitle: 'Please review',
  resultHeading: 'Table read',
  sheetLabel: 'Sheet',
  rangeLabel: 'Table range',
  headerRowLabel: 'Header row',
  headerRowValue: ({ first, last }) => (first === last ? `Row ${first}` : `Rows ${first}–${last}`),
  tasksLabel: 'Tasks',
  sectionsLabel: 'Sections (A, B, …)',
  groupsLabel: 'Groups (I, II, …)',
  columnsHeading: 'Columns recognised',
  columnsHint:
    'If a column was recognised wrongly, pick the right one: the table is read again at once, no need to press Check.',
  columnNone: '(none)',
  columnOption: ({ letter, header }) =>
    header === '' ? `Column ${letter} (no header)` : `${letter} – ${header}`,
  missingColumns: ({ roles }) =>
    `No column found for ${roles} — pick the right column under “Columns recognised”.`,
  statusHeading: 'Tasks by status',
  statusColumn: 'Status',
  deadlineHeading: 'Tasks by deadline',
  deadlineColumn: 'Deadline',
  countColumn: 'Tasks',
  reportDateLabel: 'Report date',
  reportDateHint: ({ date }) =>
    `In use: ${date}. Deadlines are counted up to this day; it is saved with the workbook.`,
  reportDateInvalid: ({ date }) => `The date is incomplete or not valid — ${date} is still used.`,
  reportDateOffer: ({ date }) => `The table’s title names the report date ${date} — use it?`,
  reportDateUse: ({ date }) => `Use ${date}`,
  reportDateKeep: 'Keep the current date',
  reportDateLoadFailed:
    'The report date saved in the workbook could not be read — today is used; pick the report date again if needed.',
  reportDateSaveFailed:
    'The report date could not be saved in the workbook — it is still used for this check; if the workbook is read-only, save a copy and pick the date again.',
  checkDone: ({ tasks, findings }) =>
    `${numberFormat.format(tasks)} ${tasks === 1 ? 'task' : 'tasks'} checked: ${findings === 0 ? 'no problems' : `${numberFormat.format(findings)} ${findings === 1 ? 'problem' : 'problems'}`}.`,
  tabsLabel: 'Check results',
  tabFindings: ({ count }) => `Problems (${numberFormat.format(count)})`,
  tabHighlight: 'Colours',
  highlightHeading: 'Deadline colours',
  findingsHeading: 'Problems found',
  findingsEmpty: 'No problems found in the table.',
  findingsEmptyDetail: ({ tasks }) =>
    `${numberFormat.format(tasks)} ${tasks === 1 ? 'task' : 'tasks'} checked.`,
  filterSeverityLabel: 'Filter by severity',
  filterTextLabel: 'Search the problems',
  filterTextPlaceholder: 'Cell, agency, text…',
  filteredCount: ({ shown, total }) =>
    shown === total
      ? `${numberFormat.format(total)} ${total === 1 ? 'problem' : 'problems'}`
      : `Showing ${numberFormat.format(shown)} of ${numberFormat.format(total)} problems`,
  filteredNone:
    'No problem matches the filters — turn a severity back on or clear the search text.',
  collapseAll: 'Collapse all',
  expandAll: 'Expand all',
  navLabel: 'Walk through the problems',
  navPrevious: 'Previous',
  navNext: 'Next',
  navPosition: ({ index, total }) =>
    `Problem ${numberFormat.format(index)} of ${numberFormat.format(total)}`,
  findingCell: ({ cell }) => `Cell ${cell}`,
  findingSelected: ({ cell, index, total }) =>
    `Cell ${cell} selected (problem ${numberFormat.format(index)} of ${numberFormat.format(total)}).`,
  selectCellFailed: 'The cell could not be selected',
  highlightIntro: ({ date }) =>
    `Colours the background of task rows by deadline, as of the report date ${date}. The previous formatting is remembered, so “Clear colours” restores it exactly.`,
  legendHeading: 'Colour key',
  legendOverdue: 'Overdue',
  legendDueSoon: 'Due soon',
  legendUnparsed: 'Deadline unreadable',
  legendRows: ({ count }) => `${numberFormat.format(count)} ${count === 1 ? 'row' : 'rows'}`,
  highlightOverdueRows: ({ count }) =>
    `${numberFormat.format(count)} overdue ${count === 1 ? 'row' : 'rows'}`,
  highlightDueSoonRows: ({ count }) =>
    `${numberFormat.format(count)} due-soon ${count === 1 ? 'row' : 'rows'}`,
  highlightUnparsedRows: ({ count }) =>
    `${numberFormat.format(count)} ${count === 1 ? 'row' : 'rows'} with an unreadable deadline`,
  highlightButton: ({ rows }) => `Colour ${rows}`,
  highlightNothing: 'No rows to colour',
  highlightNeedsTable:
    'No task table was read, so nothing can be coloured — select the table, then press Check.',
  clearButton: 'Clear colours',
  clearHint: 'Restores the rows’ formatting as it was before colouring.',
  highlighting: 'Colouring…',
  clearing: 'Clearing the colours…',
  highlightDone: ({ rows }) =>
    `${numberFormat.format(rows)} ${rows === 1 ? 'row' : 'rows'} coloured.`,
  highlightStale: ({ date }) =>
    `The colours on the sheet are as of the report date ${date} — press the colour button to update them to the new date.`,
  clearDone: 'Colours cleared; the previous formatting is restored.',
  highlightFailed: 'The rows could not be coloured',
  clearFailed: 'The colours could not be cleared',
  tabCompare: 'Compare',
  compareIntro:
    "Compares this table's figures with another sheet of the workbook (e.g. last month's copy): figures that changed between two reporting dates, and figures that conflict on the same date.",
  compareSheetLabel: 'Compare with sheet',
  compareNoOtherSheet:
    "The workbook has one sheet only — copy the previous period's table to another sheet, then compare.",
  compareButton: 'Compare',
  comparing: 'Comparing…',
  compareClean: ({ sheet }) => `No figure changed or conflicts with "${sheet}".`,
  compareDone: ({ sheet, count }) =>
    `Against "${sheet}": ${numberFormat.format(count)} figures changed or conflict.`,
  compareHere: ({ cell }) => `${cell} (this sheet)`,
  compareThere: ({ cell, sheet }) => `${cell} ("${sheet}")`,
  compareFailed: 'Could not compare',
  compareNoTable: ({ sheet }) => `"${sheet}" holds no readable task table — choose another sheet.`,
  tabSummary: 'Summary',
  summaryHeading: 'Summary sheets for the meeting',
  summaryIntro: ({ date }) =>
    `Creates sheets for the meeting from the checked table, for the report date ${date}: an overview by lead agency, the overdue tasks, and one sheet per lead agency. You see a preview first; sheets you made yourself are never overwritten.`,
  summaryButton: 'Create summary sheets',
  summaryPreparing: 'Preparing the summary…',
  summaryCannotWrite:
    'This version of Excel cannot add the summary sheets — update Office or use Excel on the web.',
  summaryPreviewHeading: ({ count }) =>
    `${numberFormat.format(count)} ${count === 1 ? 'sheet' : 'sheets'} will be created`,
  summaryFactsHeading: 'Key figures',
  summaryFactTasks: 'Tasks',
  summaryFactOverdue: 'Overdue',
  summaryFactDueSoon: ({ days }) => `Due soon (within ${numberFormat.format(days)} days)`,
  summaryFactAgencies: 'Lead agencies',
  summarySheetsHeading: 'Sheets to create',
  summaryKindOverview: 'Overview',
  summaryKindLate: 'Late tasks',
  summaryKindAgency: 'Per agency',
  summaryReplaces: 'replaces the sheet made before',
  summaryAgencySheets: ({ count }) =>
    `${numberFormat.format(count)} agency ${count === 1 ? 'sheet' : 'sheets'}`,
  summaryRenamedTitle: 'Your sheets are kept',
  summaryRenamed: ({ kept, name }) =>
    `Your sheet "${kept}" stays as it is; the new sheet will be named "${name}".`,
  summaryRemoved: ({ names }) =>
    `Sheets made before that are no longer needed will be removed: ${names}.`,
  summaryConfirm: 'Create the sheets',
  summaryCancel: 'Cancel',
  summaryWriting: 'Creating the sheets…',
  summaryProgress: ({ done, total }) =>
    `${numberFormat.format(done)} of ${numberFormat.format(total)} done`,
  summaryDone: ({ count, sheets }) =>
    `${numberFormat.format(count)} ${count === 1 ? 'sheet' : 'sheets'} created: ${sheets}.`,
  summaryRemovedDone: ({ names }) =>
    `Removed sheets made before that are no longer needed: ${names}.`,
  summaryFailed: 'The summary sheets could not be created',
  summaryPrepareFailed: 'The summary could not be prepared',
  summaryErrorProtected:
    'The workbook is protected (or a sheet made before is locked) — unprotect it, then try again.',
  summaryErrorBusy:
    'Excel is busy, perhaps because a cell is being edited — press Enter or Esc to finish editing, then try again.',
  summaryErrorChanged:
    'The sheets changed meanwhile (one was renamed or deleted) — press "Create summary sheets" to preview again, then create.',
  summaryErrorTooLarge:
    'The summary is too large for Excel on the web to take at once — open the workbook in desktop Excel, then try again.',
  summaryErrorUnknown:
    'Something unexpected went wrong while creating the sheets — try again; if it keeps failing, save the workbook, then close and reopen Excel.',
};

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/** English, the second language. */
export const en: Catalog = {
  locale: 'en',
  ui,
  role: (role) => {
    switch (role) {
      case 'stt':
        return 'No. (STT)';
      case 'task':
        return 'Task';
      case 'directive':
        return 'Directive';
      case 'lead':
        return 'Lead agency';
      case 'partners':
        return 'Partner agencies';
      case 'deadline':
        return 'Deadline';
      case 'result':
        return 'Result';
      case 'status':
        return 'Status';
      case 'note':
        return 'Note';
      default:
        return assertNever(role);
    }
  },
  status: (status) => {
    switch (status) {
      case 'DONE':
        return 'Done';
      case 'MOSTLY_DONE':
        return 'Mostly done';
      case 'IN_PROGRESS':
        return 'In progress';
      case 'NOT_DONE':
        return 'Not done';
      case 'RECURRING':
        return 'Recurring';
      case 'UNKNOWN':
        return 'Unknown';
      case 'NOT_REPORTED':
        return 'Not reported';
      default:
        return assertNever(status);
    }
  },
  deadlineKind: (kind) => {
    switch (kind) {
      case 'date':
        return 'Dated';
      case 'recurring':
        return 'Recurring';
      case 'conditional':
        return 'Conditional / on a roadmap';
      case 'none':
        return 'No deadline';
      case 'unparsed':
        return 'Unreadable';
      default:
        return assertNever(kind);
    }
  },
  readIssue: (issue) => {
    switch (issue.code) {
      case 'empty_grid':
        return 'The range read holds no data — select the task table, or choose the scope “Whole sheet”, then press Check.';
      case 'header_not_found':
        return 'No header row of a task table was found — select the table (including its header row), then press Check.';
      case 'no_tasks':
        return 'A header row was found but no tasks below it — select a range that includes the task rows, then press Check.';
      default:
        return assertNever(issue.code);
    }
  },
  appError: (code) => {
    switch (code) {
      case 'not_in_excel':
        return 'This add-in runs only in Excel — open the workbook in Excel (desktop or on the web) and open the add-in again.';
      case 'requirement_not_met':
        return 'This version of Excel does not support what the add-in needs — update Office or use Excel on the web.';
      case 'sheet_empty':
        return 'The sheet is empty — open the sheet that holds the task table, then press Check.';
      case 'item_not_found':
        return 'The sheet or range to read was not found (it may have just been deleted or renamed) — select the table again, then press Check.';
      case 'invalid_argument':
        return 'The selection cannot be read — select one contiguous range (not several separate ones), then press Check.';
      case 'access_denied':
        return 'Excel does not allow reading this sheet (the sheet or workbook may be protected) — unprotect it or open a copy, then press Check.';
      case 'busy':
        return 'Excel is busy, perhaps because a cell is being edited — press Enter or Esc to finish editing, then press Check again.';
      case 'request_too_large':
        return 'The range to read is too large — select just the task table, choose the scope “Selected range”, then press Check.';
      case 'unknown':
        return 'Something unexpected went wrong while reading the table — press Check again; if it keeps failing, save the workbook and restart Excel.';
      default:
        return assertNever(code);
    }
  },
  finding: (finding) => findingEn(finding, en),
  rule: ruleEn,
  severity: severityEn,
  formatDate: formatIsoDate,
  formatNumber: (value) => numberFormat.format(value),
  formatList: (items) => listFormat.format(items),
};
