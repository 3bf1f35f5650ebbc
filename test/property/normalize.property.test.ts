import fc from 'fast-check';
import type { EditPlan } from '../../src/core/edit/editPlan';
import { numberTasks } from '../../src/core/edit/numberTasks';
import { planFillDown } from '../../src/core/edit/planFillDown';
import { planInPlaceNormalize } from '../../src/core/edit/planInPlaceNormalize';
import { planRenumber } from '../../src/core/edit/planRenumber';
import { planSetStatus } from '../../src/core/edit/planSetStatus';
import { normalizeTable } from '../../src/core/normalize/normalizeTable';
import { ALL_CHANGE_KINDS } from '../../src/core/normalize/normalizeSchema';
import { statusSchema } from '../../src/core/parse/statusSchema';
import { sheetSpecSchema } from '../../src/core/summary/sheetSpec';
import { sheetSpecToGrid } from '../../src/core/summary/sheetSpecToGrid';
import { parseRangeAddress } from '../../src/core/table/address';
import type { Grid } from '../../src/core/table/grid';
import type { TaskTable } from '../../src/core/table/model';
import { readTaskTable } from '../../src/core/table/readTaskTable';
import { checkPlan } from '../core/edit/planHelpers';
import { anyText, reportDate, taskGrid } from './arbitraries';

const NAME = 'Chuẩn';

/** A generated grid with the table read from it; grids the reader finds no task in are skipped. */
const readGrid = taskGrid
  .map((grid) => ({ grid, read: readTaskTable(grid) }))
  .filter((x): x is { grid: Grid; read: { success: true; data: TaskTable } } => x.read.success)
  .map(({ grid, read }) => ({ grid, table: read.data }));

const kinds = fc.subarray([...ALL_CHANGE_KINDS], { minLength: 1 });

/** The grid after the plan's writes, as Excel would show them (dates as their text is enough). */
function applyPlan(grid: Grid, plan: EditPlan): Grid {
  const values = grid.values.map((row) => [...row]);
  const unmerged = new Set(plan.unmerge);
  for (const write of plan.writes) {
    const at = parseRangeAddress(write.address);
    if (!at) throw new Error(`bad address ${write.address}`);
    write.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const y = at.top - grid.origin.row + r;
        const x = at.left - grid.origin.column + c;
        const line = (values[y] ??= []);
        while (line.length < x) line.push(null);
        line[x] = typeof value === 'object' ? value.date : value === '' ? null : value;
      });
    });
  }
  const merges = grid.merges.filter(
    (m) => ![...unmerged].some((a) => JSON.stringify(parseRangeAddress(a)) === JSON.stringify(m)),
  );
  return { ...grid, values, merges };
}

describe('normalizeTable', () => {
  it('never throws on a table read from any grid, and gives a valid sheet spec', () => {
    fc.assert(
      fc.property(readGrid, kinds, reportDate, ({ grid, table }, ticked, asOf) => {
        const result = normalizeTable(grid, table, { asOf, kinds: new Set(ticked), name: NAME });
        expect(sheetSpecSchema.safeParse(result.spec).success).toBe(true);
        expect(result.changes.length).toBe(Object.values(result.counts).reduce((a, b) => a + b));
      }),
      { numRuns: 60 },
    );
  });

  it('is idempotent: its own output, written and read back, has nothing left to change', () => {
    fc.assert(
      fc.property(readGrid, kinds, reportDate, ({ grid }, ticked, asOf) => {
        // Both readings with the same report date: it decides how "trong quý II" reads.
        const read = readTaskTable(grid, { reportDate: asOf });
        if (!read.success) return;
        const options = { asOf, kinds: new Set(ticked), name: NAME };
        const first = normalizeTable(grid, read.data, options);
        const written = sheetSpecToGrid(first.spec);
        const back = readTaskTable(written, { reportDate: asOf });
        expect(back.success).toBe(true);
        if (!back.success) return;
        const again = normalizeTable(written, back.data, options);
        expect(again.changes).toEqual([]);
        expect(again.spec).toEqual(first.spec);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the edit planners', () => {
  const rowsOf = (table: TaskTable): number[] => table.tasks.map((t) => t.row);

  it('never throw, and every plan holds the plan invariants', () => {
    fc.assert(
      fc.property(
        readGrid,
        anyText,
        fc.option(fc.constantFrom(...statusSchema.options), { nil: undefined }),
        reportDate,
        ({ grid, table }, result, status, asOf) => {
          const rows = rowsOf(table);
          checkPlan(planRenumber(table, grid));
          checkPlan(planFillDown(table, grid, rows));
          checkPlan(planSetStatus(table, rows, { result, ...(status ? { status } : {}) }));
          const spec = normalizeTable(grid, table, { asOf, name: NAME }).spec;
          checkPlan(planInPlaceNormalize(table, grid, spec));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('renumbering twice is renumbering once', () => {
    fc.assert(
      fc.property(readGrid, ({ grid, table }) => {
        const once = applyPlan(grid, planRenumber(table, grid));
        const reread = readTaskTable(once);
        expect(reread.success).toBe(true);
        if (!reread.success) return;
        expect(planRenumber(reread.data, once).writes).toEqual([]);
        expect(numberTasks(reread.data)).toEqual(numberTasks(table));
      }),
      { numRuns: 60 },
    );
  });
});
