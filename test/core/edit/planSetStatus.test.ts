import { planSetStatus } from '../../../src/core/edit/planSetStatus';
import { gridOf } from '../../helpers/fixtures';
import { checkPlan, tableOf } from './planHelpers';

const grid = gridOf([
  ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả', 'Tình trạng'],
  ['I', 'Nhóm một', null, null, null],
  [1, 'Việc một', 'Bộ Công an', 'Đang triển khai', 'Đang triển khai'],
  [2, 'Việc hai', 'Bộ Tư pháp', 'Đã hoàn thành', 'Hoàn thành'],
  [null, 'phần tiếp của việc hai', null, 'trong tháng 6', null],
  [3, 'Việc ba', 'Bộ Y tế', null, null],
]);
const table = tableOf(grid);

describe('planSetStatus', () => {
  it('writes the result and the status label of each selected task', () => {
    const plan = planSetStatus(table, [3, 6], { result: 'Đã hoàn thành', status: 'DONE' });
    expect([...checkPlan(plan)]).toEqual([
      ['D3', 'Đã hoàn thành'],
      ['E3', 'Hoàn thành'],
      ['D6', 'Đã hoàn thành'],
      ['E6', 'Hoàn thành'],
    ]);
    expect(plan).toMatchObject({ kind: 'set-status', area: 'D3:E6', cellCount: 4, taskCount: 2 });
    expect(plan.writes.every((write) => write.values.length === 1)).toBe(true);
  });

  it('selects a task by any of its rows and empties the result it spilled over them', () => {
    const plan = planSetStatus(table, [5], { result: 'Hoàn thành', status: 'DONE' });
    // The status already reads "Hoàn thành": only the result changes.
    expect([...checkPlan(plan)]).toEqual([
      ['D4', 'Hoàn thành'],
      ['D5', ''],
    ]);
    expect(plan).toMatchObject({ area: 'D4:D5', cellCount: 2, taskCount: 1 });
  });

  it('leaves a task alone when it already reads the same', () => {
    const plan = planSetStatus(table, [3], { result: ' Đang  triển khai ', status: 'IN_PROGRESS' });
    expect(plan.writes).toEqual([]);
    expect(plan.cellCount).toBe(0);
    expect(plan.taskCount).toBe(0);
    expect(() => checkPlan(plan)).not.toThrow();
  });

  it('leaves the status column alone when no status is given', () => {
    const plan = planSetStatus(table, [6], { result: 'Chưa hoàn thành' });
    expect([...checkPlan(plan)]).toEqual([['D6', 'Chưa hoàn thành']]);
  });

  it('touches nothing outside the selected tasks', () => {
    expect(planSetStatus(table, [1, 2, 7, 40], { result: 'Hoàn thành' }).writes).toEqual([]);
  });

  it('writes formula-looking text as it is, as a string', () => {
    const plan = planSetStatus(table, [6], { result: '=SUM(A1:A3)' });
    expect([...checkPlan(plan)]).toEqual([['D6', '=SUM(A1:A3)']]);
  });

  it('writes the result alone in a table without a status column', () => {
    const noStatus = gridOf([
      ['STT', 'Nội dung, nhiệm vụ', 'Kết quả'],
      [1, 'Việc một', 'Đang triển khai'],
    ]);
    const plan = planSetStatus(tableOf(noStatus), [2], { result: 'Hoàn thành', status: 'DONE' });
    expect([...checkPlan(plan)]).toEqual([['C2', 'Hoàn thành']]);
  });

  it('plans no writes for a table without a result column', () => {
    const noResult = gridOf([
      ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì'],
      [1, 'Việc một', 'Bộ Công an'],
    ]);
    const plan = planSetStatus(tableOf(noResult), [2], { result: 'Hoàn thành', status: 'DONE' });
    expect(checkPlan(plan).size).toBe(0);
    expect(plan).toMatchObject({ kind: 'set-status', cellCount: 0, taskCount: 0 });
  });
});
