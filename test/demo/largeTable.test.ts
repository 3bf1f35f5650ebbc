import { readTaskTable } from '../../src/core/table/readTaskTable';
import type { Grid } from '../../src/core/table/grid';
import { enlargeTable } from '../../src/demo/largeTable';
import { findTableStart } from '../../src/demo/openWorkbook';
import { gridOf, loadWorkbook, WORKBOOKS } from '../helpers/fixtures';

function readTaskTableTasks(grids: readonly Grid[], sheet: string): string[] {
  const grid = grids.find((each) => each.sheet === sheet);
  const read = grid ? readTaskTable(grid) : null;
  return read?.success ? read.data.tasks.map((task) => task.task) : [];
}

describe('enlargeTable', () => {
  it('repeats the sample table to the rows asked, each copy of a task a different task', async () => {
    const grids = await loadWorkbook(WORKBOOKS[0].file);
    const start = findTableStart(grids);
    const enlarged = enlargeTable(grids, 1_000);
    if (!enlarged || !start) throw new Error('the sample has a task table');

    const sheet = enlarged.find((grid) => grid.sheet === start.sheet);
    if (!sheet) throw new Error(`no sheet ${start.sheet}`);
    const read = readTaskTable(sheet);
    if (!read.success) throw new Error('the enlarged table reads');
    const { tasks } = read.data;
    // 1,000 rows below the header: tasks, and the section rows between them.
    expect(
      sheet.values.length - (read.data.headerRow + read.data.headerRows - sheet.origin.row),
    ).toBe(1_000);
    expect(tasks.length).toBeGreaterThan(700);
    // Every copy after the first says which it is; the first copy is the sample as it was.
    const copies = tasks.filter((task) => /\(bản \d+\)$/.test(task.task)).length;
    expect(copies).toBe(tasks.length - WORKBOOKS[0].tasks);
    expect(tasks.slice(0, WORKBOOKS[0].tasks).map((task) => task.task)).toEqual(
      readTaskTableTasks(grids, start.sheet),
    );
    // The other sheets are the same objects: only the table's sheet is rebuilt.
    expect(enlarged.filter((grid) => grid.sheet !== start.sheet)).toEqual(
      grids.filter((grid) => grid.sheet !== start.sheet),
    );
  });

  it('is null without a task table', () => {
    expect(enlargeTable([gridOf([['a', 'b']])], 10)).toBeNull();
  });
});
