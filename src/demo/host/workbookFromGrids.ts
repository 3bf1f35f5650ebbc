import type { Grid } from '../../core/table/grid';
import { gridWidth } from '../../core/table/grid';
import { InMemoryWorkbook } from './workbook';

export type WorkbookOptions = {
  /** The active sheet's name. @default the first grid's sheet */
  activeSheet?: string;
  /** The selection on the active sheet ("B5", "B3:F10", "A:C, H2"). @default "A1" */
  selection?: string;
  /** The active cell. @default the selection's top-left cell */
  activeCell?: string;
};

/**
 * A workbook holding each grid on a sheet of its name, at its origin: values (null and "" are
 * empty cells, as in Excel), number formats and merges. The grid's whole extent counts as used,
 * as the cells exceljs read were.
 */
export function workbookFromGrids(
  grids: readonly Grid[],
  options: WorkbookOptions = {},
): InMemoryWorkbook {
  const workbook = new InMemoryWorkbook();
  for (const grid of grids) {
    const sheet = workbook.addSheet(grid.sheet);
    const { row: top, column: left } = grid.origin;
    grid.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== '') sheet.setValue(top + r, left + c, value);
      });
    });
    grid.numberFormats?.forEach((row, r) => {
      row.forEach((format, c) => {
        if (format !== 'General') sheet.setNumberFormat(top + r, left + c, format);
      });
    });
    sheet.merges.push(...grid.merges.map((merge) => ({ ...merge })));
    const width = gridWidth(grid);
    if (grid.values.length > 0 && width > 0) {
      sheet.touch({ top, left, bottom: top + grid.values.length - 1, right: left + width - 1 });
    }
  }
  if (options.activeSheet !== undefined) workbook.activate(options.activeSheet);
  if (options.selection !== undefined || options.activeCell !== undefined) {
    workbook.select(options.selection ?? options.activeCell ?? 'A1', options.activeCell);
  }
  return workbook;
}
