import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CliResult } from '../helpers/cli';
import { runCli as run, openWorkbook as open } from '../helpers/cli';
import { loadFile } from '../../src/cli/loadFile';
import { checkGrid } from '../../src/core/check/checkGrid';
import { ALL_CHANGE_KINDS } from '../../src/core/normalize/normalizeSchema';
import { normalizeTable } from '../../src/core/normalize/normalizeTable';
import { reportSchema } from '../../src/core/report/reportSchema';
import type { Report } from '../../src/core/report/reportSchema';
import { da06WorkbookKind } from '../../src/xlsx/writeSheetSpecs';
import { WORKBOOKS, fixturePath } from '../helpers/fixtures';

type Result = CliResult;

async function checkJson(file: string, asOf: string): Promise<Report> {
  const { stdout, stderr } = await run('check', file, '--as-of', asOf, '--format', 'json');
  expect(stderr).toBe('');
  return reportSchema.parse(JSON.parse(stdout));
}

/** Exit 0, nothing on stderr, `lines` lines on stdout. */
function expectWritten(result: Result, lines: number): string[] {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const out = result.stdout.split('\n');
  expect(out.pop()).toBe('');
  expect(out).toHaveLength(lines);
  return out;
}

/** Exit 2, one line on stderr matching `message`, no stack trace, nothing on stdout. */
function expectRefused(result: Result, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .*:\d+/);
}

/** Findings as (rule, code) pairs, sorted: a multiset to compare. STT findings are fixed. */
function findingKinds(report: Report): string[] {
  return report.files
    .flatMap((file) => [...file.findings, ...file.tables.flatMap((table) => table.findings)])
    .filter((finding) => finding.rule !== 'stt-sequence')
    .map((finding) => `${finding.rule} ${finding.code}`)
    .sort();
}

/** The 1-based columns of a sheet that are hidden, among its used ones. */
function hiddenColumns(sheet: ExcelJS.Worksheet): number[] {
  return Array.from({ length: sheet.columnCount }, (_, i) => i + 1).filter(
    (column) => sheet.getColumn(column).hidden,
  );
}

/** What normalising FILE's one table gives here, straight from `normalizeTable`. */
async function normalizedHere(file: string, asOf: string) {
  const [grid] = await loadFile(file);
  if (!grid) throw new Error('no sheet');
  const { table } = checkGrid(grid, { asOf });
  if (!table) throw new Error('no table');
  const { spec, counts } = normalizeTable(grid, table, { asOf });
  return { sheet: table.sheet, name: spec.name, tasks: table.tasks.length, counts };
}

/**
 * "<sheet> → <new sheet>: <n> <tasks>; " then one phrase per kind that changed something, in
 * kind order, each with its count (the fixtures' counts stay below 1,000: no separators).
 */
async function expectLine(line: string | undefined, file: string, asOf: string, tasks: string) {
  const here = await normalizedHere(file, asOf);
  const head = `${here.sheet} → ${here.name}: ${here.tasks} ${tasks}; `;
  expect(line?.startsWith(head)).toBe(true);
  expect(line?.endsWith('.')).toBe(true);
  const numbers = (line ?? '').slice(head.length).match(/\d+/g)?.map(Number) ?? [];
  expect(numbers).toEqual(ALL_CHANGE_KINDS.map((kind) => here.counts[kind]).filter((n) => n > 0));
}

const scratch = mkdtempSync(join(tmpdir(), 'da06-normalize-'));
let dirs = 0;
/** A fresh folder per test, so leftovers (temporary files) show. */
function freshDir(): string {
  const dir = join(scratch, String(++dirs));
  mkdirSync(dir);
  return dir;
}

const PASTED = 'bao-cao-230-cham-muon-raw.tsv';
const CASES = [
  ...WORKBOOKS.map(({ file, reportDate }) => ({ file, path: fixturePath(file), reportDate })),
  { file: PASTED, path: fixturePath('pasted', PASTED), reportDate: '2024-01-31' },
];

