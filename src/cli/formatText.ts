import type { Catalog } from '../core/i18n';
import type { Report, ReportFinding, ReportTable } from '../core/report/reportSchema';
import { columnRoleSchema } from '../core/table/model';
import { statusSchema } from '../core/parse/statusSchema';
import { ruleIdSchema } from '../core/rules/ruleTypes';
import type { DeadlineKind } from '../core/parse/deadlineSchema';

const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'date',
  'recurring',
  'conditional',
  'none',
  'unparsed',
];

type Words = {
  table: (p: { sheet: string; range: string; header: number; tasks: string }) => string;
  columns: string;
  statuses: string;
  deadlines: string;
  overdue: (p: { count: string; asOf: string }) => string;
  totals: (p: {
    files: string;
    tasks: string;
    overdue: string;
    errors: string;
    warnings: string;
  }) => string;
  noTable: string;
  clean: string;
};

const WORDS: Record<Catalog['locale'], Words> = {
  vi: {
    table: (p) =>
      `Trang tính "${p.sheet}", vùng ${p.range}, dòng tiêu đề ${p.header}: ${p.tasks} nhiệm vụ`,
    columns: 'Cột',
    statuses: 'Tình trạng',
    deadlines: 'Thời hạn',
    overdue: (p) => `Quá hạn tính đến ${p.asOf}: ${p.count} nhiệm vụ`,
    totals: (p) =>
      `Tổng: ${p.files} tệp, ${p.tasks} nhiệm vụ, ${p.overdue} quá hạn, ${p.errors} lỗi, ${p.warnings} cảnh báo`,
    noTable: 'Không đọc được bảng nhiệm vụ nào',
    clean: 'Không phát hiện vấn đề nào.',
  },
  en: {
    table: (p) => `Sheet "${p.sheet}", range ${p.range}, header row ${p.header}: ${p.tasks} tasks`,
    columns: 'Columns',
    statuses: 'Status',
    deadlines: 'Deadlines',
    overdue: (p) => `Overdue as of ${p.asOf}: ${p.count} tasks`,
    totals: (p) =>
      `Total: ${p.files} files, ${p.tasks} tasks, ${p.overdue} overdue, ${p.errors} errors, ${p.warnings} warnings`,
    noTable: 'No task table could be read',
    clean: 'No problem found.',
  },
};

/** The human-readable report: per table what was understood, then the findings. */
export function formatText(report: Report, catalog: Catalog): string {
  return [...textLines(report, catalog)].join('\n');
}

/**
 * The lines of `formatText`, one table at a time: a large report is printed as it is formatted
 * instead of first becoming one string.
 */
export function* textLines(report: Report, catalog: Catalog): Generator<string> {
  const words = WORDS[catalog.locale];
  const n = catalog.formatNumber;
  for (const file of report.files) {
    yield file.file;
    if (file.tables.length === 0) yield `  ${words.noTable}`;
    for (const table of file.tables) yield* formatTable(table, report.asOf, catalog, words);
    if (file.findings.length > 0) yield* formatFindings(file.findings, catalog, words);
    yield '';
  }
  yield words.totals({
    files: n(report.files.length),
    tasks: n(report.totals.tasks),
    overdue: n(report.totals.overdue),
    errors: n(report.totals.error),
    warnings: n(report.totals.warning),
  });
}

function formatTable(table: ReportTable, asOf: string, catalog: Catalog, words: Words): string[] {
  const n = catalog.formatNumber;
  const columns = columnRoleSchema.options
    .filter((role) => table.columns[role] !== undefined)
    .map((role) => `${table.columns[role] ?? ''} ${catalog.role(role)}`);
  const statuses = statusSchema.options
    .map((status) => [status, table.tasks.filter((t) => t.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${catalog.status(status)} ${n(count)}`);
  const deadlines = DEADLINE_KINDS.map(
    (kind) => [kind, table.tasks.filter((t) => t.deadline.kind === kind).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${catalog.deadlineKind(kind)} ${n(count)}`);
  const overdue = table.tasks.filter((t) => t.overdue);
  return [
    `  ${words.table({ sheet: table.sheet, range: table.range, header: table.headerRow, tasks: n(table.tasks.length) })}`,
    `    ${words.columns}: ${columns.join(' · ')}`,
    `    ${words.statuses}: ${statuses.join(' · ')}`,
    `    ${words.deadlines}: ${deadlines.join(' · ')}`,
    `    ${words.overdue({ count: n(overdue.length), asOf })}`,
    ...formatFindings(table.findings, catalog, words),
  ];
}

/** Findings grouped by rule, in the order the rules ran: a heading with the count, then cells. */
function formatFindings(
  findings: readonly ReportFinding[],
  catalog: Catalog,
  words: Words,
): string[] {
  if (findings.length === 0) return [`    ${words.clean}`];
  const groups = new Map<string, ReportFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (group) group.push(finding);
    else groups.set(finding.rule, [finding]);
  }
  const lines: string[] = [];
  for (const [rule, group] of groups) {
    const id = ruleIdSchema.safeParse(rule);
    const name = id.success ? catalog.rule(id.data) : rule;
    const severities = [...new Set(group.map((f) => catalog.severity(f.severity)))].join('/');
    lines.push(`    ${name} (${catalog.formatNumber(group.length)}) — ${severities} [${rule}]`);
    for (const finding of group) lines.push(`      ${finding.cell}: ${finding.message}`);
  }
  return lines;
}
