import { compareWithGrid } from '../../../src/core/compare/compareWithGrid';
import { RESULT_551, RESULT_558, registerGrid, tableOf } from './registerRows';

describe('compareWithGrid (the task pane’s "So sánh")', () => {
  it('reads the other sheet as the older table: 558 → 551 is a change of 7 fewer', () => {
    const current = tableOf(registerGrid('T01-2024', '31/01/2024', RESULT_551));
    const other = registerGrid('T12-2023', '31/12/2023', RESULT_558);
    const { findings, otherTable } = compareWithGrid({ table: current, asOf: '2024-01-31' }, other);
    expect(otherTable?.sheet).toBe('T12-2023');
    const procedures = findings.filter(
      (f) => f.code === 'figure_change' && f.params.otherValue === 558,
    );
    expect(procedures).toMatchObject([
      {
        rule: 'figure-conflict',
        severity: 'warning',
        sheet: 'T01-2024',
        cell: 'F5',
        params: {
          value: 551,
          otherValue: 558,
          difference: -7,
          otherCell: 'F5',
          otherSheet: 'T12-2023',
        },
      },
    ]);
  });

  it('dates an untitled current sheet by the report date in use', () => {
    const current = tableOf(registerGrid('T01-2024', null, RESULT_551));
    const other = registerGrid('T12-2023', '31/12/2023', RESULT_558);
    const { findings } = compareWithGrid({ table: current, asOf: '2024-01-31' }, other);
    expect(findings.some((f) => f.code === 'figure_change' && f.params.date === '2024-01-31')).toBe(
      true,
    );
  });

  it('says when the other sheet holds no table, and is silent on equal figures', () => {
    const current = tableOf(registerGrid('T01-2024', '31/01/2024', RESULT_551));
    const empty = { ...registerGrid('Ghi chú', null, RESULT_551), values: [['Ghi chú']] };
    expect(compareWithGrid({ table: current, asOf: '2024-01-31' }, empty)).toEqual({
      findings: [],
      otherTable: null,
    });
    const same = registerGrid('T12-2023', '31/12/2023', RESULT_551);
    expect(compareWithGrid({ table: current, asOf: '2024-01-31' }, same).findings).toEqual([]);
  });
});
