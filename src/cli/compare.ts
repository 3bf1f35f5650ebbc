import { basename } from 'node:path';
import { getCatalog } from '../core/i18n';
import { compareTables } from '../core/compare/compareTables';
import { buildReport } from '../core/report/buildReport';
import type { Grid } from '../core/table/grid';
import type { TaskTable } from '../core/table/model';
import { findReportDate } from '../core/table/findReportDate';
import { readTaskTable } from '../core/table/readTaskTable';
import { CliError } from './cliError';
import { toReportFinding } from './checkFiles';
import { formatText } from './formatText';
import { loadFile } from './loadFile';
import type { CliIo } from './main';
import type { CompareOptions } from './parseArgs';

/**
 * `da06 compare OLD NEW`: the task table of each file (`--sheet` where the file has it, else its
 * first sheet with a table; an error when neither file has that sheet),
 * the same tasks paired, and the figures that differ reported on NEW's table — changes when the
 * report dates differ, conflicts (errors, exit 1) on the same date. The version-1 report, with
 * both files and their tasks; the report date is NEW's (else today).
 */
export async function compare(options: CompareOptions, io: CliIo): Promise<number> {
  const catalog = getCatalog(options.lang);
  const [oldName, newName] = displayNames(options.oldFile, options.newFile);
  const oldGrids = await loadFile(options.oldFile);
  const newGrids = await loadFile(options.newFile);
  const sheet = options.sheet;
  if (sheet !== null && ![...oldGrids, ...newGrids].some((g) => g.sheet === sheet)) {
    throw new CliError('sheet_not_found', {
      file: `${oldName}, ${newName}`,
      sheet,
      sheets: [...new Set([...oldGrids, ...newGrids].map((g) => g.sheet))].join(', '),
    });
  }
  const oldTable = pickTable(oldName, oldGrids, sheet, io.today());
  const newTable = pickTable(newName, newGrids, sheet, io.today());
  const asOf = findReportDate(newTable.titles) ?? io.today();
  const findings = compareTables(oldTable, newTable, { oldFile: oldName, newFile: newName });
  const report = buildReport(
    [
      { file: oldName, tables: [{ table: oldTable, findings: [] }], findings: [] },
      {
        file: newName,
        tables: [{ table: newTable, findings: findings.map((f) => toReportFinding(f, catalog)) }],
        findings: [],
      },
    ],
    asOf,
  );
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${formatText(report, catalog)}\n`,
  );
  return report.totals.error > 0 ? 1 : 0;
}

/** File names as the report shows them: the base names, or the paths when those are alike. */
function displayNames(oldFile: string, newFile: string): [string, string] {
  const names: [string, string] = [basename(oldFile), basename(newFile)];
  return names[0] === names[1] ? [oldFile, newFile] : names;
}

/**
 * The sheet asked for when the file has it, else the first sheet with a task table: `--sheet`
 * names the sheet of either file ("T01-2024" in the new report, the register's only sheet).
 */
function pickTable(
  file: string,
  grids: readonly Grid[],
  sheet: string | null,
  today: string,
): TaskTable {
  const named = grids.filter((g) => g.sheet === sheet);
  const chosen = named.length > 0 ? named : grids;
  let headerWithoutTasks = false;
  for (const grid of chosen) {
    const read = readTaskTable(grid, { reportDate: today });
    if (read.success) return read.data;
    if (read.issues.some((issue) => issue.code === 'no_tasks')) headerWithoutTasks = true;
  }
  throw new CliError(headerWithoutTasks ? 'no_tasks' : 'empty_file', { file });
}
