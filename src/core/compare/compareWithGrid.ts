import type { IsoDate } from '../parse/deadlineSchema';
import type { Finding } from '../rules/ruleTypes';
import type { Grid } from '../table/grid';
import type { TaskTable } from '../table/model';
import { findReportDate } from '../table/findReportDate';
import { readTaskTable } from '../table/readTaskTable';
import { compareTables } from './compareTables';

/**
 * The checked table against another sheet of the same workbook (the task pane's "So sánh"): the
 * other sheet is read as a table and taken as the older one. The checked table is dated by its
 * title, else by the report date in use; the other by its title only.
 */
export function compareWithGrid(
  current: { table: TaskTable; asOf: IsoDate },
  other: Grid,
): { findings: Finding[]; otherTable: TaskTable | null } {
  const read = readTaskTable(other);
  if (!read.success) return { findings: [], otherTable: null };
  const findings = compareTables(read.data, current.table, {
    newDate: findReportDate(current.table.titles) ?? current.asOf,
  });
  return { findings, otherTable: read.data };
}
