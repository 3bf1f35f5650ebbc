import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CliResult } from '../helpers/cli';
import { runCli as run } from '../helpers/cli';
import { loadFile } from '../../src/cli/loadFile';
import { checkGrid } from '../../src/core/check/checkGrid';
import type { Grid } from '../../src/core/table/grid';
import { reportSchema } from '../../src/core/report/reportSchema';
import type { Report } from '../../src/core/report/reportSchema';
import { CASES } from './corpus';
import type { HostileCase } from './corpus';

const AS_OF = '2024-12-05';

type Result = CliResult;

const scratch = mkdtempSync(join(tmpdir(), 'da06-hostile-'));
const paths = new Map<string, string>();

beforeAll(async () => {
  for (const hostile of CASES) {
    const dir = join(scratch, hostile.name.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(dir);
    paths.set(hostile.name, await hostile.build(dir));
  }
});

function pathOf(hostile: HostileCase): string {
  const path = paths.get(hostile.name);
  if (path === undefined) throw new Error(`case not built: ${hostile.name}`);
  return path;
}

/** The CLI's refusal: exit 2, one line on stderr, nothing on stdout, no stack frames. */
function expectRefused(result: Result): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^da06: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\bat \S+ \(|\bat .*:\d+:\d+/);
}

async function checkReport(path: string): Promise<{ result: Result; report: Report }> {
  const result = await run('check', path, '--as-of', AS_OF, '--format', 'json');
  expect(result.stderr).toBe('');
  const report = reportSchema.parse(JSON.parse(result.stdout));
  expect(result.code).toBe(report.totals.error > 0 ? 1 : 0);
  return { result, report };
}

function rulesOf(report: Report): string[] {
  return report.files.flatMap((file) => [
    ...file.findings.map((f) => f.rule),
    ...file.tables.flatMap((table) => table.findings.map((f) => f.rule)),
  ]);
}

let outputs = 0;
function outputPath(): string {
  outputs += 1;
  return join(scratch, `out-${String(outputs)}.xlsx`);
}

/** Every cell of a written workbook: its type, formula and text. */
async function cellsOf(file: string): Promise<ExcelJS.Cell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => cells.push(cell));
    });
  });
  return cells;
}

describe.each(CASES)('hostile input: $name', (hostile) => {
  const { expect: expected } = hostile;

  it('check: a report, or one line on stderr and exit 2', async () => {
    const path = pathOf(hostile);
    if (expected.kind === 'unreadable') {
      expectRefused(await run('check', path, '--as-of', AS_OF, '--format', 'json'));
      expectRefused(await run('check', path, '--as-of', AS_OF));
      return;
    }
    const { report } = await checkReport(path);
    const rules = rulesOf(report);
    for (const rule of expected.findings ?? []) expect(rules).toContain(rule);
    if (expected.kind === 'table') {
      for (const rule of expected.silent ?? []) expect(rules).not.toContain(rule);
    }
    if (expected.kind === 'table') expect(report.totals.tasks).toBeGreaterThan(0);
  });

  it.each(['summarize', 'normalize'] as const)(
    '%s -o: a workbook with text kept as text, or exit 2',
    async (command) => {
      const out = outputPath();
      const result = await run(command, pathOf(hostile), '--as-of', AS_OF, '-o', out);
      if (expected.kind !== 'table') {
        expectRefused(result);
        expect(existsSync(out)).toBe(false);
        return;
      }
      expect(result.stderr).toBe('');
      expect([0, 1]).toContain(result.code);
      const cells = await cellsOf(out);
      for (const cell of cells) {
        // Nothing read from the input may come back as a formula or a hyperlink.
        if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).not.toMatch(/HYPERLINK/i);
        expect(cell.type).not.toBe(ExcelJS.ValueType.Hyperlink);
      }
      const plain = expected.plainTexts ?? [];
      for (const text of [...plain, ...(expected.markers ?? [])]) {
        // A merged area's followers repeat its text; the top-left cell is the one to judge.
        const holding = cells.filter(
          (cell) => cell.type !== ExcelJS.ValueType.Merge && cell.text.includes(text),
        );
        if (command === 'normalize' && plain.includes(text)) {
          expect(holding.length).toBeGreaterThan(0);
        }
        for (const cell of holding) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
        }
      }
    },
  );

  it('checkGrid never throws on its grids', async () => {
    const grids: Grid[] = await loadFile(pathOf(hostile)).catch(() => []);
    for (const grid of grids) {
      expect(() => checkGrid(grid, { asOf: AS_OF })).not.toThrow();
    }
  });
});

