import { checkGrid } from '../../../src/core/check/checkGrid';
import type { IsoDate } from '../../../src/core/parse/deadlineSchema';
import type { Finding, Rule } from '../../../src/core/rules/ruleTypes';
import type { TaskTable } from '../../../src/core/table/model';
import { WORKBOOKS, gridOf, loadWorkbook } from '../../helpers/fixtures';

/** The columns of a synthetic table: A STT, B task, C directive, D lead, E deadline, F result. */
export const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Văn bản chỉ đạo',
  'Đơn vị chủ trì',
  'Thời hạn',
  'Kết quả',
];

/** One task row of the synthetic table (row 2 when first). */
export type TaskRow = {
  task?: string;
  directive?: string;
  deadline?: string | number | null;
  result?: string;
};

export type RunOptions = {
  asOf: IsoDate;
  dueSoonDays?: number;
  /** Another header (drop or rename columns); rows are then given cell by cell. */
  header?: string[];
  /** Number format of the deadline cells (a real Excel date is a serial in "dd/mm/yyyy"). */
  deadlineFormat?: string;
};

/** A row in HEADER's layout. */
export function rowOf(row: TaskRow, stt: number): (string | number | null)[] {
  return [
    String(stt),
    row.task ?? 'Triển khai nhiệm vụ',
    row.directive ?? '',
    'Bộ Công an',
    row.deadline ?? null,
    row.result ?? '',
  ];
}

/** Reads a synthetic table (HEADER, then one row per task) and runs one rule on it. */
export function runOn(
  rule: Rule,
  rows: readonly TaskRow[] | readonly (string | number | null)[][],
  options: RunOptions,
): { findings: Finding[]; table: TaskTable } {
  const header = options.header ?? HEADER;
  const body = rows.map((row, i) => (Array.isArray(row) ? [...row] : rowOf(row, i + 1)));
  const values = [header, ...body];
  const deadlineColumn = HEADER.indexOf('Thời hạn');
  const grid = gridOf(values, {
    ...(options.deadlineFormat === undefined
      ? {}
      : {
          numberFormats: values.map((row, r) =>
            row.map((_, c) =>
              r > 0 && c === deadlineColumn ? (options.deadlineFormat ?? 'General') : 'General',
            ),
          ),
        }),
  });
  const result = checkGrid(grid, {
    asOf: options.asOf,
    rules: [rule],
    ...(options.dueSoonDays === undefined ? {} : { dueSoonDays: options.dueSoonDays }),
  });
  if (result.table === null) throw new Error(`table not read: ${JSON.stringify(result.issues)}`);
  return { findings: result.findings, table: result.table };
}

/** The findings of one rule on a fixture workbook, as of its report date. */
export async function runOnWorkbook(
  rule: Rule,
  file: (typeof WORKBOOKS)[number]['file'],
): Promise<{ findings: Finding[]; table: TaskTable }> {
  const workbook = WORKBOOKS.find((w) => w.file === file);
  const [grid] = await loadWorkbook(file);
  if (workbook === undefined || grid === undefined) throw new Error(`no fixture ${file}`);
  const result = checkGrid(grid, { asOf: workbook.reportDate, rules: [rule] });
  if (result.table === null) throw new Error(`table not read: ${file}`);
  return { findings: result.findings, table: result.table };
}

/** What a test asserts of a finding: code, cell, params (and severity). */
export function essentials(
  finding: Finding,
): Pick<Finding, 'code' | 'cell' | 'params' | 'severity'> {
  return {
    code: finding.code,
    cell: finding.cell,
    params: finding.params,
    severity: finding.severity,
  };
}
