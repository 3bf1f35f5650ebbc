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
  checkingRows: ({ rows }) => `Checking ${numberFormat.format(rows)} rows…`,
  readingRows: ({ read, total }) =>
    `Reading ${numberFormat.format(read)}/${numberFormat.format(total)} rows…`,
  checkCancel: 'Cancel',
  cancelledTitle: 'Cancelled',
  toolbarLabel: 'Main actions',
  toolbarHighlight: 'Colour deadlines',
  toolbarSummary: 'Summary',
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
  summaryKindNormalized: 'Standard layout',
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
  // Chuẩn hóa
  tabNormalize: 'Tidy up',
  normalizeHeading: 'Tidy up the table',
  normalizeIntro:
    'Brings the table to the standard layout: merges the rows a task was split over, strips HTML and stray spaces, renumbers STT within each section, writes lead and partner agencies by their standard names, turns deadlines into dates, and adds a status column and a days-overdue column. You preview every change before applying it.',
  normalizeButton: 'Preview the tidy-up',
  normalizePrepareFailed: 'The tidy-up could not be prepared',
  normalizeErrorUnknown:
    'Something unexpected went wrong while tidying up the table — press Check to read the table again, then try again; if it keeps failing, send this sheet to your support contact.',
  normalizePreviewHeading: ({ count }) =>
    count === 0
      ? 'The table already follows the standard layout — no changes'
      : `${numberFormat.format(count)} ${count === 1 ? 'change' : 'changes'} to make`,
  normalizeKindsLabel: 'Kinds of change',
  normalizeKindMergeRows: 'Merge the rows a task was split over',
  normalizeKindCleanText: 'Strip HTML and stray spaces',
  normalizeKindRenumber: 'Renumber STT within sections and groups',
  normalizeKindAgencies: 'Lead and partner agencies by their standard names',
  normalizeKindDeadline: 'Deadlines as dates (the text kept beside them)',
  normalizeKindStatus: 'A status column, read from the result',
  normalizeKindOverdue: 'A days-overdue column',
  normalizeKindCount: ({ kind, count }) =>
    `${kind}: ${numberFormat.format(count)} ${count === 1 ? 'change' : 'changes'}`,
  normalizeShowChanges: 'Show the changes',
  normalizeShowChangesOf: ({ kind }) => `Show the changes: ${kind}`,
  normalizeShowMore: ({ count, rest }) =>
    `Show ${numberFormat.format(count)} more (${numberFormat.format(rest)} left)`,
  normalizeChangeRow: ({ row }) => `Row ${String(row)}`,
  normalizeEmptyText: '(empty)',
  normalizeDestinationLabel: 'Write the tidy table to',
  normalizeToNewSheet: ({ name }) => `A new sheet “${name}”`,
  normalizeNewSheetHint:
    'The original table stays as it is. Tidying this table up again replaces the sheet made last time, and no other sheet.',
  normalizeNewSheetUnavailable:
    'This version of Excel cannot create new sheets — choose to overwrite the current table, or update Office or use Excel on the web.',
  normalizeInPlace: 'Overwrite the current table',
  normalizeInPlaceNote:
    'The table’s cells are rewritten in the standard layout; this can be undone while this pane stays open.',
  normalizeInPlaceHint: ({ cells }) =>
    `${numberFormat.format(cells)} ${cells === 1 ? 'cell' : 'cells'} of the table will change; this can be undone while this pane stays open.`,
  normalizeInPlaceUnavailable:
    'This version of Excel cannot undo merged cells exactly, so the table cannot be overwritten — update Office or use Excel on the web.',
  normalizeWriting: 'Writing the tidy table…',
  normalizeWritten: ({ name }) => `The tidy table was written to the sheet “${name}”.`,
  normalizeReplacedDone: 'The sheet made last time was replaced.',
  normalizeWriteFailed: 'The tidy table could not be written',
  bulkHeading: 'Bulk edits on the selection',
  bulkIntro:
    'Select task rows on the sheet, then pick an edit: you see how many cells change before applying it, and you can undo it while this pane stays open.',
  bulkResultHint: 'Written in the Result column of each selected task, replacing what was there.',
  bulkStatusKeep: '(leave as it is)',
  bulkNoResultColumn:
    'The table has no Result column, so no result can be set — pick the right column on the “Table read” tab.',
  bulkNoStatusColumn: 'The table has no Status column: the status is read from the result.',
  bulkNoSttColumn: 'The table has no STT column — pick the right column on the “Table read” tab.',
  bulkSetStatusButton: 'Set on the selected tasks',
  bulkFillDownButton: 'Fill merged agencies down to each row',
  bulkFillDownHint:
    'A lead or partner agency cell merged over several tasks in the selection is split, each task naming its agency in full.',
  bulkRenumberButton: 'Renumber STT',
  bulkRenumberHint:
    'The whole table: STT 1, 2, … within each section and group, written the table’s way.',
  bulkReadingSelection: 'Reading the selection…',
  bulkSelectionFailed: 'The selection could not be read',
  bulkSelectionEmpty:
    'The selection holds no row of the table — select task rows on the sheet, then try again.',
  bulkOtherSheet: ({ selected, sheet }) =>
    `The selection is on the sheet “${selected}”, but the checked table is on “${sheet}” — select rows on “${sheet}”, or press Check to read the table of the open sheet.`,
  bulkPreviewHeading: ({ cells, tasks }) =>
    `${numberFormat.format(cells)} ${cells === 1 ? 'cell' : 'cells'} of ${numberFormat.format(tasks)} ${tasks === 1 ? 'task' : 'tasks'} will change`,
  bulkNothing: 'No cell needs changing',
  bulkSelectedRows: ({ edit, rows }) => `${edit} — selected rows: ${rows}.`,
  bulkWholeTable: ({ edit }) => `${edit} — the whole table.`,
  bulkSetsResult: ({ result }) => `New result: “${result}”.`,
  bulkSetsResultAndStatus: ({ result, status }) => `New result: “${result}”; status: ${status}.`,
  bulkClose: 'Close',
  editKindNormalize: 'Tidy up the table',
  editKindSetStatus: 'Set status and result',
  editKindFillDown: 'Fill agencies down',
  editKindRenumber: 'Renumber STT',
  editUnavailable:
    'This version of Excel cannot undo merged cells exactly, so the table cannot be edited in place — update Office or use Excel on the web.',
  editConfirm: 'Apply',
  editCancel: 'Cancel',
  editApplying: 'Editing the table…',
  editApplied: ({ edit, cells, tasks }) =>
    `${edit}: ${numberFormat.format(cells)} ${cells === 1 ? 'cell' : 'cells'} of ${numberFormat.format(tasks)} ${tasks === 1 ? 'task' : 'tasks'} changed.`,
  editApplyFailed: 'The table could not be edited',
  editUndo: 'Undo',
  editUndoNote: ({ edit, cells }) =>
    `Puts the ${numberFormat.format(cells)} ${cells === 1 ? 'cell' : 'cells'} of “${edit}” back as they were; works while this pane stays open.`,
  editUndoing: 'Undoing…',
  editUndone: ({ edit }) => `“${edit}” undone: the cells are back as they were.`,
  editUndoChangedTitle: 'Undoing will overwrite',
  editUndoChanged: ({ count }) =>
    `${numberFormat.format(count)} ${count === 1 ? 'cell was' : 'cells were'} edited after the change was applied — undoing will overwrite those edits.`,
  editUndoAnyway: 'Undo anyway',
  editUndoKeep: 'Don’t undo',
  editUndoFailed: 'The change could not be undone',
  editErrorProtected:
    'The sheet is protected — unprotect it (Review › Unprotect Sheet), then try again.',
  editErrorChanged:
    'The table’s sheet was just renamed or deleted — press Check to read the table again, then try again.',
  editErrorUndoGone:
    'The edited sheet is gone (it may have been deleted), so the change cannot be undone.',
  editErrorTooLarge:
    'The table is too large for Excel on the web to take at once — open the workbook in desktop Excel, then try again.',
  editErrorUnknown:
    'Something unexpected went wrong while writing to the sheet — try again; if it keeps failing, save the workbook, then close and reopen Excel.',
  // Dán bảng
  viewSwitchLabel: 'What to do',
  viewCheck: 'Check the sheet',
  viewPaste: 'Paste a table',
  pasteHeading: 'Paste a table from a report',
  pasteIntro:
    'Copy a task table (header row included) from Word, a PDF, a web page or an e-mail and paste it into the box below: it is read and checked at once; the workbook is not changed.',
  pasteBoxLabel: 'Table to read',
  pasteBoxHint:
    'Press Ctrl+V (⌘V on a Mac) in this box; or type or edit text (columns separated by Tab) and press “Read table”.',
  pasteBoxPlaceholder: 'Paste the table here…',
  pasteReadButton: 'Read table',
  pasteDone: ({ tasks, findings }) =>
    `Read ${numberFormat.format(tasks)} ${tasks === 1 ? 'task' : 'tasks'} from the pasted table: ${findings === 0 ? 'no problems' : `${numberFormat.format(findings)} ${findings === 1 ? 'problem' : 'problems'}`}.`,
  pasteErrorTitle: 'Could not read the pasted table',
  pasteNothing:
    'There is no table in what was pasted — copy the task table (header row included) from the report and paste it into this box again.',
  pasteHeaderNotFound:
    'No header row in the pasted table — copy the header row too (STT, task, lead agency, …) and paste again.',
  pasteNoTasks:
    'The header row is there but no task below it — copy the task rows too and paste again.',
  pasteTabsLabel: 'Results for the pasted table',
  pasteRowHeading: ({ cell, row }) => `Cell ${cell} — row ${row} of the pasted table`,
  pasteFindingShown: ({ cell, row, index, total }) =>
    `Cell ${cell} (problem ${numberFormat.format(index)} of ${numberFormat.format(total)}): row ${row} of the pasted table is shown below the list.`,
  pasteInsertButton: 'Insert as a new sheet',
  pasteInsertHint:
    'The table is written in the standard layout to a new sheet; no sheet is replaced.',
  pasteCannotWrite:
    'This version of Excel cannot add new sheets — update Office or use Excel on the web.',
  pasteInserting: 'Inserting the sheet…',
  pasteInserted: ({ sheet }) => `Inserted the table as the new sheet “${sheet}”.`,
  pasteInsertFailed: 'Could not insert the sheet',
  pasteErrorTooLarge:
    'The table is too large for Excel on the web to take at once — open the workbook in desktop Excel and try again.',
  demoPageTitle: 'Demo – Đề án 06 task table check',
  demoIntro:
    'Demo: the real task pane on a workbook held in memory, no Excel needed. A file you open is read in your browser only; nothing is uploaded.',
  demoWorkbookRegion: 'Workbook',
  demoPaneRegion: 'Task pane',
  demoSampleLabel: 'Sample file',
  demoOpenFile: 'Open .xlsx file…',
  demoViewing: ({ file }) => `Viewing: ${file}`,
  demoLoading: ({ file }) => `Opening ${file}…`,
  demoLoadFailed: ({ file }) => `Could not open “${file}”`,
  demoLoadFailedHint:
    'The file must be an Excel .xlsx workbook (not .xls or .csv) — save it as .xlsx and open it again, or pick a sample file.',
  demoSheetsLabel: 'Sheets',
  demoEmptySheet: 'This sheet is empty.',
  demoRowsShown: ({ first, last, total }) =>
    `Showing rows ${numberFormat.format(first)}–${numberFormat.format(last)} of ${numberFormat.format(total)}.`,
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
        return 'No header row found — select the table range, then press Check.';
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
      case 'cancelled':
        return 'The check was cancelled — press Check to run it again.';
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
