import { readXlsxGrids } from '../../xlsx/readXlsx';
import type { WorkbookOptions } from './workbookFromGrids';
import { workbookFromGrids } from './workbookFromGrids';
import type { InMemoryWorkbook } from './workbook';

/** A workbook from .xlsx bytes, read as the CLI reads it (exceljs; works in the browser too). */
export async function workbookFromXlsx(
  data: ArrayBuffer | Uint8Array,
  options: WorkbookOptions = {},
): Promise<InMemoryWorkbook> {
  return workbookFromGrids(await readXlsxGrids(data), options);
}
