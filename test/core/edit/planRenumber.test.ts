import { planRenumber } from '../../../src/core/edit/planRenumber';
import type { Grid } from '../../../src/core/table/grid';
import { gridOf } from '../../helpers/fixtures';
import { checkPlan, tableOf } from './planHelpers';

const HEADER = ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả'];

function gridWith(
  stts: (string | number | null)[],
  extra: Parameters<typeof gridOf>[1] = {},
): Grid {
  return gridOf(
    [HEADER, ...stts.map((stt, i) => [stt, `Nhiệm vụ ${i + 1}`, 'Bộ Công an', 'Hoàn thành'])],
    extra,
  );
}

function plan(grid: Grid) {
  const result = planRenumber(tableOf(grid), grid);
  return { result, cells: checkPlan(result) };
}

describe('planRenumber', () => {
  it('writes nothing when the numbers are right', () => {
    const { result } = plan(gridWith([1, 2, 3]));
    expect(result).toEqual({
      kind: 'renumber',
      sheet: 'Trang1',
      area: 'A1',
      unmerge: [],
      writes: [],
      cellCount: 0,
      taskCount: 0,
    });
  });

  it('writes only the cells whose text changes, as numbers where the table has numbers', () => {
    const { result, cells } = plan(gridWith([1, 2, 2, 5]));
    expect([...cells]).toEqual([
      ['A4', 3],
      ['A5', 4],
    ]);
    expect(result.area).toBe('A4:A5');
    expect(result.writes.map((write) => write.address)).toEqual(['A4', 'A5']);
    expect(result.cellCount).toBe(2);
    expect(result.taskCount).toBe(2);
  });

  it('keeps "1." when every STT ends with a dot', () => {
    expect([...plan(gridWith(['1.', '2.', '2.'])).cells]).toEqual([['A4', '3.']]);
  });

  it('keeps "01" when the numbers under ten are written with two digits', () => {
    expect([...plan(gridWith(['01', '02', '02'])).cells]).toEqual([['A4', '03']]);
  });

  it('writes plain text numbers in a table that mixes its ways', () => {
    expect([...plan(gridWith(['1', '2.', 2])).cells]).toEqual([
      ['A3', '2'],
      ['A4', '3'],
    ]);
  });

  it('numbers a task without STT and leaves sub-items alone', () => {
    const grid = gridOf([
      HEADER,
      [null, 'Nhiệm vụ đầu', 'Bộ Công an', 'Hoàn thành'],
      ['1.1', 'Việc con', 'Bộ Công an', 'Hoàn thành'],
      ['3', 'Nhiệm vụ sau', 'Bộ Tư pháp', 'Hoàn thành'],
    ]);
    expect([...plan(grid).cells]).toEqual([
      ['A2', '1'],
      ['A4', '2'],
    ]);
  });

  it('does not write into a cell that a merged area hides', () => {
    const grid = gridOf(
      [
        HEADER,
        ['A', 'Phần một', null, null],
        [null, 'Nhiệm vụ đầu', 'Bộ Công an', 'Hoàn thành'],
        ['3', 'Nhiệm vụ sau', 'Bộ Tư pháp', 'Hoàn thành'],
      ],
      { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
    );
    const table = tableOf(grid);
    expect(table.tasks.map((task) => task.row)).toEqual([3, 4]);
    expect([...plan(grid).cells]).toEqual([['A4', '2']]);
  });

  it('plans nothing for a table without an STT column', () => {
    const grid = gridOf([
      ['Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
      ['Việc một', 'Bộ Công an', 'Năm 2024'],
    ]);
    const { result } = plan(grid);
    expect(result.writes).toEqual([]);
    expect(result.cellCount).toBe(0);
  });
});
