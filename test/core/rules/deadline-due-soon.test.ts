import { deadlineDueSoon } from '../../../src/core/rules/deadline-due-soon';
import { essentials, runOn, runOnWorkbook } from '../deadlines/ruleHarness';

const asOf = '2024-06-28';

describe('deadline-due-soon', () => {
  describe('valid', () => {
    it.each([
      ['due after the window (15 days)', '13/7/2024', 'Đang thực hiện'],
      ['already overdue (deadline-overdue reports it)', '27/6/2024', 'Chưa hoàn thành'],
      ['done', 'Tháng 6/2024', 'Đã hoàn thành'],
      ['mostly done', '30/6/2024', 'Đã cơ bản hoàn thành'],
      ['recurring', 'Thực hiện thường xuyên', 'Đang thực hiện'],
      [
        'conditional with a date named',
        'Theo lộ trình (dự kiến trong tháng 6/2024)',
        'Chưa thực hiện',
      ],
    ])('%s: %s / %s', (_, deadline, result) => {
      expect(runOn(deadlineDueSoon, [{ deadline, result }], { asOf }).findings).toEqual([]);
    });

    it('carried over from 2023: overdue (deadline-overdue reports it), not due soon', () => {
      const task = 'Kết nối dữ liệu (nhiệm vụ chưa hoàn thành từ năm 2023)';
      const rows = [{ task, deadline: '30/6/2024', result: 'Đang thực hiện' }];
      expect(runOn(deadlineDueSoon, rows, { asOf }).findings).toEqual([]);
    });

    it("the window is the context's: 2 days left is not soon within 1 day", () => {
      const rows = [{ deadline: '30/6/2024', result: 'Đang thực hiện' }];
      expect(runOn(deadlineDueSoon, rows, { asOf, dueSoonDays: 1 }).findings).toEqual([]);
    });

    it('real: Thanh Hóa STT 27 is due in August (gold DL-034)', async () => {
      const { findings } = await runOnWorkbook(deadlineDueSoon, 'thanh-hoa-phu-luc-I-06-2024.xlsx');
      expect(findings.filter((f) => f.cell === 'E33')).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('due today: 0 days left counts', () => {
      const rows = [{ deadline: '28/6/2024', result: 'Chưa hoàn thành' }];
      expect(runOn(deadlineDueSoon, rows, { asOf }).findings.map(essentials)).toEqual([
        {
          code: 'deadline_due_soon',
          cell: 'E2',
          params: { due: '2024-06-28', daysLeft: 0, status: 'NOT_DONE' },
          severity: 'warning',
        },
      ]);
    });

    it('the last day of the window (14 days)', () => {
      const rows = [{ deadline: 'trước ngày 12/7/2024', result: 'Đang thực hiện' }];
      expect(runOn(deadlineDueSoon, rows, { asOf }).findings.map(essentials)).toEqual([
        {
          code: 'deadline_due_soon',
          cell: 'E2',
          params: { due: '2024-07-12', daysLeft: 14, status: 'IN_PROGRESS' },
          severity: 'warning',
        },
      ]);
    });

    it('real: Thanh Hóa STT 40 and 42, due at the end of June (gold DL-032, DL-033)', async () => {
      const { findings } = await runOnWorkbook(deadlineDueSoon, 'thanh-hoa-phu-luc-I-06-2024.xlsx');
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_due_soon',
          cell: 'E48',
          params: { due: '2024-06-30', daysLeft: 2, status: 'IN_PROGRESS' },
          severity: 'warning',
        },
        {
          code: 'deadline_due_soon',
          cell: 'E50',
          params: { due: '2024-06-30', daysLeft: 2, status: 'NOT_DONE' },
          severity: 'warning',
        },
      ]);
    });

    it('real: Directive 05 gives six tasks until the end of February, 5 days (gold DL-056)', async () => {
      const { findings, table } = await runOnWorkbook(
        deadlineDueSoon,
        'chi-thi-05-2023-phu-luc.xlsx',
      );
      const tasks = findings.map((f) => {
        const task = table.tasks.find((t) => t.cells.deadline === f.cell);
        return `${task?.section ?? ''}${task?.stt ?? ''}`;
      });
      expect(tasks).toEqual(['B27', 'B32', 'B35', 'B38', 'B45', 'C1']);
      expect(new Set(findings.map((f) => JSON.stringify(f.params)))).toEqual(
        new Set([JSON.stringify({ due: '2023-02-28', daysLeft: 5, status: 'NOT_REPORTED' })]),
      );
    });
  });
});
