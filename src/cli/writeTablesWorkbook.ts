import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Catalog } from '../core/i18n';
import type { FileReading } from '../core/report/buildReport';
import type { Grid } from '../core/table/grid';
import type { SheetSpec } from '../core/summary/sheetSpec';
import type { Da06WorkbookKind } from '../xlsx/writeSheetSpecs';
import { isDa06Workbook, streamSheetSpecsXlsx } from '../xlsx/writeSheetSpecs';
import type { CheckRequest } from './checkFiles';
import { checkGrids } from './checkFiles';
import { CliError } from './cliError';
import { loadFile } from './loadFile';

export type TablesWorkbookRequest = CheckRequest & {
  /** The command, for the hints of its errors. */
  command: 'summarize' | 'normalize';
  /** The file to read (.xlsx, .csv, .tsv). */
  file: string;
  /** The workbook to write (.xlsx). */
  output: string;
};

/** What FILE holds, read as `da06 check` reads it: its grids, and at least one task table. */
export type TablesReading = { reading: FileReading; grids: readonly Grid[] };

/**
 * The workbook to write, and what the command reports. `specs` is read once, in order: an
 * iterable that lets each spec go once handed over keeps only one sheet's spec in memory.
 */
export type TablesWorkbook<T> = { kind: Da06WorkbookKind; specs: Iterable<SheetSpec>; result: T };

/**
 * The path every command that turns a file's task tables into a new workbook takes (`summarize`,
 * `normalize`): OUT must end in .xlsx and is never FILE; FILE is read as `da06 check` reads it
 * (no task table: refused); OUT is replaced only when da06 wrote it, and appears whole or not at
 * all. Resolves to what `build` returns beside the workbook, once the workbook is written.
 */
export async function writeTablesWorkbook<T>(
  request: TablesWorkbookRequest,
  catalog: Catalog,
  build: (tables: TablesReading) => TablesWorkbook<T>,
): Promise<T> {
  const { file, output, command } = request;
  if (extname(output).toLowerCase() !== '.xlsx') {
    throw new CliError('output_not_xlsx', { file: output, command });
  }
  await refuseInputAsOutput(file, output);
  // Read in a function of its own: the grids and the check's tables are let go before writing.
  const { kind, specs, result } = build(await readTables(request, catalog));
  await writeWhole(output, (stream) => streamSheetSpecsXlsx(specs, kind, stream));
  return result;
}

async function readTables(
  request: TablesWorkbookRequest,
  catalog: Catalog,
): Promise<TablesReading> {
  const { file, output } = request;
  const grids = await loadFile(file);
  await refuseForeignOutput(output);
  // The workbook is made of the tables (deadlines and statuses are read with them), not of the
  // findings: no rule runs, which on a large register is most of the time.
  const reading = checkGrids(basename(file), grids, { ...request, rules: [] }, catalog);
  if (reading.tables.length === 0) throw new CliError('no_table', { file });
  return { reading, grids };
}

/** Hands over each spec and forgets it: the array ends empty, and each sheet's spec can go. */
export function* takeEach(specs: SheetSpec[]): Generator<SheetSpec, void, void> {
  for (let spec = specs.shift(); spec; spec = specs.shift()) yield spec;
}

/** Writing over the file being read would lose its task table. */
async function refuseInputAsOutput(input: string, output: string): Promise<void> {
  if (resolve(input) === resolve(output)) throw new CliError('output_is_input', { file: output });
  // Other spellings of the same file: links, letter case on Windows and macOS.
  const [a, b] = await Promise.all([stat(input).catch(() => null), stat(output).catch(() => null)]);
  if (a && b && a.dev === b.dev && a.ino === b.ino) {
    throw new CliError('output_is_input', { file: output });
  }
}

/** An existing OUT is replaced only when it is a workbook da06 wrote. */
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
  if (!isDa06Workbook(workbook)) throw new CliError('output_exists', { file: output });
}

/** Writes beside OUT, then renames: a failure leaves no half-written workbook under OUT's name. */
async function writeWhole(
  output: string,
  write: (stream: Writable) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(output), `.${basename(output)}.${randomUUID()}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  // The writer waits for the file to finish, which a failed file never does: its error ends the wait.
  const failed = new Promise<never>((_, reject) => {
    stream.once('error', () => {
      reject(new CliError('output_unwritable', { file: output }));
    });
  });
  try {
    await Promise.race([write(stream), failed]);
    await rename(temp, output).catch(() => {
      throw new CliError('output_unwritable', { file: output });
    });
  } catch (error) {
    stream.destroy();
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
