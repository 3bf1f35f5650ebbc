import type { RangeRef } from '../core/table/address';
import { rangeAddress } from '../core/table/address';
import type {
  ExcelCellValue,
  RangeApi,
  RangeAreasApi,
  WorksheetApi,
  WritableRangeApi,
  WritableWorksheetApi,
} from './excelApi';
import { AppError } from './errors';
import { parseAddressList } from './parseAddressList';
import type { SyncBudget } from './syncBudget';
import { packBySize, PAYLOAD_BUDGET, utf8Bytes, WRITE_BUDGET } from './syncBudget';
import { ACTION_BYTES } from './writeSheetSpec';

/*
 * Reading and writing one rectangle of a sheet row by row, in as few syncs as the payload
 * allows: one, unless its rows are larger than one request or response may carry, then row
 * slices each within the budget.
 */

/** The cell grids a range loads. */
export type CellGrids = {
  values: ExcelCellValue[][];
  formulas: ExcelCellValue[][];
  numberFormat: string[][];
};

/** The address of rows `start` (inclusive) to `end` (exclusive) of `area`, 0 being its top. */
function rowsOf(area: RangeRef, start: number, end: number): string {
  return rangeAddress(area.top + start, area.left, area.top + end - 1, area.right);
}

const sum = (sizes: readonly number[]): number => sizes.reduce((total, size) => total + size, 0);

/**
 * Queues loading `names` of `area`, in row slices of at most a budget's worth of `rowBytes`
 * (the estimated response of each row). The grids are readable once the budget has synced.
 */
export async function queueAreaRead<N extends keyof CellGrids>(
  budget: SyncBudget,
  sheet: WorksheetApi,
  area: RangeRef,
  rowBytes: readonly number[],
  names: readonly N[],
): Promise<() => Pick<CellGrids, N>> {
  const slices: RangeApi[] = [];
  for (const { start, end } of packBySize(rowBytes, PAYLOAD_BUDGET - ACTION_BYTES)) {
    await budget.reserve(ACTION_BYTES, sum(rowBytes.slice(start, end)));
    slices.push(sheet.getRange(rowsOf(area, start, end)).load([...names]));
  }
  return () =>
    Object.fromEntries(names.map((name) => [name, slices.flatMap((range) => range[name])])) as Pick<
      CellGrids,
      N
    >;
}

/**
 * Queues writing `cells` over `area` through `put`, in row chunks of at most a request's worth
 * each; chunks with nothing to write are not sent. In `values`, `formulas` and `numberFormat`,
 * null leaves a cell as it is
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
export async function queueAreaWrite<T>(
  budget: SyncBudget,
  sheet: WritableWorksheetApi,
  area: RangeRef,
  cells: readonly (readonly (T | null)[])[],
  put: (range: WritableRangeApi, rows: (T | null)[][]) => void,
): Promise<void> {
  // Each row travels as its JSON and a comma.
  const sizes = cells.map((row) => utf8Bytes(JSON.stringify(row)) + 1);
  for (const { start, end } of packBySize(sizes, WRITE_BUDGET - ACTION_BYTES)) {
    const rows = cells.slice(start, end);
    if (rows.every((row) => row.every((cell) => cell === null))) continue;
    await budget.reserve(ACTION_BYTES + sum(sizes.slice(start, end)));
    put(
      sheet.getRange(rowsOf(area, start, end)),
      rows.map((row) => [...row]),
    );
  }
}

/** The rectangles of a loaded `getMergedAreasOrNullObject()` (none for a null object). */
export function mergedAreas(merges: RangeAreasApi): RangeRef[] {
  if (merges.isNullObject) return [];
  const areas = parseAddressList(merges.address);
  if (!areas) throw new AppError('unknown', `merged areas "${merges.address}"`);
  return areas;
}
