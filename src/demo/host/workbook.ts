import type { CellRef, RangeRef } from '../../core/table/address';
import { columnNumber } from '../../core/table/address';
import type { BorderEdge, ExcelCellValue } from '../../excel/excelApi';
import { MAX_COLUMNS, MAX_ROWS, parseAddress, parseArea } from './a1';
import type { CellEntry } from './cellInput';
import type {
  BorderProperty,
  BorderSide,
  CellBorders,
  CellStyle,
  HorizontalAlignment,
  HostFont,
  VerticalAlignment,
} from './cellStyles';
import {
  AreaLayer,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  SheetBorders,
  SheetStyles,
} from './cellStyles';
import type { HostFill } from './fills';
import { isSameFill, NO_FILL } from './fills';
import { HostError } from './hostError';
import type { SheetChart, SheetPageLayout } from './sheetSetup';
import { defaultPageLayout } from './sheetSetup';

/** The selected areas of a sheet and its active cell (1-based). */
export type SheetSelection = { areas: RangeRef[]; activeCell: CellRef };

/** What the host models of one cell. */
export type CellSnapshot = {
  /** What `range.values` reads: "" when empty, "#NAME?" for a formula (none is evaluated). */
  value: ExcelCellValue;
  /** The formula the cell holds ("=SUM(A1)", "=+1+1"); null for a constant. */
  formula: string | null;
  /** Entered as "'…": text that Excel remembers was forced to be text. */
  quotePrefix: boolean;
  numberFormat: string;
  fill: HostFill;
  /** The lines drawn along the cell's sides (its own or its neighbour's). */
  borders: CellBorders;
} & CellStyle;

/**
 * A worksheet's cells as Excel holds them: values ("" when empty), formulas, number formats
 * ("General" when unset), fills (none when unset), fonts, alignment, borders and merged areas;
 * column widths, row heights, frozen rows, tab colour, print setup and charts. Plain data, no
 * Office semantics: the proxies in `requestContext.ts` read and write it at sync time.
 */
export class InMemorySheet {
  name: string;
  /** Excel's worksheet id: it stays when the sheet is renamed. */
  readonly id: string;
  /** A protected sheet refuses writes (values, formats) with AccessDenied. */
  isProtected = false;
  /** Set when the sheet is deleted: proxies still pointing at it fail with ItemNotFound. */
  deleted = false;
  readonly merges: RangeRef[] = [];
  /** Rows frozen at the top (`freezePanes.freezeRows`); 0 when none. */
  frozenRows = 0;
  /** The tab's colour ("#RRGGBB"), "" for none. */
  tabColor = '';
  pageLayout: SheetPageLayout = defaultPageLayout();
  readonly charts: SheetChart[] = [];
  selection: SheetSelection = {
    areas: [{ top: 1, left: 1, bottom: 1, right: 1 }],
    activeCell: { row: 1, column: 1 },
  };
  private readonly values: ExcelCellValue[][] = [];
  private readonly formats: string[][] = [];
  /** Fills other than none, by `cellKey`. */
  private readonly fills = new Map<number, HostFill>();
  private readonly formulas = new Map<number, string>();
  private readonly quoted = new Set<number>();
  private readonly styles = new SheetStyles();
  private readonly borders = new SheetBorders();
  /** Widths by column (as areas on row 1), heights by row (as areas on column 1), in points. */
  private readonly widths = new AreaLayer<number>();
  private readonly heights = new AreaLayer<number>();
  /** Cells that hold something besides a value (a format, a former value): Excel's used cells. */
  private touched: RangeRef | null = null;

  constructor(name: string, id: string) {
    this.name = name;
    this.id = id;
  }

  /** The fill of a cell (1-based). */
  fill(row: number, column: number): HostFill {
    return { ...(this.fills.get(cellKey(row, column)) ?? NO_FILL) };
  }

  /** The fill of a cell by address ("B3"): what tests and the demo page look at. */
  fillAt(address: string): HostFill {
    const { row, column } = cellOf(address);
    return this.fill(row, column);
  }

  setFill(row: number, column: number, fill: HostFill): void {
    const key = cellKey(row, column);
    if (isSameFill(fill, NO_FILL)) this.fills.delete(key);
    else this.fills.set(key, { ...fill });
    this.touch({ top: row, left: column, bottom: row, right: column });
  }

  /** Sets a cell's fill by address ("B3"), for setting up a workbook. */
  setFillAt(address: string, fill: Partial<HostFill>): void {
    const { row, column } = cellOf(address);
    this.setFill(row, column, { ...NO_FILL, ...fill });
  }

  /** Removes the fills inside `areas` (they count as used, as formatted cells do). */
  clearFills(areas: readonly RangeRef[]): void {
    for (const key of this.fillKeysIn(areas)) this.fills.delete(key);
    for (const area of areas) this.touch(area);
  }

