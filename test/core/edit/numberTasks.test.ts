import { numberTasks } from '../../../src/core/edit/numberTasks';
import { gridOf } from '../../helpers/fixtures';
import { tableOf } from './planHelpers';

const HEADER = ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'];

function task(stt: string | number | null, name: string): (string | number | null)[] {
  return [stt, name, 'Bộ Công an', '31/12/2024', 'Đang triển khai'];
}

/** The numbers by task, in sheet order, as "row:stt". */
function numbered(rows: (string | number | null)[][]): string[] {
  const numbers = numberTasks(tableOf(gridOf([HEADER, ...rows])));
  return [...numbers].map(([row, stt]) => `${row}:${stt}`);
}

describe('numberTasks', () => {
  it('numbers afresh under every group when the table does', () => {
    expect(
      numbered([
        ['I', 'Nhóm một'],
        task(1, 'Việc một'),
        task(2, 'Việc hai'),
        ['II', 'Nhóm hai'],
        task(1, 'Việc ba'),
        task(2, 'Việc bốn'),
      ]),
    ).toEqual(['3:1', '4:2', '6:1', '7:2']);
  });

  it('carries the numbers on through the groups when the table does', () => {
    expect(
      numbered([
        ['I', 'Nhóm một'],
        task('1.', 'Việc một'),
        task('2.', 'Việc hai'),
        ['II', 'Nhóm hai'],
        task('3.', 'Việc ba'),
        ['III', 'Nhóm ba'],
        task('5.', 'Việc bốn'),
      ]),
    ).toEqual(['3:1', '4:2', '6:3', '8:4']);
  });

  it('restarts at sections and carries on through their groups, each as the table does', () => {
    expect(
      numbered([
        ['A', 'Phần một'],
        ['I', 'Nhóm một'],
        task(1, 'Việc một'),
        ['II', 'Nhóm hai'],
        task(2, 'Việc hai'),
        ['B', 'Phần hai'],
        ['I', 'Nhóm ba'],
        task(1, 'Việc ba'),
        ['II', 'Nhóm bốn'],
        task(2, 'Việc bốn'),
      ]),
    ).toEqual(['4:1', '6:2', '9:1', '11:2']);
  });

  it('numbers afresh when the table says nothing either way', () => {
    expect(
      numbered([['I', 'Nhóm một'], task(7, 'Việc một'), ['II', 'Nhóm hai'], task(9, 'Việc hai')]),
    ).toEqual(['3:1', '5:1']);
  });

  it('mends repeats and gaps under one heading, and numbers a task without STT', () => {
    expect(
      numbered([task(null, 'Việc một'), task(1, 'Việc hai'), task(1, 'Việc ba'), task(5, 'Bốn')]),
    ).toEqual(['2:1', '3:2', '4:3', '5:4']);
  });

  it('starts afresh at a "1, 2" under one heading, as the stt-sequence rule reads it', () => {
    expect(
      numbered([task(1, 'Một'), task(2, 'Hai'), task(1, 'Ba'), task(2, 'Bốn'), task(2, 'Năm')]),
    ).toEqual(['2:1', '3:2', '4:1', '5:2', '6:3']);
  });

  it('leaves sub-items out of the count', () => {
    expect(
      numbered([task(1, 'Một'), task('1.1', 'Một một'), task('a)', 'Một a'), task(3, 'Hai')]),
    ).toEqual(['2:1', '5:2']);
  });

  it('numbers a table without an STT column', () => {
    const grid = gridOf([
      ['Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
      ['Việc một', 'Bộ Công an', 'Năm 2024'],
      ['Việc hai', 'Bộ Tư pháp', 'Năm 2024'],
    ]);
    expect([...numberTasks(tableOf(grid))]).toEqual([
      [2, '1'],
      [3, '2'],
    ]);
  });
});
