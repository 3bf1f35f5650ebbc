import type { CellRef, RangeRef } from '../../core/table/address';
import type { ExcelCellValue } from '../../excel/excelApi';
import { parseAddress, parseArea } from './a1';
import { HostError } from './hostError';

/** The selected areas of a sheet and its active cell (1-based). */
export type SheetSelection = { areas: RangeRef[]; activeCell: CellRef };

/**
 * A worksheet's cells as Excel holds them: values ("" when empty), number formats ("General"
 * when unset) and merged areas. Plain data, no Office semantics: the proxies in
 * `requestContext.ts` read and write it at sync time.
 */
export class InMemorySheet {
  name: string;
  readonly merges: RangeRef[] = [];
  selection: SheetSelection = {
    areas: [{ top: 1, left: 1, bottom: 1, right: 1 }],
    activeCell: { row: 1, column: 1 },
  };
  private readonly values: ExcelCellValue[][] = [];
  private readonly formats: string[][] = [];
  /** Cells that hold something besides a value (a format, a former value): Excel's used cells. */
  private touched: RangeRef | null = null;

  constructor(name: string) {
    this.name = name;
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
  private active: InMemorySheet | undefined;

  /** Adds a sheet at the end; the first one added becomes active. */
  addSheet(name: string): InMemorySheet {
    this.checkName(name);
    const sheet = new InMemorySheet(name);
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

  get activeSheet(): InMemorySheet {
    if (!this.active) throw new Error('The workbook has no sheets.');
    return this.active;
  }

  activate(name: string): void {
    const sheet = this.sheet(name);
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
