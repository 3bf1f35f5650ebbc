import type { Grid } from '../core/table/grid';
import type { Catalog } from '../core/i18n';
import { checkGrid } from '../core/check/checkGrid';
import { compareSheets } from '../core/compare/compareSheets';
import type { FileReading, TableReading } from '../core/report/buildReport';
import type { ReportFinding } from '../core/report/reportSchema';
import type { Finding, Rule } from '../core/rules/ruleTypes';
import { CliError } from './cliError';

export type CheckRequest = {
  sheet: string | null;
  asOf: string;
  dueSoonDays: number;
  /** The rules to run (default: all); none when only the tables are wanted. */
  rules?: readonly Rule[];
};

/**
 * Checks one file's grids: every sheet with a task table (or the one asked for). A file where no
 * sheet holds a table gets the header-not-found finding of its first sheet; a file with no data
 * at all, or a header with no task under it, cannot be checked. The tables of several sheets are
 * also compared with each other (`compareSheets`): figures that changed between report dates, or
 * disagree within one.
 */
export function checkGrids(
  file: string,
  grids: readonly Grid[],
  request: CheckRequest,
  catalog: Catalog,
): FileReading {
  const chosen = request.sheet === null ? grids : grids.filter((g) => g.sheet === request.sheet);
  if (request.sheet !== null && chosen.length === 0) {
    throw new CliError('sheet_not_found', {
      file,
      sheet: request.sheet,
      sheets: grids.map((g) => g.sheet).join(', '),
    });
  }
  const options = {
    asOf: request.asOf,
    dueSoonDays: request.dueSoonDays,
    ...(request.rules ? { rules: request.rules } : {}),
  };
  const results = chosen.map((grid) => checkGrid(grid, options));
  const read = results.flatMap((result) =>
    result.table ? [{ table: result.table, findings: result.findings }] : [],
  );
  // Sheets of one workbook ("T12-2023", "T01-2024") are compared for figures that changed: what
  // figure-conflict reports, so not when that rule is not asked for.
  const comparing = request.rules?.some((rule) => rule.id === 'figure-conflict') ?? true;
  const across = comparing
    ? compareSheets(
        read.map((reading) => reading.table),
        file,
      )
    : [];
  const tables: TableReading[] = read.map((reading, index) => ({
    table: reading.table,
    findings: [...reading.findings, ...(across[index] ?? [])].map((f) =>
      toReportFinding(f, catalog),
    ),
  }));
  if (tables.length > 0) return { file, tables, findings: [] };

  const issues = results.flatMap((r) => r.issues.map((issue) => issue.code));
  if (issues.includes('no_tasks')) throw new CliError('no_tasks', { file });
  const first = results.find((r) => r.issues.some((i) => i.code === 'header_not_found'));
  if (!first) throw new CliError('empty_file', { file });
  return { file, tables, findings: first.findings.map((f) => toReportFinding(f, catalog)) };
}

/** A finding as the JSON report carries it: with its message in the report's language. */
export function toReportFinding(finding: Finding, catalog: Catalog): ReportFinding {
  return {
    rule: finding.rule,
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: catalog.finding(finding),
    params: finding.params,
  };
}
