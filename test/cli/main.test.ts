import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_TODAY, runCli as run } from '../helpers/cli';
import { main } from '../../src/cli/main';
import { reportSchema } from '../../src/core/report/reportSchema';
import type { Report } from '../../src/core/report/reportSchema';
import { WORKBOOKS, fixturePath } from '../helpers/fixtures';

async function json(...argv: string[]): Promise<Report> {
  const { code, stdout, stderr } = await run('check', ...argv, '--format', 'json');
  expect(stderr).toBe('');
  const report = reportSchema.parse(JSON.parse(stdout));
  // The contract: 1 exactly when error-severity findings were found.
  expect(code).toBe(report.totals.error > 0 ? 1 : 0);
  return report;
}

const scratch = mkdtempSync(join(tmpdir(), 'da06-cli-'));

describe('da06 check --format json', () => {
  it.each(WORKBOOKS)(
    '$file: the version-1 report with every task',
    async ({ file, tasks, reportDate }) => {
      const report = await json(fixturePath(file), '--as-of', reportDate);
      expect(report.version).toBe(1);
      expect(report.asOf).toBe(reportDate);
      expect(report.files).toHaveLength(1);
      expect(report.files[0]!.file).toBe(file);
      expect(report.files[0]!.tables[0]!.tasks).toHaveLength(tasks);
      expect(report.totals.tasks).toBe(tasks);
    },
  );

  it('reports tasks with agencies by name, the deadline and overdue days', async () => {
    const report = await json(
      fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx'),
      '--as-of',
      '2024-01-31',
    );
    const table = report.files[0]!.tables[0]!;
    expect(table).toMatchObject({ sheet: 'Chậm muộn T1-2024', range: 'A4:F38', headerRow: 4 });
    expect(table.tasks[1]).toMatchObject({
      row: 9,
      stt: '1',
      section: 'A',
      group: 'II',
      lead: ['Bộ Công an', 'Tòa án nhân dân tối cao'],
      deadline: { kind: 'date', due: '2022-12-31', precision: 'year', text: 'Năm 2022' },
      status: 'NOT_DONE',
      overdue: true,
      daysLate: 396,
    });
  });

  it('uses today as the report date by default', async () => {
    const report = await json(fixturePath('thong-bao-4318-2024-nhiem-vu.xlsx'));
    expect(report.asOf).toBe('2024-12-05');
  });

  it('reads many files in one call and totals them', async () => {
    const report = await json(
      ...WORKBOOKS.map((w) => fixturePath(w.file)),
      '--as-of',
      '2024-06-30',
    );
    expect(report.files.map((f) => f.file)).toEqual(WORKBOOKS.map((w) => w.file));
    expect(report.totals.tasks).toBe(27 + 72 + 72 + 25);
  });

  it('reads a .csv file', async () => {
    const file = join(scratch, 'bang.csv');
    writeFileSync(
      file,
      '\ufeffSTT,"Nội dung, nhiệm vụ",Đơn vị chủ trì,Thời hạn,Kết quả\n1,"Ban hành kế hoạch, hướng dẫn",Bộ Công an,Quý I/2024,Đã hoàn thành\n2,Rà soát thủ tục,Bộ Tư pháp,Tháng 6/2024,Chưa hoàn thành\n',
    );
    const report = await json(file, '--as-of', '2024-07-01');
    const tasks = report.files[0]!.tables[0]!.tasks;
    expect(tasks.map((t) => [t.task, t.status, t.overdue])).toEqual([
      ['Ban hành kế hoạch, hướng dẫn', 'DONE', false],
      ['Rà soát thủ tục', 'NOT_DONE', true],
    ]);
  });
});

describe('da06 check on every fixture, both formats', () => {
  it.each(WORKBOOKS)('$file: text and JSON agree', async ({ file, reportDate, tasks }) => {
    const text = await run('check', fixturePath(file), '--as-of', reportDate);
    const report = await json(fixturePath(file), '--as-of', reportDate);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(report.totals.error > 0 ? 1 : 0);
    expect(text.stdout).toContain(`${tasks} nhiệm vụ`);
    const findings = report.files[0]!.tables[0]!.findings;
    for (const finding of findings)
      expect(text.stdout).toContain(`${finding.cell}: ${finding.message}`);
    // Every overdue task has its finding, and every overdue finding its task.
    const overdueRows = report.files[0]!.tables[0]!.tasks.filter((t) => t.overdue).length;
    const overdueFindings = findings.filter(
      (f) => f.rule === 'deadline-overdue' && f.severity === 'error',
    );
    expect(overdueFindings).toHaveLength(overdueRows);
  });

  it('empty files and headers without tasks cannot be checked: exit 2', async () => {
    const empty = join(scratch, 'trong.csv');
    writeFileSync(empty, '\n\n');
    expect(await run('check', empty)).toMatchObject({ code: 2, stdout: '' });
    const headerOnly = join(scratch, 'chi-tieu-de.csv');
    writeFileSync(headerOnly, 'STT,Nhiệm vụ,Thời hạn\n');
    const result = await run('check', headerOnly);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/có dòng tiêu đề nhưng không có nhiệm vụ nào/);
  });
});

