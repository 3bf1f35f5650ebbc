import { containsCell } from '../core/edit/editArea';
import type { EditPlan } from '../core/edit/editPlan';
import { NUMBER_FORMATS } from '../core/summary/sheetSpec';
import type { RangeRef } from '../core/table/address';
import { parseRangeAddress } from '../core/table/address';
import { isDateValue, leavesAsIs, toCellRestore, toCellWrite } from './cellWrites';
import type { EditUndo } from './editUndo';
import { AppError } from './errors';
import type { ExcelCellValue } from './excelApi';

/*
 * An edit and its undo as grids over the edit's area (rows × columns; null leaves a cell as it
 * is), computed from the snapshot taken before the edit: no Excel here.
 */

/**
 * What an edit sends over its area: `after.numberFormats` first (so that each value lands in its
 * format: a date's, a text's), then `values`; `after` is what it leaves, for the undo.
 */
export type AreaWrites = {
  values: (ExcelCellValue | null)[][];
  after: EditUndo['after'];
};

/** What the undo sends over the area, in this order (merges go between values and formats). */
export type AreaRestore = {
  /** Formats each restored value needs to land as it was (see `toCellRestore`). */
  preFormats: (string | null)[][];
  values: (ExcelCellValue | null)[][];
  /** The number formats as they were, on every cell the edit or the undo touched. */
  numberFormats: (string | null)[][];
};

/** The snapshot part the grids are computed from. */
export type AreaBefore = Pick<EditUndo['before'], 'cells' | 'numberFormats'>;

const DATE_FORMAT = NUMBER_FORMATS.date;

/** A rows × columns grid of `value`. */
export function filledGrid<T>(area: RangeRef, value: T): T[][] {
  return Array.from({ length: area.bottom - area.top + 1 }, () =>
    Array.from<T>({ length: area.right - area.left + 1 }).fill(value),
  );
}

/** A rectangle of the plan; invalid_argument when it is not one. */
export function planRect(address: string): RangeRef {
  const rect = parseRangeAddress(address);
  if (!rect) throw new AppError('invalid_argument', `edit address "${address}"`);
  return rect;
}

export function containsRect(outer: RangeRef, inner: RangeRef): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

function checkShape(rect: RangeRef, rows: readonly (readonly unknown[])[], what: string): void {
  const width = rect.right - rect.left + 1;
  if (rows.length !== rect.bottom - rect.top + 1 || rows.some((row) => row.length !== width)) {
    throw new AppError('invalid_argument', `${what}: not the shape of its address`);
  }
}

/**
 * The plan's writes as grids over its area: cells the plan would leave as they are (the same
 * text, number or date) are not written, so they keep everything Excel knows of them; a date gets
 * "dd/mm/yyyy" unless the plan gives its format. Where writes overlap, the later one wins.
 */
export function planAreaWrites(plan: EditPlan, area: RangeRef, before: AreaBefore): AreaWrites {
  const values = filledGrid<ExcelCellValue | null>(area, null);
  const after: EditUndo['after'] = {
    values: filledGrid<ExcelCellValue | null>(area, null),
    numberFormats: filledGrid<string | null>(area, null),
  };
  for (const write of plan.writes) {
    const rect = planRect(write.address);
    if (!containsRect(area, rect)) {
      throw new AppError('invalid_argument', `write ${write.address} outside ${plan.area}`);
    }
    checkShape(rect, write.values, `write ${write.address}`);
    if (write.numberFormats) checkShape(rect, write.numberFormats, `formats ${write.address}`);
    write.values.forEach((row, i) => {
      row.forEach((value, j) => {
        const r = rect.top - area.top + i;
        const c = rect.left - area.left + j;
        const current = before.numberFormats[r]?.[c] ?? 'General';
        const wanted = write.numberFormats?.[i]?.[j] ?? (isDateValue(value) ? DATE_FORMAT : null);
        if (wanted !== null) setCell(after.numberFormats, r, c, wanted === current ? null : wanted);
        const cell = toCellWrite(value, wanted ?? current);
        if (cell) {
          const written = leavesAsIs(before.cells[r]?.[c] ?? '', cell) ? null : cell;
          setCell(values, r, c, written?.send ?? null);
          setCell(after.values, r, c, written?.reads ?? null);
        }
      });
    });
  }
  return { values, after };
}

function setCell<T>(grid: T[][], r: number, c: number, value: T): void {
  const row = grid[r];
  if (row) row[c] = value;
}

/**
 * The undo's grids: the values the edit wrote go back as they were (formulas as formulas, text
 * as text); their number formats, those the edit set, and those of `remerged` areas (a merge may
 * give its cells the format of its first) go back too. Cells the edit left alone are not touched.
 */
export function planAreaRestore(
  undo: Pick<EditUndo, 'before' | 'after'>,
  area: RangeRef,
  remerged: readonly RangeRef[],
): AreaRestore {
  const { before, after } = undo;
  const preFormats = filledGrid<string | null>(area, null);
  const values = filledGrid<ExcelCellValue | null>(area, null);
  const numberFormats = filledGrid<string | null>(area, null);
  const inRemerged = (row: number, column: number) =>
    remerged.some((merge) => containsCell(merge, row, column));
  before.cells.forEach((row, r) => {
    row.forEach((kept, c) => {
      const format = before.numberFormats[r]?.[c] ?? 'General';
      const restores = after.values[r]?.[c] != null;
      if (restores) {
        const restore = toCellRestore(kept, format);
        setCell(preFormats, r, c, restore.preFormat);
        setCell(values, r, c, restore.send);
      }
      const touched =
        restores || after.numberFormats[r]?.[c] != null || inRemerged(area.top + r, area.left + c);
      if (touched) setCell(numberFormats, r, c, format);
    });
  });
  return { preFormats, values, numberFormats };
}

/** Cells whose value is no longer what the edit wrote (changed by hand, or by anything else). */
export function countChangedSince(
  after: EditUndo['after'],
  current: readonly (readonly ExcelCellValue[])[],
): number {
  let changed = 0;
  after.values.forEach((row, r) => {
    row.forEach((written, c) => {
      if (written !== null && current[r]?.[c] !== written) changed++;
    });
  });
  return changed;
}
