import type { Catalog } from '../core/i18n';
import { getCatalog } from '../core/i18n';
import { buildReport } from '../core/report/buildReport';
import { buildMeetingWorkbook } from '../core/summary/buildMeetingWorkbook';
import type { SheetSpec } from '../core/summary/sheetSpec';
import type { CliIo } from './main';
import type { SummarizeOptions } from './parseArgs';
import { takeEach, writeTablesWorkbook } from './writeTablesWorkbook';

/**
 * `da06 summarize FILE -o OUT.xlsx`: the task tables of FILE, read as `da06 check` reads them,
 * written as the meeting workbook. OUT is replaced only when da06 made it; the file appears
 * whole or not at all. Exit 0 once written: the findings are `check`'s business.
 */
export async function summarize(options: SummarizeOptions, io: CliIo): Promise<number> {
  const asOf = options.asOf ?? io.today();
  const catalog = getCatalog(options.lang);
  const line = await writeTablesWorkbook({ ...options, asOf }, catalog, ({ reading }) => {
    const tables = reading.tables.map((t) => t.table);
    const specs = buildMeetingWorkbook(tables, {
      asOf,
      dueSoonDays: options.dueSoonDays,
      source: `${reading.file} — ${tables.map((t) => t.sheet).join(', ')}`,
    });
    const totals = buildReport([reading], asOf).totals;
    // The line first: the writer then lets each sheet's spec go once written.
    const result = summaryLine(options.output, specs, totals, catalog);
    return { kind: 'meeting', specs: takeEach(specs), result };
  });
  io.stdout(`${line}\n`);
  return 0;
}

type Totals = { tasks: number; overdue: number };

const WORDS: Record<
  Catalog['locale'],
  (p: { file: string; sheets: string; parts: string; tasks: string; overdue: string }) => string
> = {
  vi: (p) =>
    `Đã ghi ${p.file}: ${p.sheets} trang (${p.parts}) — ${p.tasks} nhiệm vụ, ${p.overdue} quá hạn.`,
  en: (p) =>
    `Wrote ${p.file}: ${p.sheets} sheets (${p.parts}) — ${p.tasks} tasks, ${p.overdue} overdue.`,
};

const AGENCY_SHEETS: Record<Catalog['locale'], (count: string) => string> = {
  vi: (count) => `${count} trang theo đơn vị`,
  en: (count) => `${count} agency sheets`,
};

/** "Đã ghi OUT.xlsx: 14 trang (Tổng hợp, Chậm muộn, 12 trang theo đơn vị) — 27 nhiệm vụ, …" */
function summaryLine(
  output: string,
  specs: readonly SheetSpec[],
  totals: Totals,
  catalog: Catalog,
): string {
  const n = catalog.formatNumber;
  const agencies = specs.filter((spec) => spec.kind === 'agency').length;
  const parts = specs.filter((spec) => spec.kind !== 'agency').map((spec) => spec.name);
  if (agencies > 0) parts.push(AGENCY_SHEETS[catalog.locale](n(agencies)));
  return WORDS[catalog.locale]({
    file: output,
    sheets: n(specs.length),
    parts: parts.join(', '),
    tasks: n(totals.tasks),
    overdue: n(totals.overdue),
  });
}