describe('hostile input: specific readings', () => {
  const byName = (name: string): HostileCase => {
    const found = CASES.find((c) => c.name === name);
    if (!found) throw new Error(`no case ${name}`);
    return found;
  };

  it('reads real date cells and date formulas in the deadline column as dates', async () => {
    const { report } = await checkReport(
      pathOf(byName('real dates and date formulas in the deadline column')),
    );
    const tasks = report.files[0]!.tables[0]!.tasks;
    expect(tasks.map((t) => t.deadline)).toMatchObject([
      { kind: 'date', due: '2024-03-15' },
      { kind: 'date', due: '2024-06-30' },
    ]);
  });

  it.each([
    ['a month 13', 'Tháng 13/2024'],
    ['30/02/2024', '30/02/2024'],
  ])('%s: an invalid-date finding at the deadline cell', async (name, text) => {
    const { result, report } = await checkReport(pathOf(byName(name)));
    expect(result.code).toBe(1);
    const finding = report.files[0]!.tables[0]!.findings.find((f) => f.rule === 'invalid-date');
    expect(finding).toMatchObject({ cell: 'D2', params: { text, column: 'deadline' } });
  });

  it('reports each error cell once, as cell_error, and keeps its text in the report', async () => {
    const { result, report } = await checkReport(
      pathOf(byName('error cells (#REF!, #N/A, #DIV/0!)')),
    );
    expect(result.code).toBe(1);
    const table = report.files[0]!.tables[0]!;
    expect(
      table.findings.map(({ rule, code, cell, params, severity }) => ({
        rule,
        code,
        cell,
        params,
        severity,
      })),
    ).toEqual([
      {
        rule: 'missing-value',
        code: 'cell_error',
        cell: 'D2',
        params: { role: 'deadline', error: '#REF!' },
        severity: 'error',
      },
      {
        rule: 'missing-value',
        code: 'cell_error',
        cell: 'C3',
        params: { role: 'lead', error: '#N/A' },
        severity: 'error',
      },
      {
        rule: 'missing-value',
        code: 'cell_error',
        cell: 'B4',
        params: { role: 'task', error: '#REF!' },
        severity: 'error',
      },
      {
        rule: 'missing-value',
        code: 'cell_error',
        cell: 'E4',
        params: { role: 'result', error: '#DIV/0!' },
        severity: 'error',
      },
      {
        rule: 'missing-value',
        code: 'cell_error',
        cell: 'C5',
        params: { role: 'lead', error: '#N/A' },
        severity: 'error',
      },
    ]);
    expect(table.tasks.map((task) => task.task)).toContain('#REF!');
    expect(result.stdout).toContain('"#DIV/0!"');
  });

  it('reads numbers in text columns as their text', async () => {
    const { report } = await checkReport(pathOf(byName('numbers where text is expected')));
    expect(report.files[0]!.tables[0]!.tasks[0]).toMatchObject({ task: '12345', lead: ['7'] });
  });

  it('keeps a 32,000-character cell whole', async () => {
    const { report } = await checkReport(pathOf(byName('32,000-character cells')));
    expect(report.files[0]!.tables[0]!.tasks[0]!.task).toHaveLength(32_000);
  });
});
