import type { EditPlan, EditValue } from '../core/edit/editPlan';
import { containsCell, intersects } from '../core/edit/editArea';
import type { RangeRef } from '../core/table/address';
import type { AreaWrites } from './areaEdits';
import {
  containsRect,
  countChangedSince,
  planAreaRestore,
  planAreaWrites,
  planRect,
} from './areaEdits';
import { mergedAreas, queueAreaRead, queueAreaWrite } from './areaRows';
import { CELL_FORMAT_BYTES, CELL_FORMAT_OPTIONS, toSettableFormat } from './cellFormat';
import { toKeptCell } from './cellWrites';
import type { EditUndo } from './editUndo';
import { AppError, toAppError } from './errors';
import type {
  CellProperties,
  ClientResultApi,
  ExcelCellValue,
  OfficeApi,
  WritableExcelRunner,
  WritableRequestContextApi,
  WritableWorksheetApi,
} from './excelApi';
import { checkRequirements, EDIT_MINIMUM, officeGlobal } from './requirements';
import { SyncBudget, utf8Bytes, WRITE_BUDGET } from './syncBudget';
import { areaAddress } from './toRectangles';
import { ACTION_BYTES } from './writeSheetSpec';

export type { EditUndo } from './editUndo';

/*
 * Editing a user's table in place, and "Hoàn tác". Round trips, whatever the area's size while
 * each payload stays within the budget (about 4 MB; past it, row slices in one more sync per
 * budget's worth):
 * - apply: 1 sync reads the sheet (id, protection), the area's values, formulas and number
 *   formats, its merged areas, and the cell formats of the merged areas the plan splits; 1 sync
 *   unmerges and writes. Nothing is written when the first fails or finds the sheet protected.
 * - undo: 1 sync finds the sheet by id (a renamed sheet still works), reads the area's values to
 *   count cells changed since, its merged areas, and protection; 1 sync writes back.
 * An edit writes values and number formats and splits merged areas; it never sets a fill, font,
 * border or alignment. So the undo puts back values, number formats and merged areas, and the
 * formats of the areas it merges again (Excel may give a merged area's cells the format of its
 * first); every other cell format is left as the user has it.
 */

export type EditOptions = {
  /** The `Office` global to ask for requirement sets. @default the loaded office.js */
  office?: OfficeApi;
};

export type UndoOptions = EditOptions & {
  /**
   * Undo even over cells changed since the edit. Without it, when some were, nothing is written
   * and `changedSince` says how many: the pane asks first. @default false
   */
  overwrite?: boolean;
};

export type UndoResult = {
  /** Cells whose value is no longer what the edit wrote. */
  changedSince: number;
  /** Whether the sheet was put back (false: cells changed since, and no `overwrite`). */
  restored: boolean;
};

/**
 * Estimated response bytes of a cell whose content is unknown: a short text twice (`values`,
 * `formulas`) and "General".
 */
const UNKNOWN_CELL_BYTES = 48;

/**
 * Estimated response bytes of the merged areas' address over `rows` rows: one area every other
 * row at most, as task tables have them (group rows, an agency merged over its tasks), each
 * "'Sheet'!B4:G4, ".
 */
function mergeListBytes(sheet: string, rows: number): number {
  return 1_000 + Math.ceil((rows * (utf8Bytes(sheet) + 20)) / 2);
}

function assertCanEdit(office: OfficeApi | undefined): void {
  const requirements = checkRequirements(office ?? officeGlobal());
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.canEdit) throw new AppError('requirement_not_met', `ExcelApi ${EDIT_MINIMUM}`);
}

function cellCount(rect: RangeRef): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

