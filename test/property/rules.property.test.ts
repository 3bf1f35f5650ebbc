import fc from 'fast-check';
import { toReportFinding } from '../../src/cli/checkFiles';
import { checkGrid } from '../../src/core/check/checkGrid';
import { getCatalog } from '../../src/core/i18n';
import { buildReport } from '../../src/core/report/buildReport';
import { reportSchema } from '../../src/core/report/reportSchema';
import { ruleIdSchema } from '../../src/core/rules/ruleTypes';
import { compareSheets } from '../../src/core/compare/compareSheets';
import { anyGrid, reportDate, taskGrid } from './arbitraries';

describe('checking any grid never throws', () => {
  it('checkGrid runs every rule, and each finding says its words in both languages', () => {
    const vi = getCatalog('vi');
    const en = getCatalog('en');
    fc.assert(
      fc.property(
        fc.oneof(taskGrid, anyGrid),
        reportDate,
        fc.integer({ min: 0, max: 60 }),
        (grid, asOf, dueSoonDays) => {
          const result = checkGrid(grid, { asOf, dueSoonDays });
          expect(result.table !== null || result.issues.length > 0).toBe(true);
          const findings = result.findings.map((f) => {
            expect(ruleIdSchema.safeParse(f.rule).success).toBe(true);
            expect(en.finding(f)).not.toBe('');
            return toReportFinding(f, vi);
          });
          for (const f of findings) expect(f.message).not.toBe('');
          const tables = result.table ? [{ table: result.table, findings }] : [];
          const report = buildReport([{ file: 'x.xlsx', tables, findings: [] }], asOf);
          expect(reportSchema.safeParse(report).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('comparing the tables of two random sheets never throws', () => {
    fc.assert(
      fc.property(taskGrid, taskGrid, reportDate, (a, b, asOf) => {
        const tables = [a, { ...b, sheet: 'Trang2' }].flatMap((grid) => {
          const table = checkGrid(grid, { asOf }).table;
          return table ? [table] : [];
        });
        compareSheets(tables, 'x.xlsx');
      }),
      { numRuns: 80 },
    );
  });
});
