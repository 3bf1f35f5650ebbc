/**
 * `npm run bench` (`-- --json` for one object): how fast the core reads a 10,000-row table built
 * from the fixtures, how long exceljs takes to read the same table from disk, and how many
 * `sync()` calls the adapter makes to read it, counted by the in-memory Excel host.
 * Medians of several runs; never asserted by tests.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../src/core/table/grid';
import { readTaskTable } from '../src/core/table/readTaskTable';
import { readXlsxGrids } from '../src/xlsx/readXlsx';
import { readGrid } from '../src/excel/readGrid';
import { checkRequirements } from '../src/excel/requirements';
import { AppError } from '../src/excel/errors';
import { createInMemoryExcel, workbookFromGrids } from '../src/demo/host';

const ROWS = 10_000;
const RUNS = 7;
const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const WORKBOOKS = [
  'bao-cao-230-cham-muon-T01-2024.xlsx',
  'thanh-hoa-phu-luc-I-06-2024.xlsx',
  'chi-thi-05-2023-phu-luc.xlsx',
];
const HEADER = [
  'STT',
  'Nội dung, nhiệm vụ',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời gian hoàn thành',
  'Kết quả',
];

/** Task rows of the fixtures, repeated (and renumbered) up to `rows`. */
async function buildTable(rows: number): Promise<Grid> {
  const samples: CellValue[][] = [];
  for (const file of WORKBOOKS) {
    const [grid] = await readXlsxGrids(readFileSync(join(FIXTURES, file)));
    if (!grid) continue;
    const result = readTaskTable(grid);
    if (!result.success) continue;
    for (const task of result.data.tasks) {
      samples.push([
        null,
        task.task,
        task.leadText,
        task.partnersText,
        task.deadlineText,
        task.result,
      ]);
    }
  }
  const values: CellValue[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const sample = samples[i % samples.length] ?? [];
    values.push([String(i + 1), ...sample.slice(1)]);
  }
  return { sheet: 'Nhiệm vụ', origin: { row: 1, column: 1 }, values, merges: [] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timeMs(action: () => unknown, runs = RUNS): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function writeXlsx(grid: Grid, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(grid.sheet);
  for (const row of grid.values) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

type SyncReading = { syncs: number; maxRequestBytes: number; refused: string | null };

/** Reads the table through the in-memory host with Excel on the web's 5 MB payload limits. */
async function readSyncs(grid: Grid): Promise<SyncReading> {
  const excel = createInMemoryExcel(workbookFromGrids([grid], { selection: 'B2' }));
  let refused: string | null = null;
  try {
    await readGrid(excel, 'auto', checkRequirements(excel.office));
  } catch (error) {
    refused = error instanceof AppError ? (error.detail ?? error.code) : String(error);
  }
  const bytes = excel.stats.requests.map((r) => Math.max(r.bytes, r.responseBytes));
  return { syncs: excel.stats.syncs, maxRequestBytes: Math.max(0, ...bytes), refused };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const table = await buildTable(ROWS);
  const dir = mkdtempSync(join(tmpdir(), 'da06-bench-'));
  try {
    const file = join(dir, 'bang-10000.xlsx');
    await writeXlsx(table, file);
    readTaskTable(table); // warm up the JIT before timing
    const checkMs = await timeMs(() => readTaskTable(table, { reportDate: '2024-06-30' }));
    const readMs = await timeMs(async () => await readXlsxGrids(readFileSync(file)), 3);
    const small = await readSyncs(await buildTable(100));
    const large = await readSyncs(table);
    const result = {
      rows: ROWS,
      checkMs: Math.round(checkMs),
      readMs: Math.round(readMs),
      rowsPerSecond: Math.round(ROWS / (checkMs / 1000)),
      syncs: { check: { '100': small.syncs, '10000': large.syncs } },
      maxRequestBytes: Math.max(small.maxRequestBytes, large.maxRequestBytes),
      refused: { '100': small.refused, '10000': large.refused },
    };
    if (json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    const rows: [string, string][] = [
      ['rows', String(result.rows)],
      ['core read + interpret (median ms)', String(result.checkMs)],
      ['rows per second', result.rowsPerSecond.toLocaleString('en-US')],
      ['exceljs read from disk (median ms)', String(result.readMs)],
      ['sync() to read 100 / 10,000 rows', `${small.syncs} / ${large.syncs}`],
      ['refused by the host (100 / 10,000)', `${small.refused ?? '—'} / ${large.refused ?? '—'}`],
      ['largest sync payload (bytes)', result.maxRequestBytes.toLocaleString('en-US')],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
