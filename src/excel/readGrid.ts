import type { CellRef, RangeRef } from '../core/table/address';
import type { Grid } from '../core/table/grid';
import { regionAround } from '../core/table/regionAround';
import { AppError, toAppError } from './errors';
import type { ExcelRunner } from './excelApi';
import { localAddress } from './parseAddressList';
import type { BlockReadOptions } from './readBlocks';
import { addressAreas, readUsedRange } from './readBlocks';
import type { ExcelRequirements } from './requirements';
import { checkRequirements, officeGlobal, READ_MINIMUM } from './requirements';

/**
 * What to read from the active sheet: the table around the active cell ("auto"; the selection
 * when several cells are selected), the selected cells, or the whole used range.
 */
export type ReadScope = 'auto' | 'selection' | 'usedRange';

export type SheetRead = {
  grid: Grid;
  /**
   * What was read: "auto" for the table around the active cell, else "selection" or "usedRange"
   * ("auto" falls back to the selection when several cells are selected, and to the used range
   * when the active cell is not in a table).
   */
  scope: ReadScope;
  /** The selection on the sheet, A1 without the sheet name ("B3:F10", or "A1:B2, D4"). */
  selection: string;
  /** The active cell, A1 ("B3"). */
  activeCell: string;
};

/** The sheet as the read brings it back, before the scope is applied. */
type SheetSnapshot = {
  /** The values-only used range as a grid; null on a blank sheet. */
  used: Grid | null;
  /** The selected areas (several when Ctrl-selected) and the address Excel gave. */
  selection: { address: string; areas: RangeRef[] };
  activeCell: { address: string; cell: CellRef };
};

/** Progress and cancel for a read (see readUsedRange). */
export type ReadOptions = BlockReadOptions;

/**
 * Reads the active sheet's table in one `Excel.run`: the used range (values, number formats),
 * the sheet's merged areas (ExcelApi 1.13, else none), the selection and the active cell; then
 * cuts the grid for `scope`. One sync for a table inside A1:Z200, else a first sync and row blocks
 * (readUsedRange). Rejects with an AppError, or with the signal's reason when aborted.
 */
export async function readGrid(
  excel: ExcelRunner,
  scope: ReadScope,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
  options: ReadOptions = {},
): Promise<SheetRead> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.canRead) throw new AppError('requirement_not_met', `ExcelApi ${READ_MINIMUM}`);
  const snapshot = await loadSheet(excel, requirements, options);
  return cutScope(snapshot, scope);
}

async function loadSheet(
  excel: ExcelRunner,
  requirements: ExcelRequirements,
  options: ReadOptions,
): Promise<SheetSnapshot> {
  const { supports } = requirements;
  try {
    return await excel.run(async (context) => {
      const { workbook } = context;
      const queueExtra = () => {
        // getSelectedRange fails outright on a multi-area selection; getSelectedRanges does not.
        const selection = supports.getSelectedRanges
          ? workbook.getSelectedRanges().load(['address'])
          : workbook.getSelectedRange().load(['address']);
        const activeCell = workbook.getActiveCell().load(['address']);
        return () => ({ selection: selection.address, activeCell: activeCell.address });
      };
      const { grid, extra } = await readUsedRange(
        context,
        () => workbook.worksheets.getActiveWorksheet(),
        requirements,
        queueExtra,
        options,
      );
      const activeArea = addressAreas(extra.activeCell)[0];
      if (!activeArea) throw new AppError('unknown', `active cell address "${extra.activeCell}"`);
      return {
        used: grid,
        selection: { address: extra.selection, areas: addressAreas(extra.selection) },
        activeCell: {
          address: extra.activeCell,
          cell: { row: activeArea.top, column: activeArea.left },
        },
      };
    });
  } catch (error) {
    throw failure(error, options.signal);
  }
}

/** The error to reject with: an abort's own reason, else an AppError. */
function failure(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    return reason;
  }
  return toAppError(error);
}

