import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergeArea } from '../core/table/grid';
import { parseRangeAddress } from '../core/table/address';
import { cellToValue } from './cellToValue';

/** exceljs reports dates whose format it does not know as "mm-dd-yy"; Vietnamese users read d/m. */
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

/** Reads every worksheet of an .xlsx file into grids, merged cells blanked as Excel gives them. */
export async function readXlsxGrids(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want a Node Buffer; an ArrayBuffer works in Node and the browser alike.
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map(worksheetToGrid);
}

/** One worksheet as a grid starting at A1, over its used area. */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const merges: MergeArea[] = [];
  for (const address of worksheetMerges(worksheet)) {
    const area = parseRangeAddress(address);
    if (area) merges.push(area);
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const rowCount = worksheet.actualRowCount === 0 ? 0 : worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      const isDate = cell.value instanceof Date || isDateResult(cell.value);
      const format = cell.numFmt || (isDate ? DEFAULT_DATE_FORMAT : 'General');
      rowValues.push(cellToValue(cell.value));
      rowFormats.push(isDate && format === 'mm-dd-yy' ? DEFAULT_DATE_FORMAT : format);
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  blankMergedFollowers(values, merges);
  return { sheet: worksheet.name, origin: { row: 1, column: 1 }, values, numberFormats, merges };
}

function isDateResult(value: ExcelJS.CellValue): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'formula' in value &&
    (value as { result?: unknown }).result instanceof Date
  );
}

function worksheetMerges(worksheet: ExcelJS.Worksheet): string[] {
  // exceljs keeps merges on the model; the typings omit the field.
  const model = worksheet.model as unknown as { merges?: string[] };
  return model.merges ?? [];
}

/** Excel gives a merged area's value in its top-left cell only; exceljs repeats it everywhere. */
function blankMergedFollowers(values: CellValue[][], merges: readonly MergeArea[]): void {
  for (const area of merges) {
    for (let r = area.top; r <= area.bottom; r++) {
      const row = values[r - 1];
      if (!row) continue;
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        if (c - 1 < row.length) row[c - 1] = null;
      }
    }
  }
}
