import { basename } from 'node:path';
import { getCatalog } from '../core/i18n';
import { buildReport } from '../core/report/buildReport';
import type { FileReading } from '../core/report/buildReport';
import { CliError } from './cliError';
import { checkGrids } from './checkFiles';
import { compare } from './compare';
import { formatText } from './formatText';
import { loadFile } from './loadFile';
import { errorMessage, helpText } from './messages';
import type { CheckOptions, Lang } from './parseArgs';
import { parseArgs, peekLang } from './parseArgs';
import { normalize } from './normalize';
import { summarize } from './summarize';

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date (yyyy-mm-dd), the default report date. */
  today: () => string;
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
  const readings: FileReading[] = [];
  for (const file of options.files) {
    const grids = await loadFile(file);
    readings.push(
      checkGrids(
        basename(file),
        grids,
        { sheet: options.sheet, asOf, dueSoonDays: options.dueSoonDays },
        catalog,
      ),
    );
  }
  const report = buildReport(readings, asOf);
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${formatText(report, catalog)}\n`,
  );
  return report.totals.error > 0 ? 1 : 0;
}
