import { basename } from 'node:path';
import { getCatalog } from '../core/i18n';
import { reportOfFiles, toReportFile } from '../core/report/buildReport';
import type { ReportFile } from '../core/report/reportSchema';
import { CliError } from './cliError';
import { checkGrids } from './checkFiles';
import { compare } from './compare';
import { textLines } from './formatText';
import { loadFile } from './loadFile';
import { errorMessage, helpText, progressMessage } from './messages';
import type { CheckOptions, Lang } from './parseArgs';
import { parseArgs, peekLang } from './parseArgs';
import { normalize } from './normalize';
import { summarize } from './summarize';
import { writeInChunks } from './writeInChunks';
import { writeJson } from './writeJson';

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date (yyyy-mm-dd), the default report date. */
  today: () => string;
  /**
   * Where the step under way is shown while a long check runs: set only when stderr is a
   * terminal, so piped output and logs get no progress lines. "" clears it.
   */
  progress?: ((text: string) => void) | undefined;
  /**
   * Resolves when stdout has taken what was written: a long report waits on it between chunks,
   * so that a slow pipe does not make it pile up in memory. Absent: nothing to wait for.
   */
  drained?: (() => Promise<void>) | undefined;
};

/** Runs `da06` with its arguments; resolves to the exit status (0 clean, 1 errors found, 2 failed). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Known before the arguments are read, so that their errors are worded in it too.
  let lang: Lang = peekLang(argv);
  try {
    const options = parseArgs(argv);
    lang = options.lang;
    if (options.command === 'help') {
      io.stdout(`${helpText(lang)}\n`);
      return 0;
    }
    if (options.command === 'compare') return await compare(options, io);
    if (options.command === 'summarize') return await summarize(options, io);
    if (options.command === 'normalize') return await normalize(options, io);
    return await check(options, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`da06: ${errorMessage(lang, error.code, error.params)}\n`);
      return 2;
    }
    // An internal fault: still one line, never a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      lang === 'en'
        ? `da06: internal error (${detail}) — please report it with the file that caused it.\n`
        : `da06: lỗi nội bộ (${detail}) — vui lòng báo lại kèm tệp gây lỗi.\n`,
    );
    return 2;
  }
}

async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const asOf = options.asOf ?? io.today();
  const catalog = getCatalog(options.lang);
  const readings: ReportFile[] = [];
  const total = options.files.length;
  let failed = 0;
  for (const [index, file] of options.files.entries()) {
    const step = { file: basename(file), index: index + 1, total };
    try {
      io.progress?.(progressMessage(options.lang, { ...step, rows: null }));
      const grids = await loadFile(file);
      const rows = grids.reduce((sum, grid) => sum + grid.values.length, 0);
      io.progress?.(progressMessage(options.lang, { ...step, rows }));
      const reading = checkGrids(
        basename(file),
        grids,
        { sheet: options.sheet, asOf, dueSoonDays: options.dueSoonDays },
        catalog,
      );
      // Kept in report form only: the task table behind it is freed before the next file is read.
      readings.push(toReportFile(reading, asOf));
    } catch (error) {
      // One unreadable file among many must not lose the report of the others: its line goes to
      // stderr, the rest are checked, and the exit status still says the job was not all done.
      if (!(error instanceof CliError) || total === 1) throw error;
      io.progress?.('');
      io.stderr(`da06: ${errorMessage(options.lang, error.code, error.params)}\n`);
      failed += 1;
    }
  }
  io.progress?.('');
  if (readings.length === 0) return 2;
  const report = reportOfFiles(readings, asOf);
  if (options.format === 'json') {
    // In pieces: 50,000 tasks as one string would cost 260 MB, and as much again to print it.
    await writeJson(report, io.stdout, io.drained);
    io.stdout('\n');
  } else {
    await writeInChunks(endLines(textLines(report, catalog)), io.stdout, io.drained);
  }
  if (failed > 0) return 2;
  return report.totals.error > 0 ? 1 : 0;
}

/** Each line with its line break: `formatText`'s lines joined, plus the final newline. */
function* endLines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}
