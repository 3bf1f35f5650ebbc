import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli as run, openWorkbook as open } from '../helpers/cli';
import { reportSchema } from '../../src/core/report/reportSchema';
import type { Report } from '../../src/core/report/reportSchema';
import type { CellValue } from '../../src/core/table/grid';
import { cellToValue } from '../../src/xlsx/cellToValue';
import { isMeetingWorkbook } from '../../src/xlsx/writeSheetSpecs';
import { WORKBOOKS, fixturePath } from '../helpers/fixtures';

async function checkJson(file: string, asOf: string): Promise<Report> {
  const { stdout } = await run('check', file, '--as-of', asOf, '--format', 'json');
  return reportSchema.parse(JSON.parse(stdout));
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The table under the header row whose first cell is `first`: each row as values by header. */
function tableOf(sheet: ExcelJS.Worksheet, first: string): Map<string, CellValue>[] {
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (headerRow === 0 && row.getCell(1).value === first) headerRow = number;
  });
  if (headerRow === 0) throw new Error(`no header "${first}" on ${sheet.name}`);
  const headers: [number, string][] = [];
  sheet.getRow(headerRow).eachCell((cell, column) => headers.push([column, cell.text]));
  const rows: Map<string, CellValue>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(
      new Map(headers.map(([column, header]) => [header, cellToValue(row.getCell(column).value)])),
    );
  }
  return rows;
}

/** One summary line on stdout, nothing on stderr, exit 0. */
function expectWritten(result: { code: number; stdout: string; stderr: string }): void {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout.split('\n')).toHaveLength(2);
}

/** Exit 2, one line on stderr matching `message`, no stack trace, nothing on stdout. */
function expectRefused(
  result: { code: number; stdout: string; stderr: string },
  message: RegExp,
): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .*:\d+/);
}

const scratch = mkdtempSync(join(tmpdir(), 'da06-summarize-'));
let dirs = 0;
/** A fresh folder per test, so leftovers (temporary files) show. */
function freshDir(): string {
  const dir = join(scratch, String(++dirs));
  mkdirSync(dir);
  return dir;
}

describe('da06 summarize on every fixture', () => {
  it.each(WORKBOOKS)(
    '$file: the overview counts every task and the late sheet lists the overdue ones',
    async ({ file, reportDate, tasks }) => {
      const dir = freshDir();
      const out = join(dir, 'tong-hop.xlsx');
      const result = await run('summarize', fixturePath(file), '--as-of', reportDate, '-o', out);
      expectWritten(result);
      expect(readdirSync(dir)).toEqual(['tong-hop.xlsx']);

      const report = await checkJson(fixturePath(file), reportDate);
      const overdue = report.totals.overdue;
      const workbook = await open(out);
      expect(isMeetingWorkbook(workbook)).toBe(true);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      expect(names.slice(0, 2)).toEqual(['Tổng hợp', 'Chậm muộn']);
      expect(result.stdout).toBe(
        `Đã ghi ${out}: ${names.length} trang (Tổng hợp, Chậm muộn, ${names.length - 2} trang theo đơn vị) — ${tasks} nhiệm vụ, ${overdue} quá hạn.\n`,
      );

      const overview = tableOf(sheetOf(workbook, 'Tổng hợp'), 'Đơn vị');
      const total = overview.find((row) => row.get('Đơn vị') === 'Tổng cộng');
      expect(total?.get('Tổng số nhiệm vụ')).toBe(tasks);
      expect(total?.get('Quá hạn')).toBe(overdue);

      // The late sheet: exactly the tasks `da06 check` finds overdue, with their days late.
      const late = tableOf(sheetOf(workbook, 'Chậm muộn'), 'STT').filter(
        (row) => typeof row.get('Số ngày quá hạn') === 'number',
      );
      expect(late).toHaveLength(overdue);
      const listed = late.map(
        (row) => `${String(row.get('Nội dung, nhiệm vụ'))} | ${String(row.get('Số ngày quá hạn'))}`,
      );
      const checked = report.files[0]!.tables.flatMap((table) =>
        table.tasks.filter((t) => t.overdue).map((t) => `${t.task} | ${String(t.daysLate)}`),
      );
      expect(listed.sort()).toEqual(checked.sort());
    },
  );
});

