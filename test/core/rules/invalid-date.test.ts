import { invalidDate } from '../../../src/core/rules/invalid-date';
import { WORKBOOKS } from '../../helpers/fixtures';
import { HEADER, essentials, runOn, runOnWorkbook } from '../deadlines/ruleHarness';

const asOf = '2024-06-28';
const WITH_NOTE = [...HEADER, 'Ghi chú'];

describe('invalid-date', () => {
  describe('valid', () => {
    it.each([
      [
        'dates of every form',
        'Hoàn thành trước ngày 01/7/2024, tháng 02/2024, Quý IV/2023, 30 tháng 6 năm 2024',
      ],
      ['a leap day', 'Đã hoàn thành ngày 29/2/2024'],
      ['fractions', 'Còn 13/28 TTHC; 59/63 địa phương; top 15/63 tỉnh; 1/2/3 hồ sơ'],
      [
        'document numbers',
        'Văn bản số 1552/BTTTT-THH, Nghị định số 107/2021/NĐ-CP, Kế hoạch 296/KH-UBND',
      ],
      [
        'a voltage, percentages, numbers',
        'Điện áp 220/380V; đạt 49,26%; 535/1.086 hồ sơ; 2.573 hồ sơ',
      ],
      ['phone numbers', 'Tổng đài 0237.3852.123, 0912.345.678, 1900 1234'],
      ['a two-digit year outside the deadline (a receipt stamp, seed 003)', 'ĐẾN Ngày 05/6/24'],
    ])('%s: %s', (_, text) => {
      const rows = [['1', text, text, 'Bộ Công an', 'Quý III/2024', text, text]];
      expect(runOn(invalidDate, rows, { asOf, header: WITH_NOTE }).findings).toEqual([]);
    });

    it('a real Excel date in the deadline cell is a day, never invalid', () => {
      const rows = [{ deadline: 45382, result: 'Đang thực hiện' }];
      const { findings, table } = runOn(invalidDate, rows, { asOf, deadlineFormat: 'dd/mm/yyyy' });
      expect(table.tasks[0]?.deadline).toMatchObject({ kind: 'date', due: '2024-03-31' });
      expect(findings).toEqual([]);
    });

    it.each(WORKBOOKS)('real: $file has no impossible or mistyped date', async ({ file }) => {
      expect((await runOnWorkbook(invalidDate, file)).findings).toEqual([]);
    });
  });

  // No source document has an impossible or mistyped date (the only odd one is the two-digit
  // receipt stamp above), so the invalid cases are synthetic, built on the brief's examples.
  describe('invalid', () => {
    it.each([
      ['deadline', 'E2', '30/2/2023', '30/2/2023', 'day-out-of-range'],
      ['deadline', 'E2', 'Trước ngày 31/4/2024', '31/4/2024', 'day-out-of-range'],
      ['deadline', 'E2', 'tháng 13/2024', 'tháng 13/2024', 'month-out-of-range'],
      ['deadline', 'E2', '05/6/24', '05/6/24', 'two-digit-year'],
      ['task', 'B2', 'Hoàn thành trước 04/9/20224', '04/9/20224', 'year-digits'],
      ['task', 'B2', 'Tổng kết trong năm 202', 'năm 202', 'year-digits'],
      [
        'directive',
        'C2',
        'Công văn số 12/UBND-KSTT ngày 09/007/2023',
        '09/007/2023',
        'month-digits',
      ],
      ['result', 'F2', 'Đã tổ chức ngày 15/8//2024', '15/8//2024', 'separator'],
      ['result', 'F2', 'Đã ban hành ngày 15/8/202', '15/8/202', 'year-digits'],
      ['result', 'F2', 'Đã họp ngày 15/13/2024', '15/13/2024', 'month-out-of-range'],
      ['note', 'G2', 'Nhận ngày 31/4/24', '31/4/24', 'day-out-of-range'],
    ])('%s %s: "%s"', (column, cell, written, text, problem) => {
      const row: (string | null)[] = [
        '1',
        'Triển khai nhiệm vụ',
        '',
        'Bộ Công an',
        'Quý III/2024',
        'Đang thực hiện',
        '',
      ];
      row[WITH_NOTE.indexOf(headerOf(column))] = written;
      const { findings } = runOn(invalidDate, [row], { asOf, header: WITH_NOTE });
      expect(findings.map(essentials)).toEqual([
        { code: 'invalid_date', cell, params: { text, problem, column }, severity: 'error' },
      ]);
    });
  });
});

function headerOf(column: string): string {
  const byRole: Record<string, string> = {
    task: 'Nội dung nhiệm vụ',
    directive: 'Văn bản chỉ đạo',
    deadline: 'Thời hạn',
    result: 'Kết quả',
    note: 'Ghi chú',
  };
  return byRole[column] ?? column;
}