  /** The keys of the filled cells inside `areas`: by cell or by fill, whichever is fewer. */
  private fillKeysIn(areas: readonly RangeRef[]): number[] {
    const cells = areas.reduce(
      (sum, area) => sum + (area.bottom - area.top + 1) * (area.right - area.left + 1),
      0,
    );
    const keys: number[] = [];
    if (cells <= this.fills.size * 4) {
      for (const area of areas) {
        for (let row = area.top; row <= area.bottom; row++) {
          for (let column = area.left; column <= area.right; column++) {
            const key = cellKey(row, column);
            if (this.fills.has(key)) keys.push(key);
          }
        }
      }
      return [...new Set(keys)];
    }
    for (const key of this.fills.keys()) {
      if (areas.some((area) => keyInside(key, area))) keys.push(key);
    }
    return keys;
  }

  /** The filled cells inside `areas`, and how many cells of the areas have no fill. */
  fillsIn(areas: readonly RangeRef[]): { fills: HostFill[]; unfilled: number } {
    let cells = 0;
    for (const area of areas) {
      cells += (area.bottom - area.top + 1) * (area.right - area.left + 1);
    }
    const fills = this.fillKeysIn(areas).flatMap((key) => this.fills.get(key) ?? []);
    return { fills, unfilled: cells - fills.length };
  }

  /** Everything the host models of a cell, by address ("B3"). */
  cellAt(address: string): CellSnapshot {
    const { row, column } = cellOf(address);
    return this.cell(row, column);
  }

  /** Everything the host models of a cell (1-based). */
  cell(row: number, column: number): CellSnapshot {
    const key = cellKey(row, column);
    return {
      value: this.value(row, column),
      formula: this.formula(row, column),
      quotePrefix: this.quoted.has(key),
      numberFormat: this.numberFormat(row, column),
      fill: this.fill(row, column),
      ...this.styles.at(row, column),
      borders: this.borders.at(row, column),
    };
  }

  /** The formula a cell holds ("=SUM(A1)"); null for a constant. */
  formula(row: number, column: number): string | null {
    return this.formulas.get(cellKey(row, column)) ?? null;
  }

  value(row: number, column: number): ExcelCellValue {
    return this.values[row - 1]?.[column - 1] ?? '';
  }

  numberFormat(row: number, column: number): string {
    return this.formats[row - 1]?.[column - 1] ?? 'General';
  }

  /** Puts a constant in a cell (no input rules: what is given is what the cell holds). */
  setValue(row: number, column: number, value: ExcelCellValue): void {
    this.enter(row, column, { value, formula: null, quotePrefix: false, numberFormat: null });
  }

  /** Puts what an entry made of the input in a cell (see `enterValue`). */
  enter(row: number, column: number, entry: CellEntry): void {
    const key = cellKey(row, column);
    put(this.values, row, column, entry.value, '');
    if (entry.formula === null) this.formulas.delete(key);
    else this.formulas.set(key, entry.formula);
    if (entry.quotePrefix) this.quoted.add(key);
    else this.quoted.delete(key);
    if (entry.numberFormat !== null && this.numberFormat(row, column) === 'General') {
      put(this.formats, row, column, entry.numberFormat, 'General');
    }
    this.touch({ top: row, left: column, bottom: row, right: column });
  }

  setFont<K extends keyof HostFont>(area: RangeRef, property: K, value: HostFont[K]): void {
    this.styles.setFont(area, property, value);
    this.touchFormatted(area);
  }

  setWrapText(area: RangeRef, value: boolean): void {
    this.styles.setWrapText(area, value);
    this.touchFormatted(area);
  }

  setHorizontalAlignment(area: RangeRef, value: HorizontalAlignment): void {
    this.styles.setHorizontalAlignment(area, value);
    this.touchFormatted(area);
  }

  setVerticalAlignment(area: RangeRef, value: VerticalAlignment): void {
    this.styles.setVerticalAlignment(area, value);
    this.touchFormatted(area);
  }

  setIndentLevel(area: RangeRef, value: number): void {
    this.styles.setIndentLevel(area, value);
    this.touchFormatted(area);
  }

  setTextOrientation(area: RangeRef, value: number): void {
    this.styles.setTextOrientation(area, value);
    this.touchFormatted(area);
  }

  /** Removes the line along one side of a cell (see `SheetBorders.clearSide`). */
  clearCellBorder(row: number, column: number, side: BorderSide): void {
    this.borders.clearSide(row, column, side);
    this.touch({ top: row, left: column, bottom: row, right: column });
  }

