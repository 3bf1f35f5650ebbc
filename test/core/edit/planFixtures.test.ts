import { readFileSync } from 'node:fs';
import { planFillDown } from '../../../src/core/edit/planFillDown';
import { planInPlaceNormalize } from '../../../src/core/edit/planInPlaceNormalize';
import { planRenumber } from '../../../src/core/edit/planRenumber';
import { planSetStatus } from '../../../src/core/edit/planSetStatus';
import type { RangeRef } from '../../../src/core/table/address';
import { cellAddress, rangeAddress } from '../../../src/core/table/address';
import { delimitedToGrid } from '../../../src/core/table/delimitedToGrid';
import type { Grid } from '../../../src/core/table/grid';
import type { TaskTable } from '../../../src/core/table/model';
import { WORKBOOKS, fixturePath, loadWorkbook } from '../../helpers/fixtures';
import { checkPlan, rect, rowsOfCells, tableOf } from './planHelpers';
import { normalizeTable } from '../../../src/core/normalize/normalizeTable';

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function addressOf(merge: RangeRef): string {
  return rangeAddress(merge.top, merge.left, merge.bottom, merge.right);
}

const PASTED = 'pasted/bao-cao-230-cham-muon-raw.tsv';

async function gridOfFixture(file: string): Promise<Grid> {
  if (file === PASTED) return delimitedToGrid(readFileSync(fixturePath(file), 'utf8'), 'Dán');
  const [grid] = await loadWorkbook(file);
  if (grid === undefined) throw new Error(`no sheet in ${file}`);
  return grid;
}

const FILES = [
  ...WORKBOOKS.map(({ file, reportDate }) => ({ file, reportDate })),
  { file: PASTED, reportDate: '2024-01-31' },
];

describe.each(FILES)('edit plans on $file', ({ file, reportDate }) => {
  let grid: Grid;
  let table: TaskTable;
  beforeAll(async () => {
    grid = await gridOfFixture(file);
    table = tableOf(grid);
  });

  it('normalises in place over the whole old table, emptying the rows left over', () => {
    const { spec } = normalizeTable(grid, table, { asOf: reportDate });
    const plan = planInPlaceNormalize(table, grid, spec);
    const cells = checkPlan(plan);
    const old = rect(table.range);
    const area = rect(plan.area);
    const blockBottom = table.headerRow + spec.rows.length;
    expect(area).toMatchObject({ top: old.top, left: old.left });
    expect(area.bottom).toBeGreaterThanOrEqual(old.bottom);
    for (let row = old.top; row <= old.bottom; row++) {
      for (let column = old.left; column <= old.right; column++) {
        const value = cells.get(cellAddress(row, column));
        expect(value).toBeDefined();
        if (row > blockBottom || column - old.left >= spec.columns.length) expect(value).toBe('');
      }
    }
    expect(Math.min(...rowsOfCells(cells))).toBe(table.headerRow);
    const headerCells = spec.columns.map((_, i) => cells.get(cellAddress(old.top, old.left + i)));
    expect(headerCells).toEqual(spec.columns.map((column) => column.header));
    const touched = grid.merges.filter((merge) => intersects(merge, area));
    expect(plan.unmerge).toEqual(touched.map(addressOf));
    expect(touched.every((merge) => merge.top >= table.headerRow)).toBe(true);
    if (file === PASTED) expect(old.bottom).toBeGreaterThan(blockBottom);
    expect(plan.cellCount).toBeGreaterThan(0);
    expect(plan.taskCount).toBe(table.tasks.length);
  });

  it('renumbers nothing in a table numbered consistently', () => {
    const plan = planRenumber(table, grid);
    checkPlan(plan);
    expect(plan.writes).toEqual([]);
    expect(plan.cellCount).toBe(0);
  });

  it('renumbers exactly a broken STT, in the way the table writes its numbers', () => {
    const task = table.tasks[1];
    const column = table.columns.stt;
    if (column === undefined || task === undefined) {
      expect(planRenumber(table, grid).writes).toEqual([]);
      return;
    }
    const r = task.row - grid.origin.row;
    const c = rect(`${column}1`).left - grid.origin.column;
    const before = grid.values[r]?.[c] ?? null;
    const broken: Grid = {
      ...grid,
      values: grid.values.map((row, i) =>
        i === r ? row.map((v, j) => (j === c ? '99' : v)) : row,
      ),
    };
    const plan = planRenumber(tableOf(broken), broken);
    expect([...checkPlan(plan)]).toEqual([[`${column}${task.row}`, before]]);
    expect(plan).toMatchObject({ cellCount: 1, taskCount: 1 });
  });

  it('fills nothing down in a table without agency cells merged over tasks', () => {
    const rows = Array.from({ length: grid.values.length }, (_, i) => grid.origin.row + i);
    const plan = planFillDown(table, grid, rows);
    checkPlan(plan);
    expect(plan).toMatchObject({ unmerge: [], writes: [], cellCount: 0 });
  });

  it('sets the result of the selected task only, and nothing where it already reads the same', () => {
    const task = table.tasks[table.tasks.length - 1];
    if (task === undefined) throw new Error('no task');
    const same = planSetStatus(table, [task.row], { result: task.result ?? '' });
    checkPlan(same);
    expect(same.cellCount).toBe(0);

    const plan = planSetStatus(table, [task.row], { result: 'Đã hoàn thành', status: 'DONE' });
    const cells = checkPlan(plan);
    if (table.columns.result === undefined) {
      expect(plan.writes).toEqual([]);
      return;
    }
    expect([...rowsOfCells(cells)].every((row) => task.row <= row && row <= task.lastRow)).toBe(
      true,
    );
    expect(cells.get(`${table.columns.result}${task.row}`)).toBe('Đã hoàn thành');
    expect(plan.taskCount).toBe(1);
  });
});
