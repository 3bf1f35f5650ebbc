import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Catalog } from '../core/i18n';
import { getCatalog } from '../core/i18n';
import { buildReport } from '../core/report/buildReport';
import { buildMeetingWorkbook } from '../core/summary/buildMeetingWorkbook';
import type { SheetSpec } from '../core/summary/sheetSpec';
import { isMeetingWorkbook, writeSheetSpecsXlsx } from '../xlsx/writeSheetSpecs';
import { checkGrids } from './checkFiles';
import { CliError } from './cliError';
import { loadFile } from './loadFile';
import type { CliIo } from './main';
import type { SummarizeOptions } from './parseArgs';

/**
 * `da06 summarize FILE -o OUT.xlsx`: the task tables of FILE, read as `da06 check` reads them,
 * written as the meeting workbook. OUT is replaced only when da06 made it; the file appears
 * whole or not at all. Exit 0 once written: the findings are `check`'s business.
 */
export async function summarize(options: SummarizeOptions, io: CliIo): Promise<number> {
  const output = options.output;
  if (extname(output).toLowerCase() !== '.xlsx') {
    throw new CliError('output_not_xlsx', { file: output });
  }
  await refuseInputAsOutput(options.file, output);
  const grids = await loadFile(options.file);
  await refuseForeignOutput(output);

  const asOf = options.asOf ?? io.today();
  const catalog = getCatalog(options.lang);
  const file = basename(options.file);
  const reading = checkGrids(
    file,
    grids,
    { sheet: options.sheet, asOf, dueSoonDays: options.dueSoonDays },
    catalog,
  );
  const tables = reading.tables.map((t) => t.table);
  if (tables.length === 0) throw new CliError('no_table', { file: options.file });

  const specs = buildMeetingWorkbook(tables, {
    asOf,
    dueSoonDays: options.dueSoonDays,
    source: `${file} — ${tables.map((t) => t.sheet).join(', ')}`,
  });
  const data = await writeSheetSpecsXlsx(specs).xlsx.writeBuffer();
  await writeWhole(output, new Uint8Array(data));

  const totals = buildReport([reading], asOf).totals;
  io.stdout(`${summaryLine(output, specs, totals, catalog)}\n`);
  return 0;
}

/** Writing the summary over the table it summarizes would lose the table. */
async function refuseInputAsOutput(input: string, output: string): Promise<void> {
  if (resolve(input) === resolve(output)) throw new CliError('output_is_input', { file: output });
  // Other spellings of the same file: links, letter case on Windows and macOS.
  const [a, b] = await Promise.all([stat(input).catch(() => null), stat(output).catch(() => null)]);
  if (a && b && a.dev === b.dev && a.ino === b.ino) {
    throw new CliError('output_is_input', { file: output });
  }
}

/** An existing OUT is replaced only when it is a meeting workbook da06 wrote. */
async function refuseForeignOutput(output: string): Promise<void> {
  const info = await stat(output).catch(() => null);
  if (!info) return;
  if (!info.isFile()) throw new CliError('output_unwritable', { file: output });
  const data = await readFile(output).catch(() => {
    throw new CliError('output_unwritable', { file: output });
  });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; the bytes are what it reads.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new CliError('output_exists', { file: output });
  }
  if (!isMeetingWorkbook(workbook)) throw new CliError('output_exists', { file: output });
}

/** Writes beside OUT, then renames: a failure leaves no half-written workbook under OUT's name. */
async function writeWhole(output: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(output), `.${basename(output)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, output);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new CliError('output_unwritable', { file: output });
  }
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
