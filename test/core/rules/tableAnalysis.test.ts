import { allRules } from '../../../src/core/rules';
import { figureCells } from '../../../src/core/parse/figureCells';
import { readFigures } from '../../../src/core/parse/findFigures';
import type { FindingReport, Rule, RuleContext } from '../../../src/core/rules/ruleTypes';
import { runRules } from '../../../src/core/rules/runRules';
import { analysisOf, createTableAnalysis } from '../../../src/core/rules/tableAnalysis';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import type { TaskTable } from '../../../src/core/table/model';
import { loadWorkbook } from '../../helpers/fixtures';
import { AS_OF, pastedAnnexGrid } from './ruleHarness';

function pastedTable(): TaskTable {
  const read = readTaskTable(pastedAnnexGrid(), { reportDate: '2024-01-31' });
  if (!read.success) throw new Error('the pasted annex is a task table');
  return read.data;
}

const options = { asOf: AS_OF, dueSoonDays: 14 };
const ctx: RuleContext = { ...options, report: () => undefined };

describe('createTableAnalysis', () => {
  it('computes each part once, when first asked', () => {
    const table = pastedTable();
    const analysis = createTableAnalysis(table, AS_OF);
    const [task] = table.tasks;
    if (task === undefined) throw new Error('no task');
    expect(analysis.twins()).toBe(analysis.twins());
    expect(analysis.assessment(task)).toBe(analysis.assessment(task));
    expect(analysis.datesIn(task, 'task')).toBe(analysis.datesIn(task, 'task'));
    const cell = task.cells.task ?? 'B1';
    expect(analysis.listClaims(cell, task.task)).toBe(analysis.listClaims(cell, task.task));
    expect(analysis.figureCells()).toBe(analysis.figureCells());
  });

  it('reads the figures of every cell that may state them, each once', () => {
    const table = pastedTable();
    const cells = createTableAnalysis(table, AS_OF).figureCells();
    expect(cells.map(({ cell, text }) => ({ cell, text }))).toEqual(figureCells(table));
    expect(cells.map((c) => c.figures)).toEqual(cells.map((c) => readFigures(c.text)));
    expect(cells.some((c) => c.figures.figures.length > 0)).toBe(true);
  });

  it('reads an empty cell as no dates', () => {
    const table = pastedTable();
    const [task] = table.tasks;
    if (task === undefined) throw new Error('no task');
    const analysis = createTableAnalysis(table, AS_OF);
    expect(analysis.datesIn({ ...task, directive: null }, 'directive')).toEqual([]);
  });
});

describe('analysisOf', () => {
  it('takes the shared analysis only for the same table and report date', () => {
    const table = pastedTable();
    const shared = createTableAnalysis(table, AS_OF);
    const input = { sheet: 'S', table, issues: [], analysis: shared };
    expect(analysisOf(input, table, options)).toBe(shared);
    expect(analysisOf(input, table, { ...options, asOf: '2024-01-31' })).not.toBe(shared);
    expect(analysisOf(input, { ...table }, options)).not.toBe(shared);
    expect(analysisOf({ sheet: 'S', table, issues: [] }, table, options).asOf).toBe(AS_OF);
  });
});

describe('runRules with a shared analysis', () => {
  it('finds what each rule finds on its own, on every fixture workbook', async () => {
    const grids = [
      pastedAnnexGrid(),
      ...(await loadWorkbook('bao-cao-230-cham-muon-T01-2024.xlsx')),
      ...(await loadWorkbook('thanh-hoa-phu-luc-I-06-2024.xlsx')),
      ...(await loadWorkbook('thong-bao-4318-2024-nhiem-vu.xlsx')),
    ];
    for (const grid of grids) {
      const read = readTaskTable(grid, { reportDate: AS_OF });
      const input = {
        sheet: grid.sheet,
        table: read.success ? read.data : null,
        issues: read.success ? [] : read.issues,
      };
      const together = runRules(allRules, input, options);
      const alone = allRules.flatMap((rule: Rule) => {
        const found: FindingReport[] = [];
        rule.check(input, { ...ctx, report: (finding) => found.push(finding) });
        return found;
      });
      expect(together.map(({ code, cell, params }) => ({ code, cell, params }))).toEqual(
        alone.map(({ code, cell, params }) => ({ code, cell, params })),
      );
    }
  });
});