describe('da06 normalize on every fixture, checked again', () => {
  it.each(CASES)(
    '$file: the same tasks and findings; the agency as written in a hidden column',
    async ({ path, reportDate }) => {
      const dir = freshDir();
      const out = join(dir, 'chuan-hoa.xlsx');
      const result = await run('normalize', path, '--as-of', reportDate, '-o', out);
      const original = await checkJson(path, reportDate);
      const tables = original.files[0]!.tables;
      const lines = expectWritten(result, tables.length + 1);
      await expectLine(lines[0], path, reportDate, 'nhiệm vụ');
      expect(lines[lines.length - 1]).toBe(`Đã ghi ${out}.`);
      expect(readdirSync(dir)).toEqual(['chuan-hoa.xlsx']);

      const again = await checkJson(out, reportDate);
      const normalizedTables = again.files[0]!.tables;
      expect(normalizedTables.map((table) => table.tasks.length)).toEqual(
        tables.map((table) => table.tasks.length),
      );
      expect(again.totals.tasks).toBe(original.totals.tasks);
      expect(again.totals.overdue).toBe(original.totals.overdue);
      expect(findingKinds(again)).toEqual(findingKinds(original));

      const workbook = await open(out);
      expect(da06WorkbookKind(workbook)).toBe('normalized');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        normalizedTables.map((table) => table.sheet),
      );
      for (const sheet of workbook.worksheets) {
        // The last column: the agency cell as written, out of sight but kept.
        expect(hiddenColumns(sheet)).toEqual([sheet.columnCount]);
      }
    },
  );
});

describe('da06 normalize: writing safely', () => {
  const source = fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx');
  const other = fixturePath('thong-bao-4318-2024-nhiem-vu.xlsx');

  it('replaces its own workbook on a second run, and a meeting workbook', async () => {
    const dir = freshDir();
    const out = join(dir, 'chuan-hoa.xlsx');
    expectWritten(await run('normalize', source, '--as-of', '2024-01-31', '--output', out), 2);
    const first = (await open(out)).worksheets.map((sheet) => sheet.name);
    expect(first).toEqual(['Chậm muộn T1-2024 (chuẩn hóa)']);
    expectWritten(await run('normalize', other, '--as-of', '2024-05-28', `--output=${out}`), 2);
    const second = (await open(out)).worksheets.map((sheet) => sheet.name);
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
    expect(readdirSync(dir)).toEqual(['chuan-hoa.xlsx']);

    // da06 wrote both kinds: either command replaces the other's workbook.
    expectWritten(await run('summarize', source, '--as-of', '2024-01-31', '-o', out), 1);
    expect((await open(out)).worksheets[0]?.name).toBe('Tổng hợp');
    expectWritten(await run('normalize', source, '--as-of', '2024-01-31', '-o', out), 2);
    expect((await open(out)).worksheets.map((sheet) => sheet.name)).toEqual(first);
    expect(readdirSync(dir)).toEqual(['chuan-hoa.xlsx']);
  });

  it("never overwrites the user's workbook, nor a file that is no workbook", async () => {
    const dir = freshDir();
    const out = join(dir, 'chuan-hoa.xlsx');
    const user = new ExcelJS.Workbook();
    user.addWorksheet('Nhiệm vụ').getCell('A1').value = 'Bảng tôi tự làm';
    await user.xlsx.writeFile(out);
    const before = readFileSync(out);
    expectRefused(
      await run('normalize', source, '--as-of', '2024-01-31', '-o', out),
      /Đã có tệp .*chuan-hoa\.xlsx không do da06 tạo nên không ghi đè/,
    );
    expect(readFileSync(out).equals(before)).toBe(true);

    const notes = join(dir, 'ghi-chu.xlsx');
    writeFileSync(notes, 'ghi chú cuộc họp');
    expectRefused(await run('normalize', source, '-o', notes), /không do da06 tạo/);
    expect(readFileSync(notes, 'utf8')).toBe('ghi chú cuộc họp');
    expect(readdirSync(dir).sort()).toEqual(['chuan-hoa.xlsx', 'ghi-chu.xlsx']);
  });

  it('refuses to write over the file it reads', async () => {
    const dir = freshDir();
    const input = join(dir, 'bang.xlsx');
    copyFileSync(source, input);
    const before = readFileSync(input);
    expectRefused(await run('normalize', input, '-o', input), /trùng với tệp đang đọc/);
    expectRefused(
      await run('normalize', input, '-o', join(dir, 'x', '..', 'bang.xlsx')),
      /trùng với tệp đang đọc/,
    );
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['bang.xlsx']);
  });
});

