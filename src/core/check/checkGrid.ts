import type { Grid } from '../table/grid';
import type { ColumnMap, TaskTable } from '../table/model';
import type { ReadIssue } from '../table/readTaskTable';
import { readTaskTable } from '../table/readTaskTable';
import type { IsoDate } from '../parse/deadlineSchema';
import type { Finding, Rule } from '../rules/ruleTypes';
import { allRules } from '../rules';
import { runRules } from '../rules/runRules';

export type CheckOptions = {
  /** The report date. */
  asOf: IsoDate;
  /** @default 14 */
  dueSoonDays?: number;
  /** The user's corrections to the column mapping. */
  columnOverrides?: ColumnMap;
  /** @default every registered rule */
  rules?: readonly Rule[];
};

export type CheckResult = {
  sheet: string;
  table: TaskTable | null;
  issues: ReadIssue[];
  findings: Finding[];
};

export const DEFAULT_DUE_SOON_DAYS = 14;

/** Reads the task table of a grid and runs the rules on it: the one-click check. */
export function checkGrid(grid: Grid, options: CheckOptions): CheckResult {
  const read = readTaskTable(grid, {
    reportDate: options.asOf,
    ...(options.columnOverrides ? { columnOverrides: options.columnOverrides } : {}),
  });
  const table = read.success ? read.data : null;
  const issues = read.success ? [] : read.issues;
  const findings = runRules(
    options.rules ?? allRules,
    { sheet: grid.sheet, table, issues },
    { asOf: options.asOf, dueSoonDays: options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS },
  );
  return { sheet: grid.sheet, table, issues, findings };
}
