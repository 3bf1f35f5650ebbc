import { deadlineMissing } from '../../../src/core/rules/deadline-missing';
import { essentials, runOn, runOnWorkbook } from '../deadlines/ruleHarness';

const asOf = '2024-01-31';

describe('deadline-missing', () => {
  describe('valid', () => {
    it.each([
      ['a date', '30/6/2024'],
      ['a month', 'Tháng 6/2022'],
      ['recurring', 'Thường xuyên'],
      ['conditional', 'Theo tiến độ của Nghị quyết số 50/NQ-CP ngày 08/4/2022'],
      ['unparsed text (deadline-unparsed reports it)', 'Sớm'],
      ['an Excel error (missing-value reports it as cell_error)', '#REF!'],
      ['an Excel error in lower case', '#n/a'],
    ])('%s: %s', (_, deadline) => {
      expect(runOn(deadlineMissing, [{ deadline }], { asOf }).findings).toEqual([]);
    });

    it('stays silent on a table with no deadline column: it does not track deadlines', () => {
      const { findings, table } = runOn(
        deadlineMissing,
        [['1', 'Triển khai nhiệm vụ', 'Bộ Công an', 'Đang thực hiện']],
        { asOf, header: ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả'] },
      );
      expect(table.columns.deadline).toBeUndefined();
      expect(table.tasks[0]?.deadline.kind).toBe('none');
      expect(findings).toEqual([]);
    });

    it('real: the Thanh Hóa appendix gives every task a deadline', async () => {
      const { findings } = await runOnWorkbook(deadlineMissing, 'thanh-hoa-phu-luc-I-06-2024.xlsx');
      expect(findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('an empty deadline cell, at that cell', () => {
      const { findings } = runOn(
        deadlineMissing,
        [{ deadline: 'Tháng 6/2024' }, { deadline: null }],
        { asOf },
      );
      expect(findings.map(essentials)).toEqual([
        { code: 'deadline_missing', cell: 'E3', params: {}, severity: 'warning' },
      ]);
    });

    it('real: report 230, annex B.II STT 1 and 2 have no deadline (gold DL-018, DL-019)', async () => {
      const { findings } = await runOnWorkbook(
        deadlineMissing,
        'bao-cao-230-cham-muon-T01-2024.xlsx',
      );
      expect(findings.map(essentials)).toEqual([
        { code: 'deadline_missing', cell: 'E28', params: {}, severity: 'warning' },
        { code: 'deadline_missing', cell: 'E29', params: {}, severity: 'warning' },
      ]);
    });

    it('real: notice 4318, its last task has no deadline', async () => {
      const { findings } = await runOnWorkbook(
        deadlineMissing,
        'thong-bao-4318-2024-nhiem-vu.xlsx',
      );
      expect(findings.map(essentials)).toEqual([
        { code: 'deadline_missing', cell: 'D26', params: {}, severity: 'warning' },
      ]);
    });
  });
});
