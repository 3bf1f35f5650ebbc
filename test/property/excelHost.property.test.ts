import fc from 'fast-check';
import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import { readGrid } from '../../src/excel/readGrid';
import { checkRequirements } from '../../src/excel/requirements';
import { cellAt } from '../../src/core/table/grid';
import { taskGrid } from './arbitraries';

describe('the in-memory Excel host’s readGrid keeps every text', () => {
  it('a task grid with merges reads back cell for cell from the used range', async () => {
    await fc.assert(
      fc.asyncProperty(taskGrid, async (grid) => {
        const excel = createInMemoryExcel(workbookFromGrids([grid]));
        const { grid: read } = await readGrid(excel, 'usedRange', checkRequirements(excel.office));
        grid.values.forEach((row, r) => {
          row.forEach((value, c) => {
            // Excel cannot tell "" from an empty cell: the adapter gives both as null.
            if (value === null || value === '') return;
            const at = cellAt(read, r + 1 - read.origin.row, c + 1 - read.origin.column);
            expect(at).toBe(value);
          });
        });
        // A values-only used range leaves out a merged area that holds no value below the table;
        // the others come back in the sheet's order, not the order they were made in.
        const bottom = read.origin.row + read.values.length - 1;
        const inside = grid.merges.filter((m) => m.top >= read.origin.row && m.bottom <= bottom);
        expect(read.merges).toHaveLength(inside.length);
        expect(read.merges).toEqual(expect.arrayContaining(inside));
      }),
      { numRuns: 100 },
    );
  });
});
