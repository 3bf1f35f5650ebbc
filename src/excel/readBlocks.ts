import type { RangeRef } from '../core/table/address';
import { rangeAddress } from '../core/table/address';
import type { CellValue, Grid } from '../core/table/grid';
import { AppError, toAppError } from './errors';
import type { RangeApi, RangeAreasApi, RequestContextApi, WorksheetApi } from './excelApi';
import { parseAddressList } from './parseAddressList';
import type { ExcelRequirements } from './requirements';
import { READ_BUDGET, utf8Bytes } from './syncBudget';

/** How far a read of the used range has got: rows read so far of the range's rows. */
export type ReadProgress = (rowsRead: number, totalRows: number) => void;

/** Progress and cancel for reading a sheet's used range. */
export type BlockReadOptions = {
  /** Called after each block of rows arrives (once for a table read in one sync). */
  onProgress?: ReadProgress;
  /** Checked before each sync (not during one): an aborted read rejects with its reason. */
  signal?: AbortSignal;
};

/** The most rows one sync reads (issue 9 §3), whatever their size. */
export const MAX_BLOCK_ROWS = 20_000;

/**
 * The window read with the first sync, before the used range's size is known: a used range inside
 * it (200 rows × 26 columns, 5,200 cells) reads in that one sync. Its empty cells cost ≈ 13 bytes
 * each in the response ("", "General"), ≈ 70 KB at most.
 */
export const FIRST_WINDOW: RangeRef = { top: 1, left: 1, bottom: 200, right: 26 };

/**
 * Bytes a cell's value and number format are assumed to take when no row of the table was in the
 * first window to measure: generous for task tables (the fixtures average ≈ 125).
 */
export const ASSUMED_CELL_BYTES = 256;

/** A measured row's bytes are scaled by this, as later rows may be longer. */
const SAMPLE_MARGIN = 1.5;

const REFUSED = 'ResponsePayloadSizeLimitExceeded';

/** The used range read in blocks, and the caller's other loads from the first sync. */
export type UsedRead<T> = { grid: Grid | null; extra: T };

/**
 * Reads a sheet's values-only used range (values, number formats) and its merged areas, with the
 * caller's small loads (`queueExtra`, read after the first sync) riding on the first sync.
 *
 * Sync 1 loads the range's extent, the merges and the window A1:Z200; a used range inside the
 * window is cut from it, so a small table still takes one sync. A larger one is read in row
 * blocks of at most MAX_BLOCK_ROWS rows and an estimated READ_BUDGET of response each (measured
 * on the table's rows in the window, else ASSUMED_CELL_BYTES per cell); a block the host still
 * refuses is halved and tried again. So the sync count depends only on the table's size (its
 * rows, and the bytes of its rows in the window).
 */
export async function readUsedRange<T>(
  context: RequestContextApi,
  getSheet: () => WorksheetApi,
  requirements: ExcelRequirements,
  queueExtra: () => () => T,
  options: BlockReadOptions = {},
): Promise<UsedRead<T>> {
  const { onProgress, signal } = options;
  signal?.throwIfAborted();
  const first = await firstSync(context, getSheet, requirements, queueExtra);
  const { name, used, window, merges, extra } = first;
  if (used.isNullObject) return { grid: null, extra };
  const area: RangeRef = {
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    bottom: used.rowIndex + used.rowCount,
    right: used.columnIndex + used.columnCount,
  };
  const mergeAreas = merges && !merges.isNullObject ? addressAreas(merges.address) : [];
  const grid = (values: CellValue[][], numberFormats: string[][]): Grid => ({
    sheet: name,
    origin: { row: area.top, column: area.left },
    values,
    numberFormats,
    merges: mergeAreas,
  });

  if (window && inside(area, FIRST_WINDOW)) {
    onProgress?.(used.rowCount, used.rowCount);
    return {
      grid: grid(cut(window.values, area, toCellValue), cut(window.numberFormat, area, toFormat)),
      extra,
    };
  }

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let rowsPerBlock = blockRows(area, window);
  const sheet = getSheet();
  for (let top = area.top; top <= area.bottom;) {
    signal?.throwIfAborted();
    const bottom = Math.min(area.bottom, top + rowsPerBlock - 1);
    const block = sheet
      .getRange(rangeAddress(top, area.left, bottom, area.right))
      .load(['values', 'numberFormat']);
    try {
      await context.sync();
    } catch (error) {
      if (!isRefused(error) || bottom === top) throw error;
      // The estimate was short (longer rows further down): halve and try the same rows again.
      rowsPerBlock = Math.ceil((bottom - top + 1) / 2);
      continue;
    }
    for (const row of block.values) values.push(row.map(toCellValue));
    for (const row of block.numberFormat) numberFormats.push(row.map(toFormat));
    top = bottom + 1;
    onProgress?.(top - area.top, used.rowCount);
  }
  return { grid: grid(values, numberFormats), extra };
}

