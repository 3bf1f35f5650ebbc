import { isoToExcelSerial } from '../../../src/core/parse/calendar';
import { deadlineTextMismatch } from '../../../src/core/rules/deadline-text-mismatch';
import { WORKBOOKS } from '../../helpers/fixtures';
import { essentials, runOn, runOnWorkbook } from '../deadlines/ruleHarness';

const asOf = '2024-01-31';

describe('deadline-text-mismatch', () => {
  describe('valid', () => {
    it.each([
      ['the same day', 'Hoàn thành trước ngày 30/6/2024', '30/6/2024'],
      ['a month stated, a day of it in the cell', 'Hoàn thành trong tháng 3/2024', '15/3/2024'],
      [
        'a day stated, its month in the cell',
        'Báo cáo trước ngày 10 tháng 5 năm 2024',
        'Tháng 5/2024',
      ],
      ['a month stated, its quarter in the cell', 'Hoàn thành trong tháng 3/2024', 'Quý I/2024'],
      ['a year stated', 'Phủ sóng 266 thôn, bản sử dụng trong năm 2023', 'Tháng 12/2023'],
      ['a cited document', 'Triển khai Nghị quyết 50/NQ-CP ngày 08/4/2022', 'Tháng 6/2024'],
      ['a start', 'Xây dựng giá dịch vụ xác thực điện tử từ 01/7/2024', 'Tháng 6/2024'],
      ['a horizon', 'Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050', 'Tháng 3/2023'],
      ['a date in passing', 'Tổng kết việc thực hiện năm 2022', 'Tháng 6/2024'],
      [
        'several stated, one agrees',
        'Báo cáo trước 30/5/2024; hoàn thành trong tháng 6/2024',
        'Tháng 6/2024',
      ],
      [
        'the original of a revised deadline',
        'Hoàn thành trong tháng 6/2023',
        'Tháng 6/2023 (lùi sang Quý I/2024)',
      ],
      ['a recurring deadline', 'Hoàn thành trong tháng 6/2023', 'Thường xuyên'],
    ])('%s: "%s" / %s', (_, task, deadline) => {
      expect(runOn(deadlineTextMismatch, [{ task, deadline }], { asOf }).findings).toEqual([]);
    });

    it('real: Directive 05 B.1 "chậm nhất trong tháng 4 năm 2023" / Tháng 4/2023, and B.23\'s horizon 2050', async () => {
      const { findings, table } = await runOnWorkbook(
        deadlineTextMismatch,
        'chi-thi-05-2023-phu-luc.xlsx',
      );
      const b1 = table.tasks.find((t) => t.section === 'B' && t.stt === '1');
      expect(b1?.task).toContain('chậm nhất trong tháng 4 năm 2023');
      expect(findings).toEqual([]);
    });

    it.each(WORKBOOKS)(
      'real: $file has no task text contradicting its deadline',
      async ({ file }) => {
        expect((await runOnWorkbook(deadlineTextMismatch, file)).findings).toEqual([]);
      },
    );
  });

  // The fixtures hold no contradiction, so the invalid cases are synthetic.
  describe('invalid', () => {
    it('day and month swapped in the cell text', () => {
      const rows = [
        { task: 'Ban hành Nghị định, chậm nhất đến 01/7/2024', deadline: '07/01/2024' },
      ];
      expect(runOn(deadlineTextMismatch, rows, { asOf }).findings.map(essentials)).toEqual([
        {
          code: 'deadline_text_mismatch',
          cell: 'E2',
          params: {
            stated: '2024-07-01',
            statedText: '01/7/2024',
            deadline: '2024-01-07',
            swapped: true,
          },
          severity: 'error',
        },
      ]);
    });

    it('day and month swapped in a real Excel date', () => {
      const serial = isoToExcelSerial('2024-01-07');
      const rows = [{ task: 'Ban hành Nghị định, chậm nhất đến 01/7/2024', deadline: serial }];
      const { findings } = runOn(deadlineTextMismatch, rows, {
        asOf,
        deadlineFormat: 'dd/mm/yyyy',
      });
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_text_mismatch',
          cell: 'E2',
          params: {
            stated: '2024-07-01',
            statedText: '01/7/2024',
            deadline: '2024-01-07',
            swapped: true,
          },
          severity: 'error',
        },
      ]);
    });

    it('another day', () => {
      const rows = [{ task: 'Gửi báo cáo trước ngày 10 tháng 5 năm 2024', deadline: '30/6/2024' }];
      expect(runOn(deadlineTextMismatch, rows, { asOf }).findings.map(essentials)).toEqual([
        {
          code: 'deadline_text_mismatch',
          cell: 'E2',
          params: {
            stated: '2024-05-10',
            statedText: '10 tháng 5 năm 2024',
            deadline: '2024-06-30',
            swapped: false,
          },
          severity: 'error',
        },
      ]);
    });

    it('a month stated, a day outside it in the cell', () => {
      const rows = [{ task: 'Hoàn thành trong tháng 3/2024', deadline: '15/4/2024' }];
      expect(runOn(deadlineTextMismatch, rows, { asOf }).findings.map(essentials)).toEqual([
        {
          code: 'deadline_text_mismatch',
          cell: 'E2',
          params: {
            stated: '2024-03-31',
            statedText: 'tháng 3/2024',
            deadline: '2024-04-15',
            swapped: false,
          },
          severity: 'error',
        },
      ]);
    });
  });
});
