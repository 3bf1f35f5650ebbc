/**
 * `npm run bench` (`-- --json` for one object): how fast the core reads a 10,000-row table built
 * from the fixtures, how long exceljs takes to read the same table from disk, and how many
 * `sync()` calls the adapter makes to read it, counted by the in-memory Excel host.
 * Medians of several runs; never asserted by tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../src/core/table/grid';
import { readTaskTable } from '../src/core/table/readTaskTable';
import { checkGrid } from '../src/core/check/checkGrid';
import { planHighlights } from '../src/core/highlight/planHighlights';
import { applyHighlights, clearHighlights } from '../src/excel/highlight';
import { buildMeetingWorkbook } from '../src/core/summary/buildMeetingWorkbook';
import { writeSheets } from '../src/excel/writeSheets';
import { readXlsxGrids } from '../src/xlsx/readXlsx';
import { readGrid } from '../src/excel/readGrid';
import { checkRequirements } from '../src/excel/requirements';
import { AppError } from '../src/excel/errors';
import { createInMemoryExcel, workbookFromGrids } from '../src/demo/host';

const ROWS = 10_000;
/**
 * `da06` end to end (issue 9 §4): check, summarize and normalize on one file of this many rows,
 * and check on several files in one call.
 */
const CLI_ROWS = 50_000;
const CLI_FILES = 5;
const RUNS = 7;
/** The report date the bench checks against: most fixture deadlines are past by then. */
const AS_OF = '2024-06-30';
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

/** Task rows of the fixtures, repeated (renumbered, each copy's task marked) up to `rows`. */
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
    const [, task = null, ...rest] = samples[i % samples.length] ?? [];
    // Each copy's task text says which copy it is, as in a real register where every task is its
    // own: without it the table would be thousands of duplicates and per-text work would repeat.
    const copy = Math.floor(i / samples.length);
    const text = copy > 0 && typeof task === 'string' ? `${task} (bản ${String(copy + 1)})` : task;
    values.push([String(i + 1), text, ...rest]);
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

type CliReading = { ms: number; peakMb: number; exit: number };

/**
 * `da06 …args` as a user runs it (bin/da06.js, a new Node process): wall time and the process's
 * peak resident memory, reported by the preloaded bench/peakMemory.cjs.
 */
function runCli(args: readonly string[]): CliReading {
  const root = join(__dirname, '..');
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--require',
      join(__dirname, 'peakMemory.cjs'),
      join(root, 'bin', 'da06.js'),
      ...args,
      '--as-of',
      AS_OF,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = performance.now() - start;
  const peak = /da06-bench-peak-rss-kb (\d+)/.exec(child.stderr);
  return {
    ms: Math.round(ms),
    peakMb: peak ? Math.round(Number(peak[1]) / 1024) : -1,
    exit: child.status ?? -1,
  };
}

type SyncReading = { syncs: number; maxRequestBytes: number; refused: string | null };
type ActionSyncs = {
  check: SyncReading;
  highlight: SyncReading;
  clear: SyncReading;
  summary: SyncReading;
};

/**
 * Each Excel action on the in-memory host with Excel on the web's 5 MB payload limits: the
 * check's read, then highlighting the rows its findings plan, clearing them, and writing the
 * meeting workbook (overview, late tasks, one sheet per agency).
 */
