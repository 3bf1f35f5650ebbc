import { deadlineUnparsed } from '../../../src/core/rules/deadline-unparsed';
import { essentials, runOn, runOnWorkbook } from '../deadlines/ruleHarness';

const asOf = '2024-06-28';

describe('deadline-unparsed', () => {
  describe('valid', () => {
    it.each([
      ['a day', 'Trước ngày 15/02/2024'],
      ['a quarter', 'Quý IV/2023'],
      ['recurring', 'Thực hiện thường xuyên'],
      ['recurring from a start', 'Từ tháng 02/2023'],
      ['conditional', 'Khi có chỉ đạo của Bộ Công an'],
      ['a condition with cited dates', 'Theo tiến độ của Nghị quyết số 50/NQ-CP ngày 08/4/2022'],
      ['empty (deadline-missing reports it)', null],
      ['an Excel error (missing-value reports it as cell_error)', '#REF!'],
      ['an Excel error of a date formula', '#VALUE!'],
    ])('%s: %s', (_, deadline) => {
      expect(runOn(deadlineUnparsed, [{ deadline }], { asOf }).findings).toEqual([]);
    });

    it.each([
      ['an impossible day', 'Trước ngày 30/02/2024'],
      ['a mistyped year', 'Hoàn thành trước 04/9/20224'],
      ['a doubled separator', '15/8//2024'],
      ['a two-digit year', '05/6/24'],
    ])('leaves %s to invalid-date: %s', (_, deadline) => {
      const { findings, table } = runOn(deadlineUnparsed, [{ deadline }], { asOf });
      expect(table.tasks[0]?.deadline.kind).toBe('unparsed');
      expect(findings).toEqual([]);
    });

    it('real: report 230 has no unreadable deadline', async () => {
      const { findings } = await runOnWorkbook(
        deadlineUnparsed,
        'bao-cao-230-cham-muon-T01-2024.xlsx',
      );
      expect(findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a deadline that names no period, at its cell', () => {
      const { findings } = runOn(deadlineUnparsed, [{ deadline: 'Sớm' }], { asOf });
      expect(findings.map(essentials)).toEqual([
        { code: 'deadline_unparsed', cell: 'E2', params: { text: 'Sớm' }, severity: 'warning' },
      ]);
    });

    it('real: Thanh Hóa STT 4 states a target, and its "15/63" is no date (gold DL-116)', async () => {
      const { findings } = await runOnWorkbook(
        deadlineUnparsed,
        'thanh-hoa-phu-luc-I-06-2024.xlsx',
      );
      expect(findings.map(essentials)[0]).toEqual({
        code: 'deadline_unparsed',
        cell: 'E10',
        params: {
          text: 'Điểm đánh giá của bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công năm 2024 đứng ở top 15/63 tỉnh',
        },
        severity: 'warning',
      });
      // STT 32: staged targets, "từ quý II/2024 … từ quý III năm 2024" (gold DL-117).
      expect(findings.map((f) => f.cell)).toEqual(['E10', 'E38']);
    });
  });
});
