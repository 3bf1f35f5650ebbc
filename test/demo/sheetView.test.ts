import { workbookFromGrids } from '../../src/demo/host';
import { fillColor, sheetView } from '../../src/demo/sheetView';
import { gridOf } from '../helpers/fixtures';

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`]);

describe('sheetView', () => {
  it('draws the used range only, not from A1', () => {
    const workbook = workbookFromGrids([gridOf([['a', 'b']], { origin: { row: 3, column: 2 } })]);
    const view = sheetView(workbook.activeSheet);
    expect(view.columns.map((c) => c.letter)).toEqual(['B', 'C']);
    expect(view.rows.map((r) => r.row)).toEqual([3]);
    expect(view.empty).toBe(false);
  });

  it('draws A1 of a blank sheet', () => {
    const workbook = workbookFromGrids([gridOf([])]);
    const view = sheetView(workbook.activeSheet);
    expect(view.empty).toBe(true);
    expect(view.rows.flatMap((r) => r.cells.map((c) => c.address))).toEqual(['A1']);
  });

  it('keeps long sheets to a window of rows around the active cell', () => {
    const workbook = workbookFromGrids([gridOf(rows(1000))], { selection: 'B900' });
    const view = sheetView(workbook.activeSheet, 100);
    expect([view.firstRow, view.lastRow, view.totalRows]).toEqual([880, 979, 1000]);
    expect(view.rows).toHaveLength(100);
    const near = sheetView(workbookFromGrids([gridOf(rows(1000))]).activeSheet, 100);
    expect([near.firstRow, near.lastRow]).toEqual([1, 100]);
    const end = sheetView(
      workbookFromGrids([gridOf(rows(1000))], { selection: 'A1000' }).activeSheet,
      100,
    );
    expect([end.firstRow, end.lastRow]).toEqual([901, 1000]);
  });

  it('leaves hidden columns out, and a merge spans the visible ones', () => {
    const workbook = workbookFromGrids([
      gridOf(
        [
          ['Tiêu đề', null, null],
          ['a', 'b', 'c'],
        ],
        {
          merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
        },
      ),
    ]);
    workbook.activeSheet.setColumnsHidden(2, 2, true);
    const view = sheetView(workbook.activeSheet);
    expect(view.columns.map((c) => c.letter)).toEqual(['A', 'C']);
    expect(view.rows.map((r) => r.cells.map((c) => [c.address, c.colSpan]))).toEqual([
      [['A1', 2]],
      [
        ['A2', 1],
        ['C2', 1],
      ],
    ]);
  });

  it('gives set column widths in pixels, the default as none', () => {
    const workbook = workbookFromGrids([gridOf([['a', 'b']])]);
    workbook.activeSheet.setColumnWidth(2, 2, 150);
    expect(sheetView(workbook.activeSheet).columns.map((c) => c.width)).toEqual([null, 200]);
  });
});

describe('fillColor', () => {
  const solid = {
    color: '#4472C4',
    pattern: 'Solid',
    patternColor: '#000000',
    tintAndShade: 0,
    patternTintAndShade: 0,
  } as const;

  it('paints the colour, tinted as Excel tints it', () => {
    expect(fillColor(solid)).toBe('#4472C4');
    expect(fillColor({ ...solid, tintAndShade: 0.5 })).toBe('#A2B9E2');
    expect(fillColor({ ...solid, tintAndShade: -0.5 })).toBe('#223962');
    expect(fillColor({ ...solid, pattern: 'None' })).toBeNull();
  });
});