describe('da06 summarize: what the streaming writer must not drop', () => {
  it('centres every page across and draws the overview’s data bars solid', async () => {
    const out = join(freshDir(), 'tong-hop.xlsx');
    const file = fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx');
    expectWritten(await run('summarize', file, '--as-of', '2024-01-31', '-o', out));
    const workbook = await open(out);
    // exceljs's streaming writer leaves out <printOptions> and the sheet's <extLst>; da06 puts
    // them back (keepWhatStreamingDrops.ts), and exceljs reads them again here.
    expect(workbook.worksheets.map((sheet) => sheet.pageSetup.horizontalCentered)).toEqual(
      workbook.worksheets.map(() => true),
    );
    // exceljs reads conditional formats back but does not type them.
    const overview = sheetOf(workbook, 'Tổng hợp') as unknown as {
      conditionalFormattings: { rules: Record<string, unknown>[] }[];
    };
    const bars = overview.conditionalFormattings.flatMap((cf) => cf.rules);
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      expect(bar).toMatchObject({ type: 'dataBar', gradient: false, x14Id: expect.any(String) });
    }
  });
});

describe('da06 summarize: writing safely', () => {
  const source = fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx');

  it('replaces its own workbook on a second run: the same sheets, no "(2)" copies', async () => {
    const dir = freshDir();
    const out = join(dir, 'hop-giao-ban.xlsx');
    expectWritten(await run('summarize', source, '--as-of', '2024-01-31', '--output', out));
    const first = (await open(out)).worksheets.map((sheet) => sheet.name);
    expectWritten(await run('summarize', source, '--as-of', '2024-01-31', `--output=${out}`));
    const second = (await open(out)).worksheets.map((sheet) => sheet.name);
    expect(second).toEqual(first);
    expect(second.filter((name) => /\(\d+\)$/.test(name))).toEqual([]);
    expect(readdirSync(dir)).toEqual(['hop-giao-ban.xlsx']);
  });

  it("never overwrites the user's workbook, nor a file that is no workbook", async () => {
    const dir = freshDir();
    const out = join(dir, 'tong-hop.xlsx');
    const user = new ExcelJS.Workbook();
    user.addWorksheet('Tổng hợp').getCell('A1').value = 'Bảng tôi tự làm';
    await user.xlsx.writeFile(out);
    const before = readFileSync(out);
    const refused = await run('summarize', source, '--as-of', '2024-01-31', '-o', out);
    expectRefused(refused, /Đã có tệp .*tong-hop\.xlsx không do da06 tạo nên không ghi đè/);
    expect(readFileSync(out).equals(before)).toBe(true);

    const notes = join(dir, 'ghi-chu.xlsx');
    writeFileSync(notes, 'ghi chú cuộc họp');
    expectRefused(await run('summarize', source, '-o', notes), /không do da06 tạo/);
    expect(readFileSync(notes, 'utf8')).toBe('ghi chú cuộc họp');
    expect(readdirSync(dir).sort()).toEqual(['ghi-chu.xlsx', 'tong-hop.xlsx']);
  });

  it('refuses to write over the file it reads, however it is spelled', async () => {
    const dir = freshDir();
    const input = join(dir, 'bang.xlsx');
    copyFileSync(source, input);
    const before = readFileSync(input);
    expectRefused(await run('summarize', input, '-o', input), /trùng với tệp đang đọc/);
    expectRefused(
      await run('summarize', input, '-o', join(dir, '.', 'x', '..', 'bang.xlsx')),
      /trùng với tệp đang đọc/,
    );
    const link = join(dir, 'lien-ket.xlsx');
    symlinkSync(input, link);
    expectRefused(await run('summarize', input, '-o', link), /trùng với tệp đang đọc/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('leaves nothing behind when the folder cannot be written', async () => {
    const dir = freshDir();
    const out = join(dir, 'khong-co', 'tong-hop.xlsx');
    expectRefused(await run('summarize', source, '-o', out), /Không ghi được .*tong-hop\.xlsx/);
    expect(existsSync(join(dir, 'khong-co'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('da06 summarize: report date, sheets, languages', () => {
  const source = fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx');

  it('takes today as the report date, as check does', async () => {
    const out = join(freshDir(), 'tong-hop.xlsx');
    expectWritten(await run('summarize', source, '-o', out));
    const titles = sheetOf(await open(out), 'Tổng hợp').getCell('A2').text;
    expect(titles).toContain('05/12/2024');
    expect(titles).toContain('bao-cao-230-cham-muon-T01-2024.xlsx — Chậm muộn T1-2024');
  });

  it('reads a .csv and words its line in English with --lang en', async () => {
    const dir = freshDir();
    const csv = join(dir, 'bang.csv');
    writeFileSync(
      csv,
      'STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Thời hạn,Kết quả\n1,Ban hành kế hoạch,Bộ Công an,Quý I/2024,Đã hoàn thành\n2,"=HYPERLINK(""http://x"")",Bộ Tư pháp,Tháng 6/2024,Chưa hoàn thành\n',
    );
    const out = join(dir, 'summary.xlsx');
    const result = await run('summarize', csv, '--as-of', '2024-07-01', '-o', out, '--lang', 'en');
    expectWritten(result);
    expect(result.stdout).toBe(
      `Wrote ${out}: 4 sheets (Tổng hợp, Chậm muộn, 2 agency sheets) — 2 tasks, 1 overdue.\n`,
    );
    const late = tableOf(sheetOf(await open(out), 'Chậm muộn'), 'STT');
    const cell = late
      .find((row) => typeof row.get('Số ngày quá hạn') === 'number')
      ?.get('Nội dung, nhiệm vụ');
    // Text that looks like a formula comes back as the same text.
    expect(cell).toBe('=HYPERLINK("http://x")');
  });

  it('summarizes the sheet asked for, and refuses one that does not exist', async () => {
    const dir = freshDir();
    const out = join(dir, 'tong-hop.xlsx');
    expectWritten(
      await run(
        'summarize',
        source,
        '--sheet',
        'Chậm muộn T1-2024',
        '--as-of',
        '2024-01-31',
        '-o',
        out,
      ),
    );
    expectRefused(
      await run('summarize', source, '--sheet', 'Không có', '-o', join(dir, 'khac.xlsx')),
      /không có trang tính "Không có"/,
    );
    expect(readdirSync(dir)).toEqual(['tong-hop.xlsx']);
  });

  it('refuses a file without a task table, writing nothing', async () => {
    const dir = freshDir();
    const csv = join(dir, 'danh-ba.csv');
    writeFileSync(csv, 'Họ tên,Ngày sinh\nNguyễn Văn A,1/1/1990\n');
    expectRefused(
      await run('summarize', csv, '-o', join(dir, 'tong-hop.xlsx')),
      /Không tìm thấy dòng tiêu đề của bảng nhiệm vụ .* — xem chi tiết bằng da06 check/,
    );
    expect(readdirSync(dir)).toEqual(['danh-ba.csv']);
  });

  it.each([
    [['summarize', 'a.xlsx'], /Chưa có tệp kết quả — thêm -o/],
    [['summarize', '-o', 'b.xlsx'], /Cách dùng: da06 summarize TỆP -o TỆP_KẾT_QUẢ\.xlsx/],
    [['summarize', 'a.xlsx', 'c.xlsx', '-o', 'b.xlsx'], /Cách dùng: da06 summarize/],
    [['summarize', 'a.xlsx', '-o'], /Tùy chọn -o cần một giá trị/],
    [['summarize', 'a.xlsx', '-o', 'b.csv'], /b\.csv phải có đuôi \.xlsx/],
    [['summarize', 'a.xlsx', '-o', 'b.xlsx', '--as-of', '31/01/2024'], /Ngày "31\/01\/2024"/],
    [['summarize', 'a.xlsx', '-o', 'b.xlsx', '--format', 'json'], /Không có tùy chọn --format/],
    [['summarize', 'khong-co.xlsx', '-o', 'b.xlsx'], /Không tìm thấy tệp khong-co\.xlsx/],
    [['check', 'a.xlsx', '-o', 'b.xlsx'], /Không có tùy chọn -o/],
  ])('%j → exit 2 with one line', async (argv, message) => {
    expectRefused(await run(...argv), message);
  });

  it('refuses an input that is not a workbook', async () => {
    const dir = freshDir();
    const fake = join(dir, 'gia.xlsx');
    writeFileSync(fake, 'không phải tệp Excel');
    expectRefused(
      await run('summarize', fake, '-o', join(dir, 'tong-hop.xlsx')),
      /không phải là tệp Excel/,
    );
    expect(readdirSync(dir)).toEqual(['gia.xlsx']);
  });

  it('words refusals in English with --lang en, and is in the help', async () => {
    const { stderr } = await run('summarize', 'a.xlsx', '--lang', 'en');
    expect(stderr).toBe(
      'da06: No output file — add -o, e.g.: da06 summarize a.xlsx -o summary.xlsx\n',
    );
    expect((await run('--help')).stdout).toContain('da06 summarize TỆP -o TỆP_KẾT_QUẢ.xlsx');
    expect((await run('--help', '--lang', 'en')).stdout).toContain(
      'da06 summarize FILE -o OUT.xlsx',
    );
  });
});
