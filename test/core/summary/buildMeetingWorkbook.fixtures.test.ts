import { buildMeetingWorkbook } from '../../../src/core/summary/buildMeetingWorkbook';
import { type SheetSpec, type SpecRow, sheetSpecSchema } from '../../../src/core/summary/sheetSpec';
import { buildReport } from '../../../src/core/report/buildReport';
import { assessTask } from '../../../src/core/deadlines/assessDeadline';
import { DEFAULT_DUE_SOON_DAYS } from '../../../src/core/check/checkGrid';
import { foldCase } from '../../../src/core/summary/foldCase';
import { WORKBOOKS } from '../../helpers/fixtures';
import { type FixtureTable, fixtureTables } from './makeTable';

let fixtures: FixtureTable[] = [];

beforeAll(async () => {
  fixtures = await fixtureTables();
});

function workbookOf(fixture: FixtureTable): SheetSpec[] {
  return buildMeetingWorkbook([fixture.table], {
    asOf: fixture.reportDate,
    dueSoonDays: DEFAULT_DUE_SOON_DAYS,
    source: fixture.table.sheet,
  });
}

const taskRows = (spec: SheetSpec): SpecRow[] => spec.rows.filter((row) => row.style === 'task');

function sheetAt(specs: readonly SheetSpec[], index: number): SheetSpec {
  const spec = specs[index];
  if (spec === undefined) throw new Error(`no sheet ${String(index)}`);
  return spec;
}

function fixtureOf(file: string): FixtureTable {
  const found = fixtures.find((fixture) => fixture.file === file);
  if (found === undefined) throw new Error(`no fixture ${file}`);
  return found;
}

/** What identifies a task row of the late sheet: task, directive, days late, result. */
const lateKey = (cells: SpecRow['cells']): string =>
  JSON.stringify([cells[1], cells[2], cells[5], cells[6]]);

describe.each(WORKBOOKS.map((workbook) => workbook.file))('the meeting workbook of %s', (file) => {
  const fixture = (): FixtureTable => fixtureOf(file);

  it('is valid against the sheet contract, with unique valid names', () => {
    const specs = workbookOf(fixture());
    for (const spec of specs) expect(sheetSpecSchema.parse(spec)).toEqual(spec);
    const names = specs.map((spec) => spec.name);
    expect(new Set(names.map(foldCase)).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
    expect(specs.slice(0, 2).map((spec) => [spec.name, spec.kind])).toEqual([
      ['Tổng hợp', 'overview'],
      ['Chậm muộn', 'late'],
    ]);
    expect(specs.slice(2).every((spec) => spec.kind === 'agency')).toBe(true);
  });

  it('totals every task once and counts overdue as `da06 check` does', () => {
    const { table, tasks, reportDate, file } = fixture();
    const total = sheetAt(workbookOf(fixture()), 0).rows.at(-1);
    expect(total?.style).toBe('total');
    expect(total?.cells[0]).toBe('Tổng cộng');
    expect(total?.cells[1]).toBe(tasks);
    const report = buildReport(
      [{ file, tables: [{ table, findings: [] }], findings: [] }],
      reportDate,
    );
    expect(total?.cells[7]).toBe(report.totals.overdue);
    expect(total?.cells[7]).toBe(
      table.tasks.filter((task) => assessTask(task, reportDate).state === 'overdue').length,
    );
  });

  it('splits every row into the five statuses, and each agency row matches its sheet', () => {
    const specs = workbookOf(fixture());
    const rows = sheetAt(specs, 0).rows;
    const agencySheets = specs.slice(2);
    for (const row of rows) {
      const [, total, ...rest] = row.cells;
      const statuses = rest.slice(0, 5) as number[];
      expect(statuses.reduce((sum, n) => sum + n, 0)).toBe(total);
    }
    const agencyRows = rows.filter((row) => row.style === 'task');
    // No fixture has a task without a lead, so every agency row has its sheet, in the same order.
    expect(agencySheets.map((sheet) => sheet.titles[0])).toEqual(
      agencyRows.map((row) => row.cells[0]),
    );
    agencyRows.forEach((row, i) => {
      const leadRows = taskRows(sheetAt(agencySheets, i)).filter((r) => r.cells[2] === 'Chủ trì');
      expect(leadRows).toHaveLength(row.cells[1] as number);
      expect(leadRows.filter((r) => r.cells[7] !== null)).toHaveLength(row.cells[7] as number);
    });
  });

  it('lists exactly the overdue tasks on the late sheet, each once', () => {
    const { table, reportDate } = fixture();
    const listed = taskRows(sheetAt(workbookOf(fixture()), 1)).map((row) => lateKey(row.cells));
    const overdue = table.tasks.flatMap((task) => {
      const assessment = assessTask(task, reportDate);
      return assessment.state === 'overdue'
        ? [lateKey([null, task.task, task.directive, null, null, assessment.daysLate, task.result])]
        : [];
    });
    expect(listed.sort()).toEqual(overdue.sort());
  });

  it('heads each late group with its task count', () => {
    const rows = sheetAt(workbookOf(fixture()), 1).rows;
    rows.forEach((row, i) => {
      if (row.style !== 'group') return;
      const next = rows.slice(i + 1).findIndex((r) => r.style === 'group');
      const count = next === -1 ? rows.length - i - 1 : next;
      expect(row.cells[1]).toMatch(new RegExp(`\\(${String(count).padStart(2, '0')} nhiệm vụ\\)$`));
    });
  });
});

describe('report 230 as of its report date', () => {
  it('has 23 late tasks, grouped by first lead in the overview order', () => {
    const fixture = fixtureOf('bao-cao-230-cham-muon-T01-2024.xlsx');
    expect(fixture.reportDate).toBe('2024-01-31');
    const specs = workbookOf(fixture);
    const overview = sheetAt(specs, 0);
    const late = sheetAt(specs, 1);
    expect(taskRows(late)).toHaveLength(23);
    expect(late.titles[2]).toBe('Tổng số nhiệm vụ quá hạn: 23.');
    const groups = late.rows.filter((row) => row.style === 'group');
    expect(groups.map((row) => [row.cells[0], row.cells[1]])).toEqual([
      ['I', 'Bộ Công an (09 nhiệm vụ)'],
      ['II', 'Các bộ, ngành, địa phương (06 nhiệm vụ)'],
      ['III', 'Bộ Thông tin và Truyền thông (04 nhiệm vụ)'],
      ['IV', 'Bộ Y tế (01 nhiệm vụ)'],
      ['V', 'Bộ Tài chính (01 nhiệm vụ)'],
      ['VI', 'Bộ Xây dựng (01 nhiệm vụ)'],
      ['VII', 'UBND các tỉnh, thành phố trực thuộc Trung ương (01 nhiệm vụ)'],
    ]);
    const order = overview.rows.map((row) => row.cells[0]);
    const groupOrder = groups.map((row) =>
      typeof row.cells[1] === 'string' ? row.cells[1].replace(/ \(\d+ nhiệm vụ\)$/, '') : '',
    );
    const positions = groupOrder.map((name) => order.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Co-leads (Bộ Công an with Tòa án nhân dân tối cao …) count under both, once in the total.
    expect(overview.titles).toContain(
      'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị; dòng Tổng cộng tính mỗi nhiệm vụ một lần.',
    );
    const agencyTotal = overview.rows
      .filter((row) => row.style === 'task')
      .reduce((sum, row) => sum + (row.cells[1] as number), 0);
    expect(agencyTotal).toBeGreaterThan(27);
  });
});
