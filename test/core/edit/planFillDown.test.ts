import { planFillDown } from '../../../src/core/edit/planFillDown';
import { gridOf } from '../../helpers/fixtures';
import { checkPlan, rowsOfCells, tableOf } from './planHelpers';

const HEADER = ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Kết quả'];

const grid = gridOf(
  [
    HEADER,
    ['I', 'Nhóm một', null, null, null],
    [1, 'Việc một', 'Bộ Công an', 'Bộ Tư pháp', 'Hoàn thành'],
    [2, 'Việc hai', null, null, 'Hoàn thành'],
    [null, 'phần tiếp của việc hai', null, null, null],
    [3, 'Việc ba', 'Bộ Tài chính', null, 'Đang triển khai'],
    [4, 'Việc bốn', null, null, 'Đang triển khai'],
    ['II', 'Nhóm hai', null, null, null],
    [5, 'Việc năm', 'Bộ Y tế', null, 'Hoàn thành'],
  ],
  {
    merges: [
      { top: 3, left: 3, bottom: 5, right: 3 },
      { top: 3, left: 4, bottom: 4, right: 4 },
      { top: 6, left: 3, bottom: 7, right: 3 },
      // Not agency cells over several tasks: a heading across the table, a task cell.
      { top: 8, left: 2, bottom: 8, right: 5 },
      { top: 6, left: 5, bottom: 7, right: 5 },
    ],
  },
);
const table = tableOf(grid);

describe('planFillDown', () => {
  it('unmerges the agency cells over the selected tasks and fills each task row', () => {
    const plan = planFillDown(table, grid, [4]);
    const cells = checkPlan(plan);
    expect(plan.unmerge).toEqual(['C3:C5', 'D3:D4']);
    expect(plan.writes).toEqual([
      { address: 'C3:C5', values: [['Bộ Công an'], ['Bộ Công an'], [null]] },
      { address: 'D3:D4', values: [['Bộ Tư pháp'], ['Bộ Tư pháp']] },
    ]);
    expect(plan).toMatchObject({ kind: 'fill-down', area: 'C3:D5', cellCount: 2, taskCount: 2 });
    // The continuation row stays empty.
    expect(cells.has('C5')).toBe(false);
  });

  it('takes a merge in when the selection holds one of its continuation rows', () => {
    const plan = planFillDown(table, grid, [5]);
    checkPlan(plan);
    expect(plan.unmerge).toEqual(['C3:C5']);
  });

  it('touches nothing outside the merges over the selection', () => {
    const plan = planFillDown(table, grid, [7]);
    const cells = checkPlan(plan);
    expect(plan.unmerge).toEqual(['C6:C7']);
    expect([...rowsOfCells(cells)]).toEqual([6, 7]);
    expect(plan.area).toBe('C6:C7');
  });

  it('plans nothing where the agencies are already filled in', () => {
    for (const rows of [[9], [2, 8], [1], []]) {
      const plan = planFillDown(table, grid, rows);
      expect(checkPlan(plan).size).toBe(0);
      expect(plan).toMatchObject({ unmerge: [], writes: [], cellCount: 0, taskCount: 0 });
    }
  });

  it('moves the value off a continuation row the merge started on', () => {
    const spilled = gridOf(
      [
        HEADER,
        [1, 'Việc một', 'Bộ Tư pháp', null, 'Hoàn thành'],
        [null, null, 'Bộ Công an', null, null],
        [2, 'Việc hai', null, null, 'Hoàn thành'],
      ],
      { merges: [{ top: 3, left: 3, bottom: 4, right: 3 }] },
    );
    const plan = planFillDown(tableOf(spilled), spilled, [4]);
    expect([...checkPlan(plan)]).toEqual([
      ['C3', ''],
      ['C4', 'Bộ Công an'],
    ]);
    expect(plan).toMatchObject({ cellCount: 2, taskCount: 1 });
  });

  it('leaves an empty merged cell merged', () => {
    const empty = gridOf(
      [HEADER, [1, 'Việc một', null, null, 'Hoàn thành'], [2, 'Việc hai', null, null, 'Xong']],
      { merges: [{ top: 2, left: 3, bottom: 3, right: 3 }] },
    );
    expect(planFillDown(tableOf(empty), empty, [2, 3]).unmerge).toEqual([]);
  });
});