/** The names of the workbook's sheets, in tab order (one sync). */
export async function listSheets(
  excel: ExcelRunner,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<string[]> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  try {
    return await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load(['items/name']);
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * Reads the whole used range of a named sheet (another month's copy, to compare with) in one
 * `Excel.run`: one sync for a table inside A1:Z200, else row blocks (readUsedRange).
 */
export async function readSheet(
  excel: ExcelRunner,
  name: string,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
  options: ReadOptions = {},
): Promise<Grid> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.canRead) throw new AppError('requirement_not_met', `ExcelApi ${READ_MINIMUM}`);
  let grid: Grid | null;
  try {
    grid = await excel.run(async (context) => {
      const read = await readUsedRange(
        context,
        () => context.workbook.worksheets.getItem(name),
        requirements,
        () => () => undefined,
        options,
      );
      return read.grid;
    });
  } catch (error) {
    throw failure(error, options.signal);
  }
  if (!grid) throw new AppError('sheet_empty', name);
  return grid;
}

function cutScope(snapshot: SheetSnapshot, scope: ReadScope): SheetRead {
  const { used, selection, activeCell } = snapshot;
  if (!used) throw new AppError('sheet_empty');
  const usedArea = areaOf(used);
  // Of several selected areas, the one the user is in (where the active cell is).
  const selected =
    selection.areas.find((area) => contains(area, activeCell.cell)) ?? selection.areas[0];
  const read = (resolved: ReadScope, area: RangeRef): SheetRead => ({
    grid: cropGrid(used, area),
    scope: resolved,
    selection: localAddress(selection.address),
    activeCell: localAddress(activeCell.address),
  });

  const cutSelection = (): SheetRead => {
    const area = selected ? intersection(selected, usedArea) : null;
    if (!area) throw new AppError('sheet_empty', 'selection');
    return read('selection', area);
  };

  switch (scope) {
    case 'usedRange':
      return read('usedRange', usedArea);
    case 'selection':
      return cutSelection();
    case 'auto': {
      if (!isOneCell(selection.areas, used.merges)) return cutSelection();
      const region = regionAround(used, activeCell.cell);
      return region ? read('auto', region) : read('usedRange', usedArea);
    }
  }
}

/** One cell selected, or one merged cell (clicking a merged cell selects its whole area). */
function isOneCell(areas: readonly RangeRef[], merges: readonly RangeRef[]): boolean {
  const [area, ...more] = areas;
  if (!area || more.length > 0) return false;
  if (area.top === area.bottom && area.left === area.right) return true;
  return merges.some(
    (merge) =>
      merge.top === area.top &&
      merge.left === area.left &&
      merge.bottom === area.bottom &&
      merge.right === area.right,
  );
}

function areaOf(grid: Grid): RangeRef {
  const width = Math.max(0, ...grid.values.map((row) => row.length));
  return {
    top: grid.origin.row,
    left: grid.origin.column,
    bottom: grid.origin.row + grid.values.length - 1,
    right: grid.origin.column + width - 1,
  };
}

function contains(area: RangeRef, cell: CellRef): boolean {
  return (
    cell.row >= area.top &&
    cell.row <= area.bottom &&
    cell.column >= area.left &&
    cell.column <= area.right
  );
}

function intersection(a: RangeRef, b: RangeRef): RangeRef | null {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** The part of `grid` inside `area` (sheet coordinates), with the merges that touch it. */
function cropGrid(grid: Grid, area: RangeRef): Grid {
  const crop = <T>(cells: readonly (readonly T[])[]): T[][] =>
    cells
      .slice(area.top - grid.origin.row, area.bottom - grid.origin.row + 1)
      .map((row) => row.slice(area.left - grid.origin.column, area.right - grid.origin.column + 1));
  const cropped: Grid = {
    sheet: grid.sheet,
    origin: { row: area.top, column: area.left },
    values: crop(grid.values),
    merges: grid.merges.filter((merge) => intersection(merge, area) !== null),
  };
  if (grid.numberFormats) cropped.numberFormats = crop(grid.numberFormats);
  return cropped;
}