describe('da06 check: text, exit codes and errors', () => {
  it('prints what it understood, in Vietnamese by default and in English on request', async () => {
    const vi = await run(
      'check',
      fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx'),
      '--as-of',
      '2024-01-31',
    );
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(
      'Trang tính "Chậm muộn T1-2024", vùng A4:F38, dòng tiêu đề 4: 27 nhiệm vụ',
    );
    expect(vi.stdout).toContain('Quá hạn tính đến 2024-01-31: 23 nhiệm vụ');
    // Findings grouped by rule, each group with its count and severity, then cell by cell.
    expect(vi.stdout).toContain(
      '    Quá hạn (23) — Lỗi [deadline-overdue]\n      E7: Quá hạn 396 ngày: thời hạn 31/12/2022, tình trạng “Chưa hoàn thành”.',
    );
    expect(vi.stdout).toContain('    Thiếu thời hạn (2) — Cảnh báo [deadline-missing]');
    expect(vi.stdout).toContain('Tổng: 1 tệp, 27 nhiệm vụ, 23 quá hạn, 26 lỗi, 3 cảnh báo');
    const en = await run(
      'check',
      fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx'),
      '--lang',
      'en',
      '--as-of',
      '2024-01-31',
    );
    expect(en.stdout).toContain('Sheet "Chậm muộn T1-2024", range A4:F38, header row 4: 27 tasks');
  });

  it('exits 1 with a header-not-found finding when no sheet holds a task table', async () => {
    const file = join(scratch, 'khong-phai-bang.csv');
    writeFileSync(file, 'Họ tên,Ngày sinh\nNguyễn Văn A,1/1/1990\n');
    const { code, stdout } = await run('check', file, '--format', 'json');
    expect(code).toBe(1);
    const report = reportSchema.parse(JSON.parse(stdout));
    expect(report.files[0]!.findings).toMatchObject([
      { rule: 'header-not-found', code: 'header_not_found', severity: 'error' },
    ]);
    expect(report.totals.error).toBe(1);
  });

  it.each([
    [['check', 'khong-co.xlsx'], /Không tìm thấy tệp khong-co\.xlsx/],
    [['check'], /Chưa có tệp nào/],
    [['check', 'a.xlsx', '--as-of', '31/01/2024'], /Ngày "31\/01\/2024" không hợp lệ/],
    [['check', 'a.xlsx', '--format', 'xml'], /--format chỉ nhận text\|json/],
    [['check', 'a.xlsx', '--bogus'], /Không có tùy chọn --bogus/],
    [['check', 'a.xlsx', '--due-soon', 'mười'], /--due-soon cần một số ngày/],
    [['frobnicate'], /Không có lệnh "frobnicate"/],
    [['check', 'a.xlsx', '--lang', 'fr'], /--lang chỉ nhận vi\|en/],
    [['check', 'a.xlsx', '--as-of'], /Tùy chọn --as-of cần một giá trị/],
    [['compare', 'a.xlsx', '--as-of=2024-01-31', 'b.xlsx'], /Không có tùy chọn --as-of/],
    [['normalize', 'a.xlsx'], /Chưa có tệp kết quả — thêm -o, ví dụ: da06 normalize a\.xlsx -o/],
  ])('%j → exit 2 with one line on stderr', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*:\d+/);
  });

  it('refuses a file that is not a workbook, and a sheet that does not exist', async () => {
    const fake = join(scratch, 'gia.xlsx');
    writeFileSync(fake, 'đây không phải là tệp Excel');
    const notBook = await run('check', fake);
    expect([notBook.code, notBook.stderr]).toEqual([
      2,
      expect.stringMatching(/không phải là tệp Excel/),
    ]);
    const broken = join(scratch, 'hong.xlsx');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 broken zip'));
    expect((await run('check', broken)).code).toBe(2);
    const noSheet = await run(
      'check',
      fixturePath('chi-thi-05-2023-phu-luc.xlsx'),
      '--sheet',
      'Không có',
    );
    expect(noSheet.code).toBe(2);
    expect(noSheet.stderr).toMatch(
      /không có trang tính "Không có"; các trang tính: Phụ lục Chỉ thị 05/,
    );
  });

  it('words errors in English with --lang en', async () => {
    const { code, stderr } = await run('check', 'missing.xlsx', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe('da06: File not found: missing.xlsx — check the path.\n');
  });

  it('prints help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/da06 check TỆP/);
  });
});

describe('da06 check on many files', () => {
  it('checks the readable files when one is not, and exits 2 with that file on stderr', async () => {
    const fake = join(scratch, 'khong-phai.xlsx');
    writeFileSync(fake, 'không phải tệp Excel');
    const good = fixturePath('bao-cao-230-cham-muon-T01-2024.xlsx');
    const result = await run(
      'check',
      good,
      fake,
      good,
      '--format',
      'json',
      '--as-of',
      '2024-06-30',
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^da06: \S*khong-phai\.xlsx không phải là tệp Excel/),
    ]);
    const report = JSON.parse(result.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual([
      'bao-cao-230-cham-muon-T01-2024.xlsx',
      'bao-cao-230-cham-muon-T01-2024.xlsx',
    ]);
  });

  it('prints nothing on stdout when no file can be read', async () => {
    const missing = join(scratch, 'khong-co.xlsx');
    const result = await run('check', missing, missing);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('shows each step on a terminal, and clears the line at the end', async () => {
    const steps: string[] = [];
    const good = fixturePath('chi-thi-05-2023-phu-luc.xlsx');
    const code = await main(['check', good, good, '--lang', 'vi'], {
      stdout: () => undefined,
      stderr: () => undefined,
      today: () => CLI_TODAY,
      progress: (text) => steps.push(text),
    });
    expect(code).toBeLessThan(2);
    expect(steps[0]).toBe('Đang đọc tệp 1/2: chi-thi-05-2023-phu-luc.xlsx…');
    expect(steps[1]).toMatch(
      /^Đang kiểm tra tệp 1\/2: chi-thi-05-2023-phu-luc\.xlsx \([\d.]+ dòng\)…$/,
    );
    expect(steps.at(-1)).toBe('');
  });
});