async function actionSyncs(grid: Grid): Promise<ActionSyncs> {
  const excel = createInMemoryExcel(workbookFromGrids([grid], { selection: 'B2' }));
  const requirements = checkRequirements(excel.office);
  const measure = async (action: () => Promise<unknown>): Promise<SyncReading> => {
    excel.resetStats();
    let refused: string | null = null;
    try {
      await action();
    } catch (error) {
      refused = error instanceof AppError ? (error.detail ?? error.code) : String(error);
    }
    const bytes = excel.stats.requests.map((r) => Math.max(r.bytes, r.responseBytes));
    return { syncs: excel.stats.syncs, maxRequestBytes: Math.max(0, ...bytes), refused };
  };
  const check = await measure(() => readGrid(excel, 'auto', requirements));
  const result = checkGrid(grid, { asOf: AS_OF });
  const plan = result.table
    ? planHighlights(result.table, result.findings)
    : { sheet: grid.sheet, areas: [] };
  const highlight = await measure(() => applyHighlights(excel, plan, requirements));
  const clear = await measure(() => clearHighlights(excel, requirements));
  const specs = buildMeetingWorkbook(result.table ? [result.table] : [], {
    asOf: AS_OF,
    dueSoonDays: 14,
    source: grid.sheet,
  });
  const summary = await measure(() => writeSheets(excel, specs, { office: excel.office }));
  return { check, highlight, clear, summary };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const table = await buildTable(ROWS);
  const dir = mkdtempSync(join(tmpdir(), 'da06-bench-'));
  try {
    const file = join(dir, 'bang-10000.xlsx');
    await writeXlsx(table, file);
    checkGrid(table, { asOf: AS_OF }); // warm up the JIT before timing
    const checkMs = await timeMs(() => checkGrid(table, { asOf: AS_OF }));
    const readMs = await timeMs(async () => await readXlsxGrids(readFileSync(file)), 3);
    const bigFile = join(dir, `bang-${CLI_ROWS}.xlsx`);
    await writeXlsx(await buildTable(CLI_ROWS), bigFile);
    const many = Array.from({ length: CLI_FILES }, () => file);
    const big = String(CLI_ROWS);
    const cli = {
      check: {
        [big]: runCli(['check', bigFile, '--format', 'json']),
        [`${String(CLI_FILES)}x${String(ROWS)}`]: runCli(['check', ...many, '--format', 'json']),
      },
      summarize: { [big]: runCli(['summarize', bigFile, '-o', join(dir, 'tong-hop.xlsx')]) },
      normalize: { [big]: runCli(['normalize', bigFile, '-o', join(dir, 'chuan-hoa.xlsx')]) },
    };
    const small = await actionSyncs(await buildTable(100));
    const large = await actionSyncs(table);
    const kinds = ['check', 'highlight', 'clear', 'summary'] as const;
    const pair = (kind: (typeof kinds)[number]) => ({
      '100': small[kind].syncs,
      '10000': large[kind].syncs,
    });
    const all = kinds.flatMap((kind) => [small[kind], large[kind]]);
    const result = {
      rows: ROWS,
      checkMs: Math.round(checkMs),
      readMs: Math.round(readMs),
      rowsPerSecond: Math.round(ROWS / (checkMs / 1000)),
      syncs: {
        check: pair('check'),
        highlight: pair('highlight'),
        clear: pair('clear'),
        summary: pair('summary'),
      },
      maxRequestBytes: Math.max(...all.map((r) => r.maxRequestBytes)),
      cli,
      refused: Object.fromEntries(
        kinds.flatMap((kind) =>
          [small, large].flatMap((size, i) => {
            const refusal = size[kind].refused;
            return refusal ? [[`${kind}@${i === 0 ? 100 : ROWS}`, refusal]] : [];
          }),
        ),
      ),
    };
    if (json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    const rows: [string, string][] = [
      ['rows', String(result.rows)],
      ['core check: read + rules (median ms)', String(result.checkMs)],
      ['rows per second', result.rowsPerSecond.toLocaleString('en-US')],
      ['exceljs read from disk (median ms)', String(result.readMs)],
      ...kinds.map((kind): [string, string] => [
        `sync() ${kind} 100 / 10,000 rows`,
        `${small[kind].syncs} / ${large[kind].syncs}`,
      ]),
      [
        'refused by the host',
        Object.entries(result.refused)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ') || '—',
      ],
      ['largest sync payload (bytes)', result.maxRequestBytes.toLocaleString('en-US')],
      ...Object.entries(cli).flatMap(([command, runs]) =>
        Object.entries(runs).map(([size, run]): [string, string] => [
          `da06 ${command}, ${size.replace('x', ' files × ')} rows`,
          `${String(run.ms)} ms, peak ${String(run.peakMb)} MB, exit ${String(run.exit)}`,
        ]),
      ),
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
