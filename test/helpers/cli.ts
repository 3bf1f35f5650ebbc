import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

export type CliResult = { code: number; stdout: string; stderr: string };

/** Today as the CLI tests see it: `da06` without `--as-of` checks as of this date. */
export const CLI_TODAY = '2024-12-05';

/** Runs `da06 …argv` in-process, collecting what it prints. */
export async function runCli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: () => CLI_TODAY,
  });
  return { code, stdout, stderr };
}

/** A workbook the CLI wrote, read back with exceljs. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
