import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Catalog } from '../core/i18n';
import type { FileReading } from '../core/report/buildReport';
import type { Grid } from '../core/table/grid';
import { isDa06Workbook } from '../xlsx/writeSheetSpecs';
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
 * The path every command that turns a file's task tables into a new workbook takes (`summarize`,
 * `normalize`): OUT must end in .xlsx and is never FILE; FILE is read as `da06 check` reads it
 * (no task table: refused); OUT is replaced only when da06 wrote it, and appears whole or not at
 * all. Resolves to what `build` returns beside the workbook, once the workbook is written.
 */
export async function writeTablesWorkbook<T>(
  request: TablesWorkbookRequest,
  catalog: Catalog,
  build: (tables: TablesReading) => { workbook: ExcelJS.Workbook; result: T },
): Promise<T> {
  const { file, output, command } = request;
  if (extname(output).toLowerCase() !== '.xlsx') {
    throw new CliError('output_not_xlsx', { file: output, command });
  }
  await refuseInputAsOutput(file, output);
  const grids = await loadFile(file);
  await refuseForeignOutput(output);

  const reading = checkGrids(basename(file), grids, request, catalog);
  if (reading.tables.length === 0) throw new CliError('no_table', { file });
  const { workbook, result } = build({ reading, grids });
  const data = await workbook.xlsx.writeBuffer();
  await writeWhole(output, new Uint8Array(data));
  return result;
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