  /** Sets one property of one edge of an area's borders (`borders.getItem(edge).style = …`). */
  setBorder(area: RangeRef, edge: BorderEdge, property: BorderProperty, value: string): void {
    this.borders.set(area, edge, property, value);
    this.touchFormatted(area);
  }

  /** A column's width in points, by number or letters ("C"). */
  columnWidth(column: number | string): number {
    const n = typeof column === 'number' ? column : columnNumber(column);
    if (n === null) throw new Error(`Not a column: "${String(column)}"`);
    return this.widths.at(1, n) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Columns hidden by `range.columnHidden` (1-based numbers). */
  readonly hiddenColumns = new Set<number>();

  /** Hides or shows columns `left` to `right`. */
  setColumnsHidden(left: number, right: number, hidden: boolean): void {
    for (let column = left; column <= right; column++) {
      if (hidden) this.hiddenColumns.add(column);
      else this.hiddenColumns.delete(column);
    }
  }

  /** Splits every merged area that intersects `area`, as `range.unmerge` does (values stay). */
  unmerge(area: RangeRef): void {
    for (const old of this.merges.filter((m) => intersects(m, area))) {
      this.merges.splice(this.merges.indexOf(old), 1);
    }
  }

  /** Sets the width of columns `left` to `right`, in points. */
  setColumnWidth(left: number, right: number, points: number): void {
    this.widths.set({ top: 1, left, bottom: 1, right }, points);
  }

  /** A row's height in points. */
  rowHeight(row: number): number {
    return this.heights.at(row, 1) ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(top: number, bottom: number, points: number): void {
    this.heights.set({ top, left: 1, bottom, right: 1 }, points);
  }

  /**
   * Merges an area, or each of its rows (`across`), as `range.merge` does: only the top-left
   * value of each merged area stays. A one-cell area is left alone. Merges inside the area are
   * replaced; a merge that sticks out of it makes the host refuse (InvalidOperation) rather than
   * guess how Excel would widen the area.
   */
  merge(area: RangeRef, across: boolean): void {
    const areas = across
      ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
          ...area,
          top: area.top + i,
          bottom: area.top + i,
        }))
      : [{ ...area }];
    const merged = areas.filter((a) => a.bottom > a.top || a.right > a.left);
    const overlapping = this.merges.filter((m) => merged.some((a) => intersects(m, a)));
    if (overlapping.some((m) => !merged.some((a) => containsArea(a, m)))) {
      throw new HostError(
        'InvalidOperation',
        'The range overlaps a merged area that extends beyond it.',
        'Range.merge',
      );
    }
    for (const old of overlapping) this.merges.splice(this.merges.indexOf(old), 1);
    for (const a of merged) {
      for (let row = a.top; row <= a.bottom; row++) {
        for (let column = a.left; column <= a.right; column++) {
          const topLeft = row === a.top && column === a.left;
          const holds = this.value(row, column) !== '' || this.quoted.has(cellKey(row, column));
          if (!topLeft && holds) {
            this.setValue(row, column, '');
          }
        }
      }
      this.merges.push(a);
      this.touch(a);
    }
  }

  /**
   * Formatting makes cells used, except whole rows or columns (Excel keeps those as row and
   * column formats, outside the used range).
   */
  private touchFormatted(area: RangeRef): void {
    if (area.bottom < MAX_ROWS && area.right < MAX_COLUMNS) this.touch(area);
  }

  setNumberFormat(row: number, column: number, format: string): void {
    put(this.formats, row, column, format, 'General');
    this.touch({ top: row, left: column, bottom: row, right: column });
  }

  /** Marks an area as used without a value, as formatting does. */
  touch(area: RangeRef): void {
    this.touched = this.touched ? union(this.touched, area) : { ...area };
  }

  /**
   * Excel's used range: cells with a value, or (unless `valuesOnly`) with formatting or a merge.
   * Null on a blank sheet.
   */
  usedArea(valuesOnly: boolean): RangeRef | null {
    let used: RangeRef | null = null;
    this.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '') return;
        const cell = { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
        used = used ? union(used, cell) : cell;
      });
    });
    if (valuesOnly) return used;
    for (const area of this.touched ? [this.touched, ...this.merges] : this.merges) {
      used = used ? union(used, area) : { ...area };
    }
    return used;
  }
}

/** A cell's key in the fill map (row-major, unique below Excel's grid limits). */
function cellKey(row: number, column: number): number {
  return (row - 1) * MAX_COLUMNS + (column - 1);
}

function keyInside(key: number, area: RangeRef): boolean {
  const row = Math.floor(key / MAX_COLUMNS) + 1;
  const column = (key % MAX_COLUMNS) + 1;
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}

function cellOf(address: string): { row: number; column: number } {
  const area = parseArea(address);
  if (!area || area.top !== area.bottom || area.left !== area.right) {
    throw new Error(`Not a cell address: "${address}"`);
  }
  return { row: area.top, column: area.left };
}

