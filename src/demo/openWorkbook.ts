import type { Grid } from '../core/table/grid';
import { cellAddress, parseRangeAddress } from '../core/table/address';
import { readTaskTable } from '../core/table/readTaskTable';
import { readXlsxGrids } from '../xlsx/readXlsx';
import type { InMemoryWorkbook } from './host';
import { workbookFromGrids } from './host';

/** Where a workbook's task table starts: its sheet and its first cell below the header. */
export type TableStart = { sheet: string; cell: string };

/**
 * The first task table among the sheets, by its first data cell. The page selects that cell, as
 * a user would click into the table, so that "Kiểm tra" (the table around the active cell)
 * finds it at once.
 */
export function findTableStart(grids: readonly Grid[]): TableStart | null {
  for (const grid of grids) {
    const read = readTaskTable(grid);
    if (!read.success) continue;
    const { range, headerRow, headerRows } = read.data;
    const area = parseRangeAddress(range);
    if (!area) continue;
    const row = Math.min(headerRow + headerRows, area.bottom);
    return { sheet: grid.sheet, cell: cellAddress(row, area.left) };
  }
  return null;
}

/**
 * An .xlsx file as the demo's in-memory workbook (read with exceljs, in the browser), with its
 * task table's first data cell selected. Rejects when the bytes are not an .xlsx workbook.
 */
export async function openWorkbook(data: ArrayBuffer | Uint8Array): Promise<InMemoryWorkbook> {
  const grids = await readXlsxGrids(data);
  // A workbook always has a sheet; a file without one is not a workbook Excel would open.
  if (grids.length === 0) throw new Error('The file has no worksheet.');
  return workbookAtTable(grids);
}

/** The sheets as the demo's in-memory workbook, with the task table's first data cell selected. */
export function workbookAtTable(grids: readonly Grid[]): InMemoryWorkbook {
  const start = findTableStart(grids);
  return workbookFromGrids(grids, start ? { activeSheet: start.sheet, selection: start.cell } : {});
}
