import { toReportTask } from '../../../src/core/report/buildReport';
import { deadlineOverdue } from '../../../src/core/rules/deadline-overdue';
import { WORKBOOKS } from '../../helpers/fixtures';
import { essentials, runOn, runOnWorkbook } from '../deadlines/ruleHarness';

describe('deadline-overdue', () => {
  describe('valid', () => {
    it.each([
      ['due later', 'Tháng 8/2024', 'Đang thực hiện'],
      ['due today', '28/6/2024', 'Chưa hoàn thành'],
      ['a month is due at its end', 'Hoàn thành trong 6/2024', 'Chưa thực hiện'],
      ['done', 'Quý I/2024', 'Đã hoàn thành'],
      ['mostly done', 'Tháng 3/2024', 'Đã cơ bản hoàn thành'],
      ['a recurring deadline', 'Thực hiện thường xuyên', 'Đang thực hiện'],
      ['a conditional deadline', 'Khi có chỉ đạo của Bộ Công an', 'Chưa thực hiện'],
      [
        'a conditional deadline naming a year',
        'Theo lộ trình của Tòa án (dự kiến trong năm 2023)',
        'Chưa thực hiện',
      ],
      ['no deadline', null, 'Chưa hoàn thành'],
      [
        'done on time, as the result dates it',
        'Quý I/2024',
        'Đã hoàn thành. Đã ban hành Công văn số 618/STP-XDKTVB ngày 27/3/2024',
      ],
    ])('%s: %s / %s', (_, deadline, result) => {
      expect(
        runOn(deadlineOverdue, [{ deadline, result }], { asOf: '2024-06-28' }).findings,
      ).toEqual([]);
    });

    it.each([
      [
        'done, though carried over',
        'Hoàn thành dự án (nhiệm vụ chưa hoàn thành từ năm 2022)',
        'Đã hoàn thành',
      ],
      [
        'a backlog of files is no carried-over task',
        'Giải quyết dứt điểm hồ sơ tồn đọng từ năm 2022',
        'Đang thực hiện',
      ],
      [
        'carried over from this year is not late yet',
        'Hoàn thành dự án (nhiệm vụ chưa hoàn thành từ năm 2024)',
        'Đang thực hiện',
      ],
    ])('%s', (_, task, result) => {
      const rows = [{ task, deadline: 'Trong năm 2024', result }];
      expect(runOn(deadlineOverdue, rows, { asOf: '2024-06-28' }).findings).toEqual([]);
    });

    it('real: Thanh Hóa STT 71, done on 27/3/2024 for Quý I/2024, is neither late nor late done (gold DL-031)', async () => {
      const { findings } = await runOnWorkbook(deadlineOverdue, 'thanh-hoa-phu-luc-I-06-2024.xlsx');
      expect(findings.filter((f) => f.cell === 'E85')).toEqual([]);
    });

    it('real: nothing of Directive 05 is late on the day it is issued', async () => {
      const { findings } = await runOnWorkbook(deadlineOverdue, 'chi-thi-05-2023-phu-luc.xlsx');
      expect(findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a month deadline passed, not done', () => {
      const rows = [{ deadline: 'Tháng 6/2022', result: 'Chưa hoàn thành' }];
      const { findings } = runOn(deadlineOverdue, rows, { asOf: '2024-01-31' });
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_overdue',
          cell: 'E2',
          params: { due: '2022-06-30', daysLate: 580, status: 'NOT_DONE', original: null },
          severity: 'error',
        },
      ]);
    });

    it('a revised deadline is judged by the revision, the original given', () => {
      const rows = [
        { deadline: 'Tháng 6/2023 (điều chỉnh: Quý I/2024)', result: 'Đang thực hiện' },
      ];
      const { findings } = runOn(deadlineOverdue, rows, { asOf: '2024-06-28' });
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_overdue',
          cell: 'E2',
          params: {
            due: '2024-03-31',
            daysLate: 89,
            status: 'IN_PROGRESS',
            original: '2023-06-30',
          },
          severity: 'error',
        },
      ]);
    });

    it.each([
      ['(nhiệm vụ chưa hoàn thành từ năm 2022)', 'Trong năm 2024', 2022, '2022-12-31', 545],
      [
        'Dự án hạ tầng (chuyển tiếp từ năm 2023)',
        'Thực hiện thường xuyên',
        2023,
        '2023-12-31',
        180,
      ],
      ['Nhiệm vụ tồn đọng từ năm 2022: kết nối dữ liệu', 'Quý IV/2024', 2022, '2022-12-31', 545],
      ['Nhiệm vụ năm 2023 chuyển sang: kết nối dữ liệu', 'Tháng 11/2024', 2023, '2023-12-31', 180],
      [
        'Kết nối dữ liệu (nhiệm vụ chưa hoàn thành từ năm 2022)',
        'Tháng 6/2022',
        2022,
        '2022-06-30',
        729,
      ],
    ])(
      'carried over: "%s", deadline %s → since the end of %i, instead of deadline_overdue',
      (task, deadline, year, due, daysLate) => {
        const rows = [{ task, deadline, result: 'Đang thực hiện' }];
        const { findings } = runOn(deadlineOverdue, rows, { asOf: '2024-06-28' });
        expect(findings.map(essentials)).toEqual([
          {
            code: 'deadline_overdue_carried',
            cell: 'E2',
            params: { year, due, daysLate, status: 'IN_PROGRESS' },
            severity: 'error',
          },
        ]);
      },
    );

    it('carried over, said in the result', () => {
      const rows = [
        { deadline: 'Năm 2024', result: 'Đang thực hiện (nhiệm vụ chưa hoàn thành từ năm 2023)' },
      ];
      const { findings } = runOn(deadlineOverdue, rows, { asOf: '2024-06-28' });
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_overdue_carried',
          cell: 'E2',
          params: { year: 2023, due: '2023-12-31', daysLate: 180, status: 'IN_PROGRESS' },
          severity: 'error',
        },
      ]);
    });

    it('done, but the result dates the completion after the deadline: information, not overdue', () => {
      const rows = [
        {
          deadline: 'Tháng 3/2023',
          result: 'Đã hoàn thành. Đã ban hành Quyết định số 36/QĐ-TTg, ngày 11/01/2024',
        },
      ];
      const { findings } = runOn(deadlineOverdue, rows, { asOf: '2024-01-31' });
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_completed_late',
          cell: 'E2',
          params: { due: '2023-03-31', doneOn: '2024-01-11', daysLate: 286 },
          severity: 'info',
        },
      ]);
    });

    it('real: report 230, annex A.II STT 2 (gold DL-003)', async () => {
      const { findings } = await runOnWorkbook(
        deadlineOverdue,
        'bao-cao-230-cham-muon-T01-2024.xlsx',
      );
      expect(findings).toHaveLength(23);
      expect(essentials(findings.find((f) => f.cell === 'E10')!)).toEqual({
        code: 'deadline_overdue',
        cell: 'E10',
        params: { due: '2022-06-30', daysLate: 580, status: 'NOT_DONE', original: null },
        severity: 'error',
      });
    });

    it('real: Thanh Hóa STT 14, carried over from 2022, due "Trong năm 2024 và thực hiện thường xuyên" (gold DL-042)', async () => {
      const { findings } = await runOnWorkbook(deadlineOverdue, 'thanh-hoa-phu-luc-I-06-2024.xlsx');
      expect(essentials(findings.find((f) => f.cell === 'E20')!)).toEqual({
        code: 'deadline_overdue_carried',
        cell: 'E20',
        params: { year: 2022, due: '2022-12-31', daysLate: 545, status: 'IN_PROGRESS' },
        severity: 'error',
      });
      expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
        'deadline_overdue E7',
        'deadline_overdue E12',
        'deadline_overdue_carried E20',
        'deadline_overdue_carried E55',
        'deadline_overdue_carried E77',
      ]);
    });
  });

  describe('the JSON report agrees: a task is overdue there exactly when this rule says so', () => {
    it.each(WORKBOOKS)('$file as of $reportDate', async ({ file, reportDate }) => {
      const { findings, table } = await runOnWorkbook(deadlineOverdue, file);
      const byRule = findings
        .filter((f) => f.code === 'deadline_overdue' || f.code === 'deadline_overdue_carried')
        .map((f) => f.cell);
      const tasks = table.tasks.map((task) => ({ task, report: toReportTask(task, reportDate) }));
      const byReport = tasks
        .filter(({ report }) => report.overdue)
        .map(({ task }) => task.cells.deadline);
      expect(byReport).toEqual(byRule);
      for (const { task, report } of tasks) {
        const finding = findings.find((f) => f.cell === task.cells.deadline);
        if (finding?.code === 'deadline_overdue' || finding?.code === 'deadline_overdue_carried') {
          expect(report.daysLate).toBe(finding.params.daysLate);
        }
      }
    });
  });
});
