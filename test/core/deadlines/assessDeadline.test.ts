import {
  assessDeadline,
  assessTask,
  type AssessedTask,
} from '../../../src/core/deadlines/assessDeadline';
import type { Deadline } from '../../../src/core/parse/deadlineSchema';
import type { Status } from '../../../src/core/parse/statusSchema';

const dated = (
  due: string,
  extra: Partial<Extract<Deadline, { kind: 'date' }>> = {},
): Deadline => ({
  kind: 'date',
  due,
  precision: 'month',
  text: due,
  recurring: false,
  flags: [],
  ...extra,
});

function taskOf(
  deadline: Deadline,
  status: Status,
  texts: Partial<AssessedTask> = {},
): AssessedTask {
  return {
    deadline,
    status: { status, phrase: null, flags: [] } as unknown as AssessedTask['status'],
    task: 'Triển khai nhiệm vụ',
    result: null,
    note: null,
    ...texts,
  };
}

describe('assessDeadline', () => {
  it.each<[Status]>([['DONE'], ['MOSTLY_DONE'], ['RECURRING']])(
    '%s closes a past deadline',
    (status) => {
      expect(assessDeadline(dated('2023-06-30'), status, '2024-01-31')).toEqual({
        state: 'closed',
      });
    },
  );

  it.each<[Status]>([['NOT_DONE'], ['IN_PROGRESS'], ['UNKNOWN'], ['NOT_REPORTED']])(
    '%s leaves a past deadline overdue',
    (status) => {
      expect(assessDeadline(dated('2023-06-30'), status, '2024-01-31')).toEqual({
        state: 'overdue',
        due: '2023-06-30',
        daysLate: 215,
        original: null,
        carriedFrom: null,
      });
    },
  );

  it('due today is open with 0 days left, not overdue', () => {
    expect(assessDeadline(dated('2024-01-31'), 'NOT_DONE', '2024-01-31')).toEqual({
      state: 'open',
      due: '2024-01-31',
      daysLeft: 0,
    });
  });

  it('judges a revised deadline by the revision and keeps the original', () => {
    const deadline = dated('2024-03-31', {
      original: { due: '2023-06-30', precision: 'month', text: 'Tháng 6/2023' },
    });
    expect(assessDeadline(deadline, 'IN_PROGRESS', '2024-06-28')).toMatchObject({
      state: 'overdue',
      due: '2024-03-31',
      original: '2023-06-30',
    });
  });

  it.each<[Deadline]>([
    [{ kind: 'recurring', text: 'Thường xuyên' }],
    [{ kind: 'conditional', text: 'Theo lộ trình (dự kiến trong năm 2023)', due: '2023-12-31' }],
    [{ kind: 'none', text: '' }],
    [{ kind: 'unparsed', text: 'Sớm' }],
  ])('never calls an undated deadline overdue: $kind', (deadline) => {
    expect(assessDeadline(deadline, 'NOT_DONE', '2024-06-28')).toEqual({ state: 'undated' });
  });
});

describe('assessTask', () => {
  it('a carried-over task is overdue since the end of that year, whatever its deadline says', () => {
    const task = taskOf({ kind: 'recurring', text: 'Thường xuyên' }, 'RECURRING', {
      task: 'Kết nối dữ liệu (nhiệm vụ chưa hoàn thành từ năm 2022)',
    });
    expect(assessTask(task, '2024-06-28')).toEqual({
      state: 'overdue',
      due: '2022-12-31',
      daysLate: 545,
      original: null,
      carriedFrom: 2022,
    });
  });

  it('a carried-over task that is done is not overdue', () => {
    const task = taskOf(dated('2024-12-31'), 'DONE', {
      task: 'Kết nối dữ liệu (nhiệm vụ chưa hoàn thành từ năm 2022)',
    });
    expect(assessTask(task, '2024-06-28')).toEqual({ state: 'closed' });
  });

  it('a done task whose result dates the completion after the deadline was completed late', () => {
    const task = taskOf(dated('2023-09-30'), 'DONE', {
      result: 'Đã hoàn thành: Quyết định số 2568/QĐ-BTTTT, ngày 29/12/2023',
    });
    expect(assessTask(task, '2024-01-31')).toEqual({
      state: 'completed-late',
      due: '2023-09-30',
      doneOn: '2023-12-29',
      daysLate: 90,
    });
  });

  it('a completion date after the report date is not believed', () => {
    const task = taskOf(dated('2023-09-30'), 'DONE', { result: 'Đã hoàn thành ngày 29/12/2024' });
    expect(assessTask(task, '2024-01-31')).toEqual({ state: 'closed' });
  });
});
