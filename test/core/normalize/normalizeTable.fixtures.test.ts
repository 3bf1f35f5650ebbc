import { readFileSync } from 'node:fs';
import { checkGrid } from '../../../src/core/check/checkGrid';
import type { CheckResult } from '../../../src/core/check/checkGrid';
import { normalizeTable } from '../../../src/core/normalize/normalizeTable';
import type { ChangeKind } from '../../../src/core/normalize/normalizeSchema';
import { ALL_CHANGE_KINDS } from '../../../src/core/normalize/normalizeSchema';
import { sheetSpecSchema } from '../../../src/core/summary/sheetSpec';
import { sheetSpecToGrid } from '../../../src/core/summary/sheetSpecToGrid';
import { delimitedToGrid } from '../../../src/core/table/delimitedToGrid';
import type { Grid } from '../../../src/core/table/grid';
import type { Task, TaskTable } from '../../../src/core/table/model';
import { assessTask } from '../../../src/core/deadlines/assessDeadline';
import { toReportTask } from '../../../src/core/report/buildReport';
import { WORKBOOKS, fixturePath, loadWorkbook } from '../../helpers/fixtures';
import { findingKeys } from './findingKey';

type Case = { name: string; grid: () => Promise<Grid>; asOf: string; tasks: number };

const CASES: Case[] = [
  ...WORKBOOKS.map(({ file, reportDate, tasks }) => ({
    name: file,
    grid: async () => (await loadWorkbook(file))[0]!,
    asOf: reportDate,
    tasks,
  })),
  {
    name: 'pasted/bao-cao-230-cham-muon-raw.tsv',
    grid: () =>
      Promise.resolve(
        delimitedToGrid(
          readFileSync(fixturePath('pasted', 'bao-cao-230-cham-muon-raw.tsv'), 'utf8'),
          'Dán',
          '\t',
        ),
      ),
    asOf: '2024-01-31',
    // What the reader makes of the paste today; the paste box's own reader is helper Q1's.
    tasks: 26,
  },
];

function check(grid: Grid, asOf: string): CheckResult & { table: TaskTable } {
  const result = checkGrid(grid, { asOf });
  if (result.table === null) throw new Error(`no table in ${grid.sheet}`);
  return { ...result, table: result.table };
}

/** Normalises the original with `kinds`, writes it as the writers would, and checks that. */
function roundTrip(
  original: CheckResult & { table: TaskTable },
  grid: Grid,
  asOf: string,
  kinds?: ReadonlySet<ChangeKind>,
) {
  const result = normalizeTable(
    grid,
    original.table,
    kinds === undefined ? { asOf } : { asOf, kinds },
  );
  const written = sheetSpecToGrid(result.spec);
  return { result, written, checked: check(written, asOf) };
}

const withoutStt = (keys: string[]): string[] =>
  keys.filter((key) => !key.startsWith('["stt-sequence"'));

/** What a task says, as the JSON report shows it, and its other texts; not where it sits. */
function meaning(task: Task, asOf: string) {
  const said: Partial<ReturnType<typeof toReportTask>> = toReportTask(task, asOf);
  delete said.row;
  delete said.stt;
  return { ...said, directive: task.directive, deadlineText: task.deadlineText, note: task.note };
}

describe.each(CASES)('normalising $name', ({ grid: load, asOf, tasks }) => {
  let grid: Grid;
  let original: CheckResult & { table: TaskTable };
  let full: ReturnType<typeof roundTrip>;
  beforeAll(async () => {
    grid = await load();
    original = check(grid, asOf);
    full = roundTrip(original, grid, asOf);
  });

  it('finds the same inconsistencies as checking the original, none lost or invented', () => {
    const { result, checked } = full;
    expect(sheetSpecSchema.safeParse(result.spec).success).toBe(true);
    expect(original.findings.length).toBeGreaterThan(0);
    expect(findingKeys(checked.findings)).toEqual(withoutStt(findingKeys(original.findings)));
    // Renumbering fixes what stt-sequence finds, by design.
    expect(checked.findings.filter((finding) => finding.rule === 'stt-sequence')).toEqual([]);
  });

  it('keeps every task, in order, with the same texts, status, deadline and lateness', () => {
    const { checked } = full;
    expect(original.table.tasks).toHaveLength(tasks);
    expect(checked.table.tasks).toHaveLength(tasks);
    expect(checked.table.tasks.map((task) => meaning(task, asOf))).toEqual(
      original.table.tasks.map((task) => meaning(task, asOf)),
    );
    expect(checked.table.sections.map(({ label, title }) => [label, title])).toEqual(
      original.table.sections.map(({ label, title }) => [label, title]),
    );
    expect(
      checked.table.groups.map(({ label, title, statedCount, taskCount }) => [
        label,
        title,
        statedCount,
        taskCount,
      ]),
    ).toEqual(
      original.table.groups.map(({ label, title, statedCount, taskCount }) => [
        label,
        title,
        statedCount,
        taskCount,
      ]),
    );
    expect(checked.table.titles).toEqual(
      original.table.titles.length > 0 ? original.table.titles : [`${grid.sheet} (chuẩn hóa)`],
    );
  });

  // Unticking renumbering keeps the STT as written: then stt-sequence finds the same too.
  it.each(ALL_CHANGE_KINDS)('keeps the findings with "%s" unticked alone', (unticked) => {
    const kinds = new Set(ALL_CHANGE_KINDS.filter((kind) => kind !== unticked));
    const { checked } = roundTrip(original, grid, asOf, kinds);
    const expected = findingKeys(original.findings);
    expect(findingKeys(checked.findings)).toEqual(
      unticked === 'renumber' ? expected : withoutStt(expected),
    );
  });

  it('changes nothing more when normalised again: same layout, no change of any kind', () => {
    const first = full;
    const again = normalizeTable(first.written, first.checked.table, {
      asOf,
      name: first.result.spec.name,
    });
    expect(again.changes).toEqual([]);
    expect(again.spec).toEqual(first.result.spec);
  });

  it('counts the changes of each kind', () => {
    const { result } = full;
    for (const kind of ALL_CHANGE_KINDS) {
      expect(result.counts[kind]).toBe(result.changes.filter((c) => c.kind === kind).length);
    }
    const dated = original.table.tasks.filter((task) => task.deadline.kind === 'date');
    expect(result.counts['deadline-date']).toBe(dated.length);
    expect(result.counts.status).toBe(tasks);
    const overdue = original.table.tasks.filter(
      (task) => assessTask(task, asOf).state === 'overdue',
    );
    expect(result.counts.overdue).toBe(overdue.length);
  });
});