function put<T>(grid: T[][], row: number, column: number, value: T, empty: T): void {
  while (grid.length < row) grid.push([]);
  const cells = grid[row - 1] ?? [];
  while (cells.length < column - 1) cells.push(empty);
  cells[column - 1] = value;
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function containsArea(outer: RangeRef, inner: RangeRef): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

function union(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Excel compares sheet names case-insensitively ("Đ" and "đ" are the same letter). */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}

/** Characters Excel forbids in sheet names. */
const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/;

/** A workbook: its sheets in tab order and which one is active. */
export class InMemoryWorkbook {
  readonly sheets: InMemorySheet[] = [];
  /**
   * The add-in's settings (`workbook.settings`), each value kept as the JSON text Office stores,
   * so a value comes back as plain data and its size is what the document carries.
   */
  readonly settings = new Map<string, string>();
  private active: InMemorySheet | undefined;
  private sheetsCreated = 0;

  /**
   * Adds a sheet at the end; the first one added becomes active. Without a name it gets the
   * first free "Sheet<n>" from n = the sheet count + 1 (a Vietnamese Excel would say
   * "Trang tính<n>": never rely on the default name).
   */
  addSheet(name?: string): InMemorySheet {
    const sheetName = name ?? this.defaultSheetName();
    this.checkName(sheetName);
    this.sheetsCreated++;
    // Shaped like Excel's ids ("{00000000-0001-0000-0100-000000000000}").
    const id = `{${String(this.sheetsCreated).padStart(8, '0')}-0001-0000-0100-000000000000}`;
    const sheet = new InMemorySheet(sheetName, id);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /**
   * Deletes a sheet. Excel keeps at least one visible sheet: deleting the last one fails with
   * InvalidOperation. When the active sheet goes, the next one (else the previous) becomes active.
   */
  removeSheet(sheet: InMemorySheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new HostError('ItemNotFound', `No sheet named "${sheet.name}".`);
    if (this.sheets.length === 1) {
      throw new HostError(
        'InvalidOperation',
        'A workbook must contain at least one visible worksheet.',
        'Worksheet.delete',
      );
    }
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[index] ?? this.sheets[index - 1];
  }

  /** The sheets' names in tab order. */
  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  private defaultSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  /**
   * Checks a new sheet name as Excel does: 1–31 characters, not blank, none of []:*?/\, no
   * apostrophe at either end, not "History" (Excel reserves it), unique case-insensitively.
   */
  checkName(name: string, except?: InMemorySheet): void {
    if (
      name.trim() === '' ||
      name.length > 31 ||
      FORBIDDEN_IN_NAME.test(name) ||
      /^'|'$/.test(name) ||
      sameName(name, 'History')
    ) {
      throw new HostError('InvalidArgument', `The sheet name "${name}" is not valid.`);
    }
    if (this.sheets.some((sheet) => sheet !== except && sameName(sheet.name, name))) {
      throw new HostError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    }
  }

  /** A sheet by name, case-insensitively. */
  sheet(name: string): InMemorySheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  /** A sheet by name or id, as `worksheets.getItem` finds it. */
  sheetByKey(key: string): InMemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.id === key) ?? this.sheet(key);
  }

  /** A setting's value as the add-in reads it back; undefined when there is none. */
  setting(key: string): unknown {
    const json = this.settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  get activeSheet(): InMemorySheet {
    if (!this.active) throw new Error('The workbook has no sheets.');
    return this.active;
  }

  /** Makes a sheet active, by name or id. */
  activate(name: string): void {
    const sheet = this.sheetByKey(name);
    if (!sheet) throw new HostError('ItemNotFound', `No sheet named "${name}".`);
    this.active = sheet;
  }

  /**
   * Selects areas ("B3:F10", "A:C, H2", "'Phụ lục I'!B5") on the active sheet, or on the sheet the
   * address names, which becomes active. The active cell defaults to the first area's top-left.
   */
  select(address: string, activeCell?: string): void {
    const parsed = parseAddress(address);
    if (!parsed) throw new HostError('InvalidArgument', `Not an address: "${address}".`);
    if (parsed.sheet !== null) this.activate(parsed.sheet);
    const first = parsed.areas[0] ?? { top: 1, left: 1 };
    const active = activeCell === undefined ? null : parseArea(activeCell);
    if (activeCell !== undefined && !active) {
      throw new HostError('InvalidArgument', `Not a cell: "${activeCell}".`);
    }
    this.activeSheet.selection = {
      areas: parsed.areas,
      activeCell: active
        ? { row: active.top, column: active.left }
        : { row: first.top, column: first.left },
    };
  }
}
