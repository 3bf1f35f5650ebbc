import type { CheckOptions, CheckResult } from '../core/check/checkGrid';
import type { HighlightPlan } from '../core/highlight/planHighlights';
import type { AppErrorCode } from '../core/i18n';
import type { Finding } from '../core/rules/ruleTypes';
import type { Grid } from '../core/table/grid';
import type { TaskTable } from '../core/table/model';
import { toAppError } from '../excel/errors';
import type { ReadScope, SheetRead } from '../excel/readGrid';

export type { ReadScope, SheetRead } from '../excel/readGrid';

/** Where the pane reads a sheet from: Excel in the add-in, a fake in tests. */
export type TableSource = {
  /** Reads the cells of the scope on the active sheet; rejects with an `AppError`. */
  read: (scope: ReadScope) => Promise<SheetRead>;
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
  /** The whole used range of a named sheet. */
  readSheet: (name: string) => Promise<Grid>;
};

/**
 * This table's figures against another sheet's: the changes (two report dates) and conflicts
 * (one date), as findings on this table whose params name the other cell and sheet.
 */
export type CompareSheets = (
  current: { table: TaskTable; asOf: string },
  other: Grid,
) => { findings: Finding[]; otherTable: TaskTable | null };

/** Grid → table → findings: `checkGrid` in the add-in, passed in so tests can stand in for it. */
export type CheckTable = (grid: Grid, options: CheckOptions) => CheckResult;

/** Table + findings → the rows to colour: `planHighlights` in the add-in. */
export type PlanHighlights = (table: TaskTable, findings: readonly Finding[]) => HighlightPlan;

/** The code of an error from the services or the core: "unknown" for anything unexpected. */
export function toErrorCode(error: unknown): AppErrorCode {
  return toAppError(error).code;
}
