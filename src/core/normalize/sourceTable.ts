import type { CellValue, Grid } from '../table/grid';
import { cellAt, cellText, formatAt, gridWidth } from '../table/grid';
import type { ColumnRole, Task, TaskTable } from '../table/model';
import { columnRoleSchema } from '../table/model';
import { cellAddress, columnNumber, parseRangeAddress } from '../table/address';
import { detectHeader } from '../table/detectHeader';
import { headerKey } from '../table/headerKey';
import { isColumnNumbering, isHeaderRepeat, isSeparatorText } from '../table/skippedRows';
import { cleanLine, cleanText } from '../text/normalizeText';
import { excelSerialToIso, isDateNumberFormat } from '../parse/calendar';
import { formatIsoDate } from '../i18n/formatIsoDate';
import { NORMALIZED } from '../summary/labels';

/** One cell of the source: the value, the text it shows as written, and that text cleaned. */
export type SourceCell = { address: string; value: CellValue; raw: string; clean: string };

/** A column of the source without a role ("Sản phẩm"), kept after the standard ones. */
export type ExtraColumn = { column: number; header: string };

/** The computed columns a normalised table adds, found again when it is normalised anew. */
export type DerivedColumn = 'due' | 'status' | 'overdue' | 'agenciesAsWritten';

const DERIVED_COLUMNS: readonly DerivedColumn[] = ['due', 'status', 'overdue', 'agenciesAsWritten'];

/** The source table as the normaliser reads it: its columns, cells and the rows of each task. */
export type SourceTable = {
  /** Sheet column of each role the table has. */
  roles: Partial<Record<ColumnRole, number>>;
  extras: ExtraColumn[];
  /** Sheet column of each computed column an earlier normalisation added. */
  derived: Partial<Record<DerivedColumn, number>>;
  cell(row: number, column: number): SourceCell;
  /** The sheet rows a task was read from: its first row, then its continuation rows. */
  taskRows(task: Task): number[];
};

/**
 * Reads the columns of a task table from its grid: the roles the reader mapped, the other columns
 * with their headers, and, among those, the computed columns of an earlier normalisation whose
 * kind is applied again (`recompute`); the others stay extra columns, so nothing is dropped.
 */
export function readSourceTable(
  grid: Grid,
  table: TaskTable,
  recompute: ReadonlySet<DerivedColumn>,
): SourceTable {
  const range = parseRangeAddress(table.range);
  if (range === null) throw new Error(`task table range "${table.range}" is not an A1 range`);
  const roles: Partial<Record<ColumnRole, number>> = {};
  for (const role of columnRoleSchema.options) {
    const letter = table.columns[role];
    const column = letter === undefined ? null : columnNumber(letter);
    if (column !== null) roles[role] = column;
  }
  // Each cell is read for its role, its cleaning and its row's summary: clean it once.
  const cells = new Map<string, SourceCell>();
  const cell = (row: number, column: number): SourceCell => {
    const address = cellAddress(row, column);
    const known = cells.get(address);
    if (known !== undefined) return known;
    const r = row - grid.origin.row;
    const c = column - grid.origin.column;
    const value = cellAt(grid, r, c);
    const raw = shownText(value, formatAt(grid, r, c));
    const read: SourceCell = { address, value, raw, clean: cleanText(raw) };
    cells.set(address, read);
    return read;
  };

  const headers = headerTexts(grid, table);
  const firstDataRow = table.headerRow + table.headerRows;
  const mapped = new Set(Object.values(roles));
  const extras: ExtraColumn[] = [];
  const derived: Partial<Record<DerivedColumn, number>> = {};
  for (let column = range.left; column <= range.right; column++) {
    if (mapped.has(column)) continue;
    const header = headers.get(column) ?? '';
    const ours = DERIVED_COLUMNS.find(
      (which) => headerKey(NORMALIZED.headers[which]) === headerKey(header),
    );
    if (ours !== undefined && recompute.has(ours) && derived[ours] === undefined) {
      derived[ours] = column;
      continue;
    }
    let filled = header !== '';
    for (let row = firstDataRow; !filled && row <= range.bottom; row++) {
      filled = cell(row, column).clean !== '';
    }
    if (filled) extras.push({ column, header });
  }

  const headingRows = new Set([...table.sections, ...table.groups].map((h) => h.row));
  const isContinuation = (row: number): boolean => {
    if (headingRows.has(row)) return false;
    const filled: { column: number; text: string }[] = [];
    for (let column = range.left; column <= range.right; column++) {
      const text = cleanLine(cell(row, column).raw);
      if (text !== '') filled.push({ column, text });
    }
    if (filled.length === 0 || filled.every(({ text }) => isSeparatorText(text))) return false;
    if (isColumnNumbering(filled.map(({ text }) => text))) return false;
    // A header repeated at a page break: the reader skips it, and so must a row kept apart.
    return !isHeaderRepeat(
      filled.map(({ column, text }) => ({ text, header: headers.get(column) ?? '' })),
    );
  };
  const taskRows = (task: Task): number[] => {
    const rows = [task.row];
    for (let row = task.row + 1; row <= task.lastRow; row++) {
      if (isContinuation(row)) rows.push(row);
    }
    return rows;
  };
  return { roles, extras, derived, cell, taskRows };
}

/**
 * A cell's text as the user sees it: a date cell as the day it shows (dd/mm/yyyy), since its
 * serial number means nothing written out.
 */
function shownText(value: CellValue, format: string): string {
  if (typeof value === 'number' && isDateNumberFormat(format)) {
    const iso = excelSerialToIso(value);
    if (iso !== null) return formatIsoDate(iso);
  }
  return cellText(value);
}

/**
 * The header text of each sheet column, as the reader joined it. A one-hot status column under a
 * two-row header keeps only its own word ("Đã hoàn thành" under "Kết quả"): written on one row,
 * that word alone still heads a one-hot column.
 */
function headerTexts(grid: Grid, table: TaskTable): Map<number, string> {
  const texts = new Map<number, string>();
  const headerRow = table.headerRow - grid.origin.row;
  const detected = detectHeader(grid);
  const columns = detected?.row === headerRow ? detected.columns : [];
  const width = gridWidth(grid);
  for (let c = 0; c < width; c++) {
    const column = columns[c];
    let text = column?.text ?? cleanLine(cellText(cellAt(grid, headerRow, c)));
    if (column !== undefined && column.status !== null && table.headerRows === 2) {
      text = cleanLine(cellText(cellAt(grid, headerRow + 1, c))) || text;
    }
    texts.set(grid.origin.column + c, text);
  }
  return texts;
}