function sameRect(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/**
 * The response each row of the area may bring back (values and formulas, number formats): the
 * plan's new value stands in for the old one where it writes (the same text, cleaned, in a
 * normalisation), a short text elsewhere.
 */
function snapshotRowBytes(plan: EditPlan, area: RangeRef): number[] {
  const rows = Array.from<number>({ length: area.bottom - area.top + 1 }).fill(
    (area.right - area.left + 1) * UNKNOWN_CELL_BYTES,
  );
  const cellBytes = (value: EditValue): number =>
    Math.max(UNKNOWN_CELL_BYTES, 2 * utf8Bytes(JSON.stringify(value)) + 12);
  for (const write of plan.writes) {
    const rect = planRect(write.address);
    write.values.forEach((row, i) => {
      const r = rect.top - area.top + i;
      const more = row.reduce<number>(
        (sum, value) => sum + cellBytes(value) - UNKNOWN_CELL_BYTES,
        0,
      );
      if (rows[r] !== undefined) rows[r] += more;
    });
  }
  return rows;
}

/** The response each row of the area may bring back when the undo reads its values. */
function currentRowBytes(undo: EditUndo): number[] {
  return undo.before.cells.map((row, r) =>
    row.reduce<number>((sum, kept, c) => {
      const written = undo.after.values[r]?.[c] ?? null;
      const longest = Math.max(utf8Bytes(JSON.stringify(kept)), utf8Bytes(JSON.stringify(written)));
      return sum + longest + 4;
    }, 0),
  );
}

/**
 * Writes a plan into its sheet, first taking what the undo needs. Rejects with an AppError:
 * not_in_excel, requirement_not_met below ExcelApi 1.13, item_not_found for a missing sheet,
 * access_denied on a protected sheet, invalid_argument for a plan that does not fit its area or
 * writes into a merged area it does not split (the sheet changed since the plan was made) —
 * in each case before anything is written. Should a write fail half-way, what was written is put
 * back before the error is passed on.
 */
export async function applyEditPlan(
  runner: WritableExcelRunner,
  plan: EditPlan,
  options: EditOptions = {},
): Promise<EditUndo> {
  assertCanEdit(options.office);
  const area = planRect(plan.area);
  const unmerge = plan.unmerge.map(planRect);
  if (unmerge.some((rect) => !containsRect(area, rect))) {
    throw new AppError('invalid_argument', `unmerge outside ${plan.area}`);
  }
  try {
    return await runner.run(async (context) => {
      // Sync 1: the snapshot.
      const read = new SyncBudget(context);
      const sheet = context.workbook.worksheets.getItem(plan.sheet).load(['id', 'name']);
      const protection = sheet.protection.load(['protected']);
      const merges = sheet.getRange(plan.area).getMergedAreasOrNullObject().load(['address']);
      await read.reserve(4 * ACTION_BYTES, mergeListBytes(plan.sheet, area.bottom - area.top + 1));
      const splitFormats: { rect: RangeRef; cells: ClientResultApi<CellProperties[][]> }[] = [];
      for (const rect of unmerge) {
        await read.reserve(ACTION_BYTES, cellCount(rect) * CELL_FORMAT_BYTES);
        const cells = sheet.getRange(areaAddress(rect)).getCellProperties(CELL_FORMAT_OPTIONS);
        splitFormats.push({ rect, cells });
      }
      const grids = await queueAreaRead(read, sheet, area, snapshotRowBytes(plan, area), [
        'values',
        'formulas',
        'numberFormat',
      ]);
      if (read.pending) await read.sync();
      if (protection.protected) throw new AppError('access_denied', `sheet "${sheet.name}"`);

      const { values, formulas, numberFormat } = grids();
      const before: EditUndo['before'] = {
        cells: values.map((row, r) =>
          row.map((value, c) => toKeptCell(value, formulas[r]?.[c] ?? value)),
        ),
        numberFormats: numberFormat,
        merges: mergedAreas(merges).map(areaAddress),
        mergeFormats: splitFormats.map(({ rect, cells }) => ({
          address: areaAddress(rect),
          formats: cells.value.map((row) => row.map((cell) => toSettableFormat(cell.format ?? {}))),
        })),
      };
      const writes = planAreaWrites(plan, area, before);
      assertNoWriteIntoMerges(writes, area, before.merges.map(planRect), unmerge);
      const undo: EditUndo = {
        version: 1,
        kind: plan.kind,
        sheetId: sheet.id,
        sheet: sheet.name,
        area: areaAddress(area),
        before,
        after: writes.after,
      };

      // Sync 2: split, then each cell's format before its value. By id from here on: it stays
      // true whatever the user does to the sheet's name between the syncs.
      const target = context.workbook.worksheets.getItem(sheet.id);
      const write = new SyncBudget(context, WRITE_BUDGET);
      try {
        for (const rect of unmerge) {
          await write.reserve(ACTION_BYTES);
          target.getRange(areaAddress(rect)).unmerge();
        }
        await queueAreaWrite(write, target, area, writes.after.numberFormats, (range, rows) => {
          range.numberFormat = rows;
        });
        await queueAreaWrite(write, target, area, writes.values, (range, rows) => {
          range.values = rows;
        });
        if (write.pending) await write.sync();
      } catch (error) {
        await rollBack(context.workbook.worksheets.getItem(sheet.id), context, undo, unmerge);
        throw error;
      }
      return undo;
    });
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * Refuses a plan that writes into a merged area it does not split, other than its first cell:
 * the sheet was merged after the plan was made from it.
 */
function assertNoWriteIntoMerges(
  writes: AreaWrites,
  area: RangeRef,
  merges: readonly RangeRef[],
  unmerge: readonly RangeRef[],
): void {
  const staying = merges.filter((merge) => !unmerge.some((rect) => intersects(rect, merge)));
  writes.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const [row, column] = [area.top + r, area.left + c];
      const hidden = staying.find(
        (merge) =>
          containsCell(merge, row, column) && !(merge.top === row && merge.left === column),
      );
      if (hidden) {
        throw new AppError('invalid_argument', `write into merged area ${areaAddress(hidden)}`);
      }
    });
  });
}

