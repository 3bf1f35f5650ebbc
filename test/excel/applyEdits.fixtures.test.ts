import type { EditPlan, EditValue } from '../../src/core/edit/editPlan';
import type { RangeRef } from '../../src/core/table/address';
import { cellAddress, rangeAddress } from '../../src/core/table/address';
import type { Grid } from '../../src/core/table/grid';
import { gridWidth } from '../../src/core/table/grid';
import type { CellSnapshot, InMemorySheet } from '../../src/demo/host';
import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import { applyEditPlan, undoEdit } from '../../src/excel/applyEdits';
import { containsRect } from '../../src/excel/areaEdits';
import { mayNotStayText } from '../../src/excel/cellWrites';
import { loadWorkbook, WORKBOOKS } from '../helpers/fixtures';

function extent(grid: Grid): RangeRef {
  return {
    top: grid.origin.row,
    left: grid.origin.column,
    bottom: grid.origin.row + grid.values.length - 1,
    right: grid.origin.column + gridWidth(grid) - 1,
  };
}

/**
 * What an in-place normalisation does to a report's table: every text cleaned of stray spaces,
 * the last column emptied, every merged area split and its cells filled from the first.
 */
function normalizeInPlace(grid: Grid, area: RangeRef): EditPlan {
  const merges = grid.merges.filter((merge) => containsRect(area, merge));
  const values: EditValue[][] = grid.values.map((row, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_, c) => {
      if (c === area.right - area.left) return '';
      const value = row[c] ?? null;
      const merge = merges.find(
        (m) =>
          m.top <= area.top + r &&
          area.top + r <= m.bottom &&
          m.left <= area.left + c &&
          area.left + c <= m.right,
      );
      const source = merge
        ? (grid.values[merge.top - area.top]?.[merge.left - area.left] ?? null)
        : value;
      if (typeof source === 'string') return source.replace(/\s+/g, ' ').trim();
      return source === null ? '' : source;
    }),
  );
  return {
    kind: 'normalize',
    sheet: grid.sheet,
    area: rangeAddress(area.top, area.left, area.bottom, area.right),
    unmerge: merges.map((m) => rangeAddress(m.top, m.left, m.bottom, m.right)),
    writes: [{ address: rangeAddress(area.top, area.left, area.bottom, area.right), values }],
    cellCount: 0,
    taskCount: 0,
  };
}

type Cell = { address: string; row: number; column: number; cell: CellSnapshot };

function cells(sheet: InMemorySheet, rect: RangeRef): Cell[] {
  const all: Cell[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      all.push({ address: cellAddress(row, column), row, column, cell: sheet.cell(row, column) });
    }
  }
  return all;
}

describe.each(WORKBOOKS.map((book) => book.file))('%s', (file) => {
  test('normalised in place, then undone: every cell and merge as it was', async () => {
    const grids = await loadWorkbook(file);
    const excel = createInMemoryExcel(workbookFromGrids(grids));
    const [grid] = grids;
    if (!grid) throw new Error('no sheet');
    const sheet = excel.workbook.sheet(grid.sheet);
    if (!sheet) throw new Error('no sheet');
    const area = extent(grid);
    const ring = {
      top: Math.max(1, area.top - 1),
      left: Math.max(1, area.left - 1),
      bottom: area.bottom + 1,
      right: area.right + 1,
    };
    const plan = normalizeInPlace(grid, area);
    const before = cells(sheet, ring);
    const merges = [...sheet.merges];

    excel.resetStats();
    const undo = await applyEditPlan(excel, plan, { office: excel.office });
    expect(excel.stats.syncs).toBe(2);
    expect(undo.after.values.flat().filter((value) => value !== null).length).toBeGreaterThan(0);
    expect(sheet.merges.length).toBe(merges.length - plan.unmerge.length);
    excel.resetStats();
    expect(await undoEdit(excel, undo, { office: excel.office })).toEqual({
      changedSince: 0,
      restored: true,
    });
    expect(excel.stats.syncs).toBe(2);

    const after = cells(sheet, ring);
    before.forEach(({ address, row, column, cell: was }, i) => {
      const now = after[i]?.cell;
      // Office.js cannot tell whether a text was typed with "'": text Excel would not keep as
      // typed comes back with it (the same text; the prefix keeps it text).
      const rewritten = undo.after.values[row - area.top]?.[column - area.left] != null;
      const quotePrefix =
        was.quotePrefix ||
        (rewritten && typeof was.value === 'string' && mayNotStayText(was.value));
      expect([address, now]).toEqual([address, { ...was, quotePrefix }]);
    });
    expect([...sheet.merges].sort(byPlace)).toEqual([...merges].sort(byPlace));
  });
});

function byPlace(a: RangeRef, b: RangeRef): number {
  return a.top - b.top || a.left - b.left;
}
