import type { Finding } from '../rules/ruleTypes';
import type { TaskTable } from '../table/model';
import { findReportDate } from '../table/findReportDate';
import { compareTables } from './compareTables';

/**
 * The tables of one workbook's sheets compared pair by pair ("T12-2023" and "T01-2024"): the
 * figures of the same task that differ, as findings on the later table of each pair — later by
 * report date when both sheets name one, else by sheet order. Sheets with two report dates give
 * changes; sheets of one date or without dates are one report, so they give conflicts. Returns
 * one list per table, in the tables' order.
 */
export function compareSheets(tables: readonly TaskTable[], file: string | null): Finding[][] {
  const out: Finding[][] = tables.map(() => []);
  const dates = tables.map((table) => findReportDate(table.titles));
  for (let i = 0; i < tables.length; i++) {
    for (let j = i + 1; j < tables.length; j++) {
      const [older, newer] = isLater(dates[i] ?? null, dates[j] ?? null) ? [j, i] : [i, j];
      const oldTable = tables[older];
      const newTable = tables[newer];
      if (oldTable === undefined || newTable === undefined) continue;
      out[newer]?.push(
        ...compareTables(oldTable, newTable, {
          oldDate: dates[older] ?? null,
          newDate: dates[newer] ?? null,
          oldFile: file,
          newFile: file,
        }),
      );
    }
  }
  return out;
}

function isLater(date: string | null, other: string | null): boolean {
  return date !== null && other !== null && date > other;
}
