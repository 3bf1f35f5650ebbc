import type { CellRef, RangeRef } from '../../core/table/address';
import type { ExcelCellValue } from '../../excel/excelApi';
import { MAX_COLUMNS, parseAddress, parseArea } from './a1';
import type { HostFill } from './fills';
import { isSameFill, NO_FILL } from './fills';
import { HostError } from './hostError';

/** The selected areas of a sheet and its active cell (1-based). */
export type SheetSelection = { areas: RangeRef[]; activeCell: CellRef };

/** What the host models of one cell. */
export type CellSnapshot = { value: ExcelCellValue; numberFormat: string; fill: HostFill };

/**
 * A worksheet's cells as Excel holds them: values ("" when empty), number formats ("General"
 * when unset), fills (none when unset) and merged areas. Plain data, no Office semantics: the
 * proxies in `requestContext.ts` read and write it at sync time.
 */
export class InMemorySheet {
  name: string;
  /** Excel's worksheet id: it stays when the sheet is renamed. */
  readonly id: string;
  /** A protected sheet refuses writes (values, formats) with AccessDenied. */
  isProtected = false;
  readonly merges: RangeRef[] = [];
  selection: SheetSelection = {
    areas: [{ top: 1, left: 1, bottom: 1, right: 1 }],
    activeCell: { row: 1, column: 1 },
  };
  private readonly values: ExcelCellValue[][] = [];
  private readonly formats: string[][] = [];
  /** Fills other than none, by `cellKey`. */
  private readonly fills = new Map<number, HostFill>();
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
    return {
      value: this.value(row, column),
      numberFormat: this.numberFormat(row, column),
      fill: this.fill(row, column),
    };
  }

  value(row: number, column: number): ExcelCellValue {
    return this.values[row - 1]?.[column - 1] ?? '';
  }

  numberFormat(row: number, column: number): string {
    return this.formats[row - 1]?.[column - 1] ?? 'General';
  }

  setValue(row: number, column: number, value: ExcelCellValue): void {
    put(this.values, row, column, value, '');
    this.touch({ top: row, left: column, bottom: row, right: column });
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

function union(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Excel compares sheet names case-insensitively. */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase();
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

  /** Adds a sheet at the end; the first one added becomes active. */
  addSheet(name: string): InMemorySheet {
    this.checkName(name);
    this.sheetsCreated++;
    // Shaped like Excel's ids ("{00000000-0001-0000-0100-000000000000}").
    const id = `{${String(this.sheetsCreated).padStart(8, '0')}-0001-0000-0100-000000000000}`;
    const sheet = new InMemorySheet(name, id);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** Checks a new sheet name as Excel does (≤ 31 characters, no []:*?/\, unique). */
  checkName(name: string, except?: InMemorySheet): void {
    if (name === '' || name.length > 31 || FORBIDDEN_IN_NAME.test(name) || /^'|'$/.test(name)) {
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
