import type { Grid } from '../core/table/grid';
import { readTaskTable } from '../core/table/readTaskTable';
import type { FileReading, TableReading } from '../core/report/buildReport';
import type { ReportFinding } from '../core/report/reportSchema';
import { CliError } from './cliError';

export type CheckRequest = { sheet: string | null; asOf: string };
export type HeaderMissingMessage = (sheet: string) => string;

/** Reads the task tables of one file's grids: every sheet with a table, or the one asked for. */
export function checkGrids(
  file: string,
  grids: readonly Grid[],
  request: CheckRequest,
  headerMissing: HeaderMissingMessage,
): FileReading {
  const chosen = request.sheet === null ? grids : grids.filter((g) => g.sheet === request.sheet);
  if (request.sheet !== null && chosen.length === 0) {
    throw new CliError('sheet_not_found', {
      file,
      sheet: request.sheet,
      sheets: grids.map((g) => g.sheet).join(', '),
    });
  }
  const tables: TableReading[] = [];
  for (const grid of chosen) {
    const result = readTaskTable(grid, { reportDate: request.asOf });
    if (result.success) tables.push({ table: result.data, findings: [] });
  }
  const findings: ReportFinding[] = [];
  if (tables.length === 0) {
    const sheet = chosen[0]?.sheet ?? '';
    findings.push({
      rule: 'header-not-found',
      code: 'header_not_found',
      severity: 'error',
      sheet,
      cell: 'A1',
      message: headerMissing(sheet),
      params: { sheets: chosen.map((g) => g.sheet) },
    });
  }
  return { file, tables, findings };
}