describe('da06 normalize: sheets, languages, refusals', () => {
  const source = fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx');

  it('says what changed in each table, kinds without a change left out', async () => {
    const dir = freshDir();
    const pasted = fixturePath('pasted', PASTED);
    const out = join(dir, 'chuan-hoa.xlsx');
    expect(
      expectWritten(await run('normalize', pasted, '--as-of', '2024-01-31', '-o', out), 2),
    ).toEqual([
      'bao-cao-230-cham-muon-raw → bao-cao-230-cham-mu (chuẩn hóa): 26 nhiệm vụ; làm sạch 37 ô, chuẩn hóa 22 ô đơn vị, 22 thời hạn thành ngày, 26 tình trạng đọc từ kết quả, số ngày quá hạn cho 22 nhiệm vụ.',
      `Đã ghi ${out}.`,
    ]);
  });

  it('words its lines in English with --lang en', async () => {
    const out = join(freshDir(), 'normalized.xlsx');
    const result = await run(
      'normalize',
      source,
      '--as-of',
      '2024-01-31',
      '-o',
      out,
      '--lang',
      'en',
    );
    const lines = expectWritten(result, 2);
    await expectLine(lines[0], source, '2024-01-31', 'tasks');
    expect(lines[0]).toBe(
      'Chậm muộn T1-2024 → Chậm muộn T1-2024 (chuẩn hóa): 27 tasks; 23 agency cells standardised, 23 deadlines as dates, 27 statuses read from the result, days late for 23 tasks.',
    );
    expect(lines[0]).toMatch(/^Chậm muộn T1-2024 → Chậm muộn T1-2024 \(chuẩn hóa\): 27 tasks; /);
    expect(lines[1]).toBe(`Wrote ${out}.`);
  });

  it('takes today as the report date, as check does', async () => {
    const dir = freshDir();
    const today = join(dir, 'hom-nay.xlsx');
    const dated = join(dir, 'ngay.xlsx');
    expectWritten(await run('normalize', source, '-o', today), 2);
    expectWritten(await run('normalize', source, '--as-of', '2024-12-05', '-o', dated), 2);
    const values = async (file: string) =>
      (await open(file)).worksheets[0]!.getSheetValues().map((row) => JSON.stringify(row));
    expect(await values(today)).toEqual(await values(dated));
  });

  it('one sheet per table, named apart; only the sheet asked for with --sheet', async () => {
    const dir = freshDir();
    const input = join(dir, 'hai-thang.xlsx');
    const original = await open(source);
    const workbook = new ExcelJS.Workbook();
    // Names that fill Excel's 31 characters: "(chuẩn hóa)" shortens both alike.
    for (const name of ['Nhiệm vụ chậm muộn tháng 01-2024', 'Nhiệm vụ chậm muộn tháng 02-2024']) {
      const sheet = workbook.addWorksheet(name.slice(0, 31));
      original.worksheets[0]!.eachRow((row, number) => {
        sheet.getRow(number).values = row.values;
      });
    }
    await workbook.xlsx.writeFile(input);
    const names = workbook.worksheets.map((sheet) => sheet.name);

    const out = join(dir, 'chuan-hoa.xlsx');
    const lines = expectWritten(
      await run('normalize', input, '--as-of', '2024-01-31', '-o', out),
      3,
    );
    const written = (await open(out)).worksheets.map((sheet) => sheet.name);
    expect(written).toHaveLength(2);
    expect(new Set(written.map((name) => name.toLowerCase())).size).toBe(2);
    expect(lines[0]?.startsWith(`${names[0]} → ${written[0]}: 27 nhiệm vụ; `)).toBe(true);
    expect(lines[1]?.startsWith(`${names[1]} → ${written[1]}: 27 nhiệm vụ; `)).toBe(true);

    const one = join(dir, 'mot.xlsx');
    const only = await run('normalize', input, '--sheet', names[1]!, '-o', one);
    expect(expectWritten(only, 2)[0]?.startsWith(`${names[1]} → `)).toBe(true);
    expect((await open(one)).worksheets).toHaveLength(1);
    expectRefused(
      await run('normalize', input, '--sheet', 'Không có', '-o', join(dir, 'khac.xlsx')),
      /không có trang tính "Không có"/,
    );
    expect(readdirSync(dir).sort()).toEqual(['chuan-hoa.xlsx', 'hai-thang.xlsx', 'mot.xlsx']);
  });

  it.each([
    ['danh-ba.csv', 'Họ tên,Ngày sinh\nNguyễn Văn A,1/1/1990\n', /Không tìm thấy dòng tiêu đề/],
    ['gia.xlsx', 'không phải tệp Excel', /gia\.xlsx không phải là tệp Excel/],
  ])('refuses %s (no task table, no workbook), writing nothing', async (name, text, message) => {
    const dir = freshDir();
    writeFileSync(join(dir, name), text);
    expectRefused(
      await run('normalize', join(dir, name), '-o', join(dir, 'chuan-hoa.xlsx')),
      message,
    );
    expect(readdirSync(dir)).toEqual([name]);
  });

  it.each([
    [['normalize', 'a.xlsx'], /Chưa có tệp kết quả — thêm -o, ví dụ: da06 normalize a\.xlsx -o/],
    [['normalize', '-o', 'b.xlsx'], /Cách dùng: da06 normalize TỆP -o TỆP_KẾT_QUẢ\.xlsx/],
    [['normalize', 'a.xlsx', 'c.xlsx', '-o', 'b.xlsx'], /Cách dùng: da06 normalize/],
    [['normalize', 'a.xlsx', '-o'], /Tùy chọn -o cần một giá trị/],
    [['normalize', 'a.xlsx', '-o', 'b.csv'], /b\.csv phải có đuôi \.xlsx — ví dụ: -o chuan-hoa/],
    [['normalize', 'a.xlsx', '-o', 'b.xlsx', '--as-of', '31/01/2024'], /Ngày "31\/01\/2024"/],
    [['normalize', 'a.xlsx', '-o', 'b.xlsx', '--due-soon', '7'], /Không có tùy chọn --due-soon/],
    [['normalize', 'a.xlsx', '-o', 'b.xlsx', '--lang', 'fr'], /--lang chỉ nhận vi\|en/],
    [['normalize', 'khong-co.xlsx', '-o', 'b.xlsx'], /Không tìm thấy tệp khong-co\.xlsx/],
  ])('%j → exit 2 with one line', async (argv, message) => {
    expectRefused(await run(...argv), message);
  });

  it('words refusals in English with --lang en, and is in the help', async () => {
    expect((await run('normalize', 'a.xlsx', '--lang', 'en')).stderr).toBe(
      'da06: No output file — add -o, e.g.: da06 normalize a.xlsx -o normalized.xlsx\n',
    );
    const vi = (await run('--help')).stdout;
    expect(vi).toContain('da06 normalize TỆP -o TỆP_KẾT_QUẢ.xlsx');
    expect(vi).not.toContain('chưa có');
    expect((await run('--help', '--lang', 'en')).stdout).toContain(
      'da06 normalize FILE -o OUT.xlsx',
    );
    expect((await run('frobnicate')).stderr).toMatch(/check, compare, summarize, normalize/);
  });
});
