import type { CheckOptions, CheckResult } from '../../src/core/check/checkGrid';
import type { Finding } from '../../src/core/rules/ruleTypes';
import type { Grid } from '../../src/core/table/grid';
import type { TaskTable } from '../../src/core/table/model';
import { sampleTable } from './sampleTable';

const sheet = 'Nhiệm vụ';

/** Findings as the rules could report them on the sample table, written by hand. */
export const sampleFindings: Finding[] = [
  {
    rule: 'stt-sequence',
    code: 'stt_gap',
    severity: 'warning',
    sheet,
    cell: 'A7',
    params: { previous: '2', expected: '3', found: '4' },
  },
  {
    rule: 'deadline-overdue',
    code: 'deadline_overdue',
    severity: 'error',
    sheet,
    cell: 'D7',
    params: { due: '2023-12-31', daysLate: 31, status: 'NOT_DONE', original: null },
  },
  {
    rule: 'agency-unknown',
    code: 'agency_unknown',
    severity: 'info',
    sheet,
    cell: 'C6',
    params: { name: 'Bộ TT&TT', occurrences: 1 },
  },
  {
    rule: 'deadline-overdue',
    code: 'deadline_overdue',
    severity: 'error',
    sheet,
    cell: 'D5',
    params: { due: '2024-01-15', daysLate: 16, status: 'IN_PROGRESS', original: null },
  },
  {
    rule: 'deadline-due-soon',
    code: 'deadline_due_soon',
    severity: 'warning',
    sheet,
    cell: 'D6',
    params: { due: '2024-02-10', daysLeft: 10, status: 'IN_PROGRESS' },
  },
];

/**
 * A checkGrid stand-in: the sample table (honouring column corrections and carrying `titles`)
 * and the given findings, whatever the date.
 */
export function fakeCheckTable(findings: readonly Finding[] = sampleFindings, titles?: string[]) {
  return jest.fn<CheckResult, [Grid, CheckOptions]>((grid, options) => {
    const table: TaskTable = sampleTable(options.columnOverrides);
    return {
      sheet: grid.sheet,
      table: titles ? { ...table, titles } : table,
      issues: [],
      findings: [...findings],
    };
  });
}