/**
 * After a failed write: puts back everything the edit meant to write (what it did not reach is
 * written back as it is) and merges again what it split. A failure here too is left unreported:
 * the first error is the one the user must see.
 */
async function rollBack(
  sheet: WritableWorksheetApi,
  context: Pick<WritableRequestContextApi, 'sync'>,
  undo: EditUndo,
  unmerge: readonly RangeRef[],
): Promise<void> {
  const split = undo.before.merges
    .map(planRect)
    .filter((merge) => unmerge.some((rect) => intersects(rect, merge)));
  try {
    const budget = new SyncBudget(context, WRITE_BUDGET);
    await queueRestore(budget, sheet, undo, [], split);
    if (budget.pending) await budget.sync();
  } catch {
    // The original error is rethrown by the caller.
  }
}

/** Queues putting the area back: `extra` merged areas split, `missing` ones merged again. */
async function queueRestore(
  budget: SyncBudget,
  sheet: WritableWorksheetApi,
  undo: EditUndo,
  extra: readonly RangeRef[],
  missing: readonly RangeRef[],
): Promise<void> {
  const area = planRect(undo.area);
  for (const merge of extra) {
    await budget.reserve(ACTION_BYTES);
    sheet.getRange(areaAddress(merge)).unmerge();
  }
  const restore = planAreaRestore(undo, area, missing);
  await queueAreaWrite(budget, sheet, area, restore.preFormats, (range, rows) => {
    range.numberFormat = rows;
  });
  await queueAreaWrite(budget, sheet, area, restore.values, (range, rows) => {
    range.values = rows;
  });
  for (const merge of missing) {
    await budget.reserve(ACTION_BYTES);
    sheet.getRange(areaAddress(merge)).merge();
  }
  await queueAreaWrite(budget, sheet, area, restore.numberFormats, (range, rows) => {
    range.numberFormat = rows;
  });
  for (const merge of missing) {
    const kept = undo.before.mergeFormats.find(({ address }) => sameRect(planRect(address), merge));
    if (!kept) continue;
    const cells = kept.formats.map((row) => row.map((format) => ({ format })));
    await budget.reserve(ACTION_BYTES + utf8Bytes(JSON.stringify(cells)));
    sheet.getRange(kept.address).setCellProperties(cells);
  }
}

/**
 * Puts back what an edit replaced: values (formulas as formulas, text as text), number formats,
 * merged areas and their cell formats. First counts the cells changed since the edit; when there
 * are some and `overwrite` is not set, writes nothing. Rejects with an AppError: not_in_excel,
 * requirement_not_met below ExcelApi 1.13, item_not_found when the sheet was deleted,
 * access_denied on a protected sheet (nothing written).
 */
export async function undoEdit(
  runner: WritableExcelRunner,
  undo: EditUndo,
  options: UndoOptions = {},
): Promise<UndoResult> {
  assertCanEdit(options.office);
  const area = planRect(undo.area);
  try {
    return await runner.run(async (context) => {
      // Sync 1: the sheet by id, what is there now.
      const sheet = context.workbook.worksheets.getItem(undo.sheetId);
      sheet.load(['name']);
      const protection = sheet.protection.load(['protected']);
      const merges = sheet.getRange(undo.area).getMergedAreasOrNullObject().load(['address']);
      let grids: () => { values: ExcelCellValue[][] };
      try {
        const read = new SyncBudget(context);
        await read.reserve(
          4 * ACTION_BYTES,
          mergeListBytes(undo.sheet, area.bottom - area.top + 1),
        );
        grids = await queueAreaRead(read, sheet, area, currentRowBytes(undo), ['values']);
        if (read.pending) await read.sync();
      } catch (error) {
        const mapped = toAppError(error);
        if (mapped.code !== 'item_not_found') throw mapped;
        throw new AppError('item_not_found', `sheet "${undo.sheet}" was deleted`, { cause: error });
      }
      if (protection.protected) throw new AppError('access_denied', `sheet "${sheet.name}"`);
      const changedSince = countChangedSince(undo.after, grids().values);
      if (changedSince > 0 && options.overwrite !== true) return { changedSince, restored: false };

      // Sync 2: write back.
      const current = mergedAreas(merges);
      const kept = undo.before.merges.map(planRect);
      const extra = current.filter((merge) => !kept.some((other) => sameRect(other, merge)));
      const missing = kept.filter((merge) => !current.some((other) => sameRect(other, merge)));
      const write = new SyncBudget(context, WRITE_BUDGET);
      await queueRestore(write, sheet, undo, extra, missing);
      if (write.pending) await write.sync();
      return { changedSince, restored: true };
    });
  } catch (error) {
    throw toAppError(error);
  }
}