type FirstSync<T> = {
  name: string;
  used: RangeApi;
  /** The window's cells; null when they were refused as too large and the sync redone without. */
  window: RangeApi | null;
  merges: RangeAreasApi | null;
  extra: T;
};

/** Sync 1; a window refused as too large (very long cells) is dropped and the sync redone. */
async function firstSync<T>(
  context: RequestContextApi,
  getSheet: () => WorksheetApi,
  requirements: ExcelRequirements,
  queueExtra: () => () => T,
): Promise<FirstSync<T>> {
  for (const withWindow of [true, false]) {
    const sheet = getSheet().load(['name']);
    // Values only: formatting past the table (borders, fills) is not part of it.
    const used = sheet
      .getUsedRangeOrNullObject(true)
      .load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    const window = withWindow
      ? sheet
          .getRange(
            rangeAddress(
              FIRST_WINDOW.top,
              FIRST_WINDOW.left,
              FIRST_WINDOW.bottom,
              FIRST_WINDOW.right,
            ),
          )
          .load(['values', 'numberFormat'])
      : null;
    // Merges of the whole sheet, not of the used range: that may be a null object, and its
    // values-only extent can cut a merge.
    const merges = requirements.supports.getMergedAreasOrNullObject
      ? sheet.getRange().getMergedAreasOrNullObject().load(['address'])
      : null;
    const extra = queueExtra();
    try {
      await context.sync();
    } catch (error) {
      if (withWindow && isRefused(error)) continue;
      throw error;
    }
    return { name: sheet.name, used, window, merges, extra: extra() };
  }
  throw new AppError('unknown', 'first sync');
}

/** Rows per block: the response budget over a row's estimated bytes, at most MAX_BLOCK_ROWS. */
function blockRows(area: RangeRef, window: RangeApi | null): number {
  const columns = area.right - area.left + 1;
  const measured = window ? sampleRowBytes(area, window) : null;
  const rowBytes = measured ?? columns * ASSUMED_CELL_BYTES;
  return Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(READ_BUDGET / rowBytes)));
}

/**
 * The mean row of the table in the window, as JSON bytes of values and formats, scaled up to the
 * table's width and by SAMPLE_MARGIN; null when no row of the table is in the window. The mean,
 * not the largest row: one long row in the sample would cut every block small, while a block
 * that turns out too large is halved anyway.
 */
function sampleRowBytes(area: RangeRef, window: RangeApi): number | null {
  const sample: RangeRef = {
    top: area.top,
    left: area.left,
    bottom: Math.min(area.bottom, FIRST_WINDOW.bottom),
    right: Math.min(area.right, FIRST_WINDOW.right),
  };
  if (sample.top > sample.bottom || sample.left > sample.right) return null;
  const values = cut(window.values, sample, (value) => value);
  const formats = cut(window.numberFormat, sample, (format) => format);
  const bytes = utf8Bytes(JSON.stringify(values)) + utf8Bytes(JSON.stringify(formats));
  const widthScale = (area.right - area.left + 1) / (sample.right - sample.left + 1);
  return Math.max(1, Math.ceil((bytes / values.length) * widthScale * SAMPLE_MARGIN));
}

function isRefused(error: unknown): boolean {
  return toAppError(error).detail === REFUSED;
}

/** Whether `area` lies inside `outer`. */
function inside(area: RangeRef, outer: RangeRef): boolean {
  return (
    area.top >= outer.top &&
    area.left >= outer.left &&
    area.bottom <= outer.bottom &&
    area.right <= outer.right
  );
}

/** The cells of `area` (sheet coordinates) from rows of cells starting at FIRST_WINDOW's corner. */
function cut<T, U>(cells: readonly (readonly T[])[], area: RangeRef, map: (cell: T) => U): U[][] {
  return cells
    .slice(area.top - FIRST_WINDOW.top, area.bottom - FIRST_WINDOW.top + 1)
    .map((row) =>
      row.slice(area.left - FIRST_WINDOW.left, area.right - FIRST_WINDOW.left + 1).map(map),
    );
}

/** The rectangles of an address list Excel gave; a list it cannot parse is a broken invariant. */
export function addressAreas(address: string): RangeRef[] {
  const areas = parseAddressList(address);
  if (!areas) throw new AppError('unknown', `address "${address}"`);
  return areas;
}

/** Excel gives empty cells as ""; the core's empty is null. */
function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return null;
}

function toFormat(format: unknown): string {
  return typeof format === 'string' ? format : 'General';
}
