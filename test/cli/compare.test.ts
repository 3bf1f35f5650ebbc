import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli as run } from '../helpers/cli';
import { reportSchema } from '../../src/core/report/reportSchema';
import type { Report, ReportFinding } from '../../src/core/report/reportSchema';
import { fixturePath } from '../helpers/fixtures';
import { RESULT_551, RESULT_558, registerRows } from '../core/compare/registerRows';

const ANNEX = fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx');
const scratch = mkdtempSync(join(tmpdir(), 'da06-compare-'));

async function json(...argv: string[]): Promise<{ code: number; report: Report }> {
  const { code, stdout, stderr } = await run(...argv, '--format', 'json');
  expect(stderr).toBe('');
  return { code, report: reportSchema.parse(JSON.parse(stdout)) };
}

/** Writes a workbook with one sheet per entry (exceljs), built in the test: no binary fixture. */
async function writeWorkbook(name: string, sheets: Record<string, (string | number | null)[][]>) {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) workbook.addWorksheet(sheet).addRows(rows);
  const path = join(scratch, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const procedures = (findings: readonly ReportFinding[]) =>
  findings.filter((f) => f.params.noun === 'thủ tục hành chính');

describe('da06 compare', () => {
  it('register (558, 31/12/2023) → annex (551, 31/01/2024): a change, 7 fewer, exit 0', async () => {
    const register = await writeWorkbook('so-theo-doi-T12-2023.xlsx', {
      'Sổ theo dõi': registerRows('31/12/2023', RESULT_558),
    });
    const { code, report } = await json('compare', register, ANNEX);
    expect(code).toBe(0);
    expect(report.asOf).toBe('2024-01-31');
    expect(report.files.map((f) => [f.file, f.tables[0]?.tasks.length])).toEqual([
      ['so-theo-doi-T12-2023.xlsx', 2],
      ['bao-cao-230-cham-muon-T01-2024.xlsx', 27],
    ]);
    expect(report.files[0]?.tables[0]?.findings).toEqual([]);
    const findings = report.files[1]?.tables[0]?.findings ?? [];
    expect(procedures(findings)).toEqual([
      {
        rule: 'figure-conflict',
        code: 'figure_change',
        severity: 'warning',
        sheet: 'Chậm muộn T1-2024',
        cell: 'F24',
        message:
          'Số thủ tục hành chính đổi từ 558 (31/12/2023) ở ô F5 trang “Sổ theo dõi” tệp so-theo-doi-T12-2023.xlsx thành 551 (31/01/2024): ít hơn 7.',
        params: {
          noun: 'thủ tục hành chính',
          value: 551,
          date: '2024-01-31',
          otherValue: 558,
          otherDate: '2023-12-31',
          difference: -7,
          otherCell: 'F5',
          otherSheet: 'Sổ theo dõi',
          otherFile: 'so-theo-doi-T12-2023.xlsx',
        },
      },
    ]);
    expect(report.totals).toMatchObject({ tasks: 29, error: 0, warning: findings.length });
  });

  it('prints text grouped like check, in English on request', async () => {
    const register = await writeWorkbook('register-en.xlsx', {
      Register: registerRows('31/12/2023', RESULT_558),
    });
    const { code, stdout, stderr } = await run('compare', register, ANNEX, '--lang', 'en');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Figures differ (2) — Warning [figure-conflict]');
    expect(stdout).toContain(
      'F24: thủ tục hành chính changed from 558 (31/12/2023) at F5 on "Register" in register-en.xlsx to 551 (31/01/2024): 7 fewer.',
    );
  });

  it('the same report date: a conflict, exit 1', async () => {
    const register = await writeWorkbook('so-cung-ngay.xlsx', {
      'Sổ theo dõi': registerRows('31/01/2024', RESULT_558),
    });
    const { code, report } = await json('compare', register, ANNEX);
    expect(code).toBe(1);
    const [finding] = procedures(report.files[1]?.tables[0]?.findings ?? []);
    expect(finding).toMatchObject({
      code: 'figure_conflict',
      severity: 'error',
      cell: 'F24',
      params: { value: 551, otherValue: 558, otherCell: 'F5', otherFile: 'so-cung-ngay.xlsx' },
    });
  });

  it('consistent figures: silent, exit 0', async () => {
    const older = await writeWorkbook('cu.xlsx', { Sổ: registerRows('31/12/2023', RESULT_551) });
    const newer = await writeWorkbook('moi.xlsx', { Sổ: registerRows('31/01/2024', RESULT_551) });
    const { code, report } = await json('compare', older, newer);
    expect(code).toBe(0);
    expect(report.totals).toMatchObject({ error: 0, warning: 0, info: 0 });
  });

  it('reads the sheet asked for', async () => {
    const book = await writeWorkbook('hai-trang.xlsx', {
      Khác: [['ghi chú']],
      Sổ: registerRows('31/12/2023', RESULT_558),
    });
    const { code, report } = await json('compare', book, ANNEX, '--sheet', 'Sổ');
    expect(code).toBe(0);
    expect(report.files[0]?.tables[0]?.sheet).toBe('Sổ');
    const missing = await run('compare', book, ANNEX, '--sheet', 'Không có');
    expect(missing.code).toBe(2);
  });

  it.each([
    [['compare', ANNEX]],
    [['compare', ANNEX, ANNEX, ANNEX]],
    [['compare', ANNEX, join(scratch, 'khong-co.xlsx')]],
    [['compare', ANNEX, ANNEX, '--as-of', '2024-01-31']],
  ])('bad input %j: exit 2 with one line on stderr', async (argv) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^da06: /);
  });
});

describe('da06 check on a workbook with two report months', () => {
  it('compares the sheets: the same change, on the later sheet', async () => {
    const book = await writeWorkbook('so-hai-thang.xlsx', {
      'T12-2023': registerRows('31/12/2023', RESULT_558),
      'T01-2024': registerRows('31/01/2024', RESULT_551),
    });
    const { code, report } = await json('check', book, '--as-of', '2024-01-31');
    expect(code).toBe(report.totals.error > 0 ? 1 : 0);
    const [december, january] = report.files[0]?.tables ?? [];
    expect(procedures(december?.findings ?? [])).toEqual([]);
    expect(procedures(january?.findings ?? [])).toMatchObject([
      {
        code: 'figure_change',
        severity: 'warning',
        sheet: 'T01-2024',
        cell: 'F5',
        params: {
          value: 551,
          otherValue: 558,
          difference: -7,
          date: '2024-01-31',
          otherDate: '2023-12-31',
          otherSheet: 'T12-2023',
          otherFile: 'so-hai-thang.xlsx',
        },
      },
    ]);
  });

  it('sheets without report dates are one report: a conflict, exit 1', async () => {
    const book = await writeWorkbook('so-khong-ngay.xlsx', {
      'Bảng 1': registerRows(null, RESULT_558),
      'Bảng 2': registerRows(null, RESULT_551),
    });
    const { code, report } = await json('check', book, '--as-of', '2024-01-31');
    expect(code).toBe(1);
    expect(procedures(report.files[0]?.tables[1]?.findings ?? [])).toMatchObject([
      { code: 'figure_conflict', severity: 'error', sheet: 'Bảng 2', cell: 'F5' },
    ]);
  });
});
