import { deadlineBeforeDirective } from '../../../src/core/rules/deadline-before-directive';
import { WORKBOOKS } from '../../helpers/fixtures';
import { essentials, runOn, runOnWorkbook } from '../deadlines/ruleHarness';

const asOf = '2024-01-31';
const NO_DIRECTIVE = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'];

describe('deadline-before-directive', () => {
  describe('valid', () => {
    it.each([
      ['after the document', 'Chỉ thị 05, ngày 23/2/2023 của Thủ tướng Chính phủ', 'Tháng 6/2023'],
      ["on the document's day", 'Thông báo 268/TB-VPCP ngày 11/9/2022', '11/9/2022'],
      ['a month ending after it', 'Thông báo 268/TB-VPCP ngày 11/9/2022', 'Tháng 9/2022'],
      [
        'before a later reminder only: the earliest document assigned it',
        'Thông báo 16/TB-VPCP ngày 28/01/2023; Nghị quyết 185/NQ-CP ngày 07/11/2023',
        'Tháng 6/2023',
      ],
      ['an undated document', 'Lộ trình Đề án', 'Năm 2022'],
      ['a recurring deadline', 'Chỉ thị 05, ngày 23/2/2023', 'Thường xuyên'],
    ])('%s: %s / %s', (_, directive, deadline) => {
      expect(runOn(deadlineBeforeDirective, [{ directive, deadline }], { asOf }).findings).toEqual(
        [],
      );
    });

    it('without a directive column, a deadline written in the task text is no document', () => {
      const rows = [['1', 'Hoàn thành trước ngày 10/9/2022', 'Bộ Công an', '10/9/2022', '']];
      const { findings } = runOn(deadlineBeforeDirective, rows, { asOf, header: NO_DIRECTIVE });
      expect(findings).toEqual([]);
    });

    it('real: report 230, B.II STT 4 is due 6/2023, after Thông báo 16/TB-VPCP of 28/01/2023 but before Nghị quyết 185 of 07/11/2023', async () => {
      const { findings, table } = await runOnWorkbook(
        deadlineBeforeDirective,
        'bao-cao-230-cham-muon-T01-2024.xlsx',
      );
      expect(table.tasks.find((t) => t.row === 31)?.directive).toContain(
        'Nghị quyết 185/Nq-CP ngày 07/11/2023',
      );
      expect(findings).toEqual([]);
    });

    it.each(WORKBOOKS)(
      'real: $file has no deadline before its assigning document',
      async ({ file }) => {
        expect((await runOnWorkbook(deadlineBeforeDirective, file)).findings).toEqual([]);
      },
    );
  });

  // The fixtures hold no such deadline, so the invalid cases are synthetic.
  describe('invalid', () => {
    it('the canonical case: "Trước ngày 10/9/2022" for a notice of 11/9/2022', () => {
      const rows = [
        { directive: 'Thông báo 268/TB-VPCP ngày 11/9/2022', deadline: 'Trước ngày 10/9/2022' },
      ];
      expect(runOn(deadlineBeforeDirective, rows, { asOf }).findings.map(essentials)).toEqual([
        {
          code: 'deadline_before_directive',
          cell: 'E2',
          params: {
            due: '2022-09-10',
            directiveDate: '2022-09-11',
            document: 'Thông báo 268/TB-VPCP',
          },
          severity: 'warning',
        },
      ]);
    });

    it('before every cited document: the earliest is named', () => {
      const directive =
        'Chỉ thị 05, ngày 23/2/2023 của Thủ tướng Chính phủ; Văn bản số 268/TB-VPCP ngày 29/8/2022';
      const { findings } = runOn(
        deadlineBeforeDirective,
        [{ directive, deadline: 'Tháng 6/2022' }],
        { asOf },
      );
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_before_directive',
          cell: 'E2',
          params: {
            due: '2022-06-30',
            directiveDate: '2022-08-29',
            document: 'Văn bản số 268/TB-VPCP',
          },
          severity: 'warning',
        },
      ]);
    });

    it('a quarter is compared by its last day', () => {
      const rows = [
        { directive: 'Thông báo 8055/TB-TCTTKĐA ngày 01/11/2023', deadline: 'Quý III/2023' },
      ];
      expect(runOn(deadlineBeforeDirective, rows, { asOf }).findings.map(essentials)).toEqual([
        {
          code: 'deadline_before_directive',
          cell: 'E2',
          params: {
            due: '2023-09-30',
            directiveDate: '2023-11-01',
            document: 'Thông báo 8055/TB-TCTTKĐA',
          },
          severity: 'warning',
        },
      ]);
    });

    it('without a directive column, a document the task text cites', () => {
      const rows = [
        [
          '1',
          'Triển khai Chỉ thị 05, ngày 23/2/2023 của Thủ tướng Chính phủ',
          'Bộ Công an',
          'Tháng 01/2023',
          '',
        ],
      ];
      const { findings } = runOn(deadlineBeforeDirective, rows, { asOf, header: NO_DIRECTIVE });
      expect(findings.map(essentials)).toEqual([
        {
          code: 'deadline_before_directive',
          cell: 'D2',
          params: { due: '2023-01-31', directiveDate: '2023-02-23', document: 'Chỉ thị 05' },
          severity: 'warning',
        },
      ]);
    });
  });
});
