import type { CheckOptions, CheckResult } from '../core/check/checkGrid';
import type { EditPlan } from '../core/edit/editPlan';
import type { HighlightPlan } from '../core/highlight/planHighlights';
import type { AppErrorCode } from '../core/i18n';
import type { IsoDate } from '../core/parse/deadlineSchema';
import type { Finding } from '../core/rules/ruleTypes';
import type { SheetSpec } from '../core/summary/sheetSpec';
import type { Grid } from '../core/table/grid';
import type { TaskTable } from '../core/table/model';
import type { UndoResult } from '../excel/applyEdits';
import type { EditUndo } from '../excel/editUndo';
import { toAppError } from '../excel/errors';
import type { ReadOptions, ReadScope, SheetRead } from '../excel/readGrid';
import type { SelectedRows } from '../excel/readSelection';
import type { SheetTargets, SheetWriteResult } from '../excel/writeSheets';

export type { UndoResult } from '../excel/applyEdits';
export type { EditUndo } from '../excel/editUndo';
export type { ReadOptions, ReadScope, SheetRead } from '../excel/readGrid';
export type { SelectedRows } from '../excel/readSelection';
export type { SheetTargets, SheetWritePlan, SheetWriteResult } from '../excel/writeSheets';

/** Where the pane reads a sheet from: Excel in the add-in, a fake in tests. */
export type TableSource = {
  /**
   * Reads the cells of the scope on the active sheet, reporting rows read as blocks arrive;
   * rejects with an `AppError`, or with the signal's reason once aborted.
   */
  read: (scope: ReadScope, options?: ReadOptions) => Promise<SheetRead>;
};

/**
 * Everything the pane asks of the workbook: the Excel adapter in the add-in (wired in index.tsx),
 * fakes in tests. Every method rejects with an `AppError` (or something `toAppError` maps).
 */
export type WorkbookServices = TableSource & {
  /** Selects one cell ("E12") on a sheet, activating the sheet. */
  selectCell: (sheet: string, address: string) => Promise<void>;
  /** Colours the planned rows, remembering their formats first. */
  applyHighlights: (plan: HighlightPlan) => Promise<unknown>;
  /** Restores the formats the last colouring replaced. */
  clearHighlights: () => Promise<unknown>;
  /** The report date saved in the workbook, yyyy-mm-dd; null when none was saved. */
  loadReportDate: () => Promise<string | null>;
  /** Saves the report date in the workbook, yyyy-mm-dd. */
  saveReportDate: (iso: string) => Promise<void>;
  /** The names of the workbook's sheets, in tab order. */
  listSheets: () => Promise<string[]>;
  /** The whole used range of a named sheet (progress and cancel as for `read`). */
  readSheet: (name: string, options?: ReadOptions) => Promise<Grid>;
  /** Whether this Excel can write the summary sheets; when not, the pane says so before a click. */
  canWriteSheets: () => boolean;
  /** The workbook's sheets, each marked when the add-in generated it: what a preview plans on. */
  readSheetTargets: () => Promise<SheetTargets>;
  /**
   * Writes the meeting workbook's sheets, replacing only those the add-in made before; reports
   * its progress as (steps done, steps in all).
   */
  writeSummary: (
    specs: readonly SheetSpec[],
    onProgress: (done: number, total: number) => void,
  ) => Promise<SheetWriteResult>;
  /**
   * Writes sheets of another group (a normalised table, a pasted one), replacing only the sheets
   * recorded under that group; never the meeting workbook's or the user's.
   */
  writeSheets: (
    specs: readonly SheetSpec[],
    options: { group: string; onProgress: (done: number, total: number) => void },
  ) => Promise<SheetWriteResult>;
  /**
   * Whether this Excel can edit a table in place with an exact undo (merged areas need ExcelApi
   * 1.13); when not, the pane offers a new sheet only, saying why.
   */
  canEditInPlace: () => boolean;
  /** The rows selected on the active sheet, within its used range: what a bulk edit works on. */
  readSelectionRows: () => Promise<SelectedRows>;
  /** Writes a plan into the user's sheet, first remembering everything it replaces. */
  applyEdits: (plan: EditPlan) => Promise<EditUndo>;
  /**
   * Puts back what an edit replaced. It first counts the cells changed since the edit (by hand or
   * otherwise); when there are some and `overwrite` is not set, it writes nothing: the pane asks.
   */
  undoEdits: (undo: EditUndo, options?: { overwrite: boolean }) => Promise<UndoResult>;
};

/**
 * This table's figures against another sheet's: the changes (two report dates) and conflicts
 * (one date), as findings on this table whose params name the other cell and sheet.
 */
export type CompareSheets = (
  current: { table: TaskTable; asOf: string },
  other: Grid,
) => { findings: Finding[]; otherTable: TaskTable | null };

/**
 * Grid → table → findings: `checkGrid` in the add-in (run in a worker for large grids), passed in
 * so tests can stand in for it; a stand-in may answer later, to test a check under way.
 */
export type CheckTable = (grid: Grid, options: CheckOptions) => CheckResult | Promise<CheckResult>;

/** Table + findings → the rows to colour: `planHighlights` in the add-in. */
export type PlanHighlights = (table: TaskTable, findings: readonly Finding[]) => HighlightPlan;

/**
 * Checked tables → the meeting workbook's sheets (overview, late tasks, one per agency):
 * `buildMeetingWorkbook` in the add-in.
 */
export type BuildSummary = (
  tables: readonly TaskTable[],
  options: { asOf: IsoDate; dueSoonDays: number; source: string },
) => SheetSpec[];

/** The code of an error from the services or the core: "unknown" for anything unexpected. */
export function toErrorCode(error: unknown): AppErrorCode {
  return toAppError(error).code;
}
