import type { RangeRef } from '../../core/table/address';
import type {
  CellProperties,
  CellPropertiesLoadOptions,
  ExcelCellValue,
  FillLoadOptions,
  RangeAreasApi,
  RangeCollectionApi,
  RowFillProperties,
  WorksheetProtectionApi,
  WritableRangeApi,
  WritableRequestContextApi,
  WritableWorkbookApi,
  WritableWorksheetApi,
  WritableWorksheetCollectionApi,
} from '../../excel/excelApi';
import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress } from './a1';
import type { CellEntry } from './cellInput';
import { enterValue } from './cellInput';
import type { CellUpdate } from './cellProperties';
import {
  applyCellUpdate,
  cellPropertiesOf,
  checkCellUpdate,
  requestedCellProperties,
} from './cellProperties';
import { HostChartCollection } from './chartProxies';
import { HostRangeFormat, requestedFillProperties, rowFills } from './fillProxies';
import { normalizeColor } from './fills';
import { HostError, invalidValue } from './hostError';
import type { Action, HostClientResult } from './hostObject';
import { HostObject } from './hostObject';
import { HostSettingCollection } from './settingProxies';
import { HostPageLayout, HostWorksheetFreezePanes } from './sheetProxies';
import type { FillTarget, RangeTarget } from './targets';
import { assertWritable } from './targets';
import type { InMemorySheet, InMemoryWorkbook } from './workbook';

export type { LoadOption } from './hostObject';

/*
 * Office.js's proxy model, in memory. Every object is a proxy naming a path in the workbook
 * ("workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true)"). Calls queue
 * actions on the request context; `sync()` sends them as one request: the path is resolved against
 * the workbook, writes are applied in order, and loaded properties become readable. Reading a
 * property that was not loaded and synced throws PropertyNotLoaded, as Office.js does.
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 */

/**
 * Payload limits of one sync, in bytes of JSON (UTF-8), and the longest address string
 * `getRanges` takes (Excel's own limit is undocumented; 8,192 characters is the host's guess).
 */
export type HostLimits = { requestBytes: number; responseBytes: number; addressChars: number };

/** What the host counts: each `sync()` and the size of its request and response. */
export type SyncStats = { syncs: number; requests: { bytes: number; responseBytes: number }[] };

/** The state a request context works on. */
export type HostState = {
  readonly workbook: InMemoryWorkbook;
  /** The highest ExcelApi requirement set the host implements ("1.17"). */
  readonly excelApi: string;
  readonly limits: HostLimits;
  readonly stats: SyncStats;
  /** The round trip's wait, as Excel on the web's network (see InMemoryExcelOptions). */
  readonly roundTrip?: () => Promise<void>;
};

type SheetTarget = InMemorySheet;
type AreasTarget = FillTarget;

/** "1.13" vs "1.9" as numbers. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Length of a string in UTF-8 bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The request context of one `run`. */
export class HostRequestContext implements WritableRequestContextApi {
  readonly workbook: HostWorkbook;
  private actions: Action[] = [];
  private closed = false;

  constructor(readonly state: HostState) {
    this.workbook = new HostWorkbook(this);
  }

  /** Actions queued since the last sync. */
  get pendingActions(): number {
    return this.actions.length;
  }

  /** Sends the queued actions as one request and applies the response. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.assertOpen();
    const actions = this.actions;
    this.actions = [];
    const { stats, limits } = this.state;
    stats.syncs++;
    const request = {
      bytes: utf8Length(JSON.stringify(actions.map((a) => a.json))),
      responseBytes: 0,
    };
    stats.requests.push(request);
    // A round trip is asynchronous (a microtask, so tests with fake timers still run).
    await Promise.resolve();
    await this.state.roundTrip?.();
    if (request.bytes > limits.requestBytes) {
      throw new HostError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    }
    // A failing action fails the sync; the writes before it stay (Excel does not roll back).
    const results = actions.map((action) => action.execute());
    request.responseBytes = utf8Length(JSON.stringify(results.map((result) => result.response)));
    if (request.responseBytes > limits.responseBytes) {
      throw new HostError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
    for (const result of results) result.apply?.();
    return passThroughValue as T;
  }

  /** Queues an action for the next sync. */
  enqueue(action: Action): void {
    this.assertOpen();
    this.actions.push(action);
  }

  /** Ends the context: its proxies can no longer queue work (loaded values stay readable). */
  close(): void {
    this.closed = true;
  }

  /** Fails at sync, as Excel does, when the host lacks the requirement set of an API. */
  requireApi(version: string, api: string): void {
    if (compareVersions(this.state.excelApi, version) < 0) {
      throw new HostError('ApiNotFound', `${api} needs ExcelApi ${version}.`, api);
    }
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new HostError(
        'InvalidRequestContext',
        'The object was created in a request context that has ended (outside its Excel.run).',
      );
    }
  }
}

export class HostWorkbook implements WritableWorkbookApi {
  readonly worksheets: HostWorksheetCollection;
  readonly settings: HostSettingCollection;

  constructor(private readonly context: HostRequestContext) {
    this.worksheets = new HostWorksheetCollection(context);
    this.settings = new HostSettingCollection(context);
  }

  private get model(): InMemoryWorkbook {
    return this.context.state.workbook;
  }

  getSelectedRange(): HostRange {
    return new HostRange(this.context, 'workbook.getSelectedRange()', () => {
      const sheet = this.model.activeSheet;
      const [area, ...more] = sheet.selection.areas;
      if (!area || more.length > 0) {
        throw new HostError(
          'InvalidSelection',
          'This operation is not supported for multiple selections.',
          'Workbook.getSelectedRange',
        );
      }
      return { sheet, area };
    });
  }

  getSelectedRanges(): HostRangeAreas {
    return new HostRangeAreas(this.context, 'workbook.getSelectedRanges()', false, () => {
      this.context.requireApi('1.9', 'Workbook.getSelectedRanges');
      const sheet = this.model.activeSheet;
      return { sheet, areas: sheet.selection.areas };
    });
  }

  getActiveCell(): HostRange {
    return new HostRange(this.context, 'workbook.getActiveCell()', () => {
      this.context.requireApi('1.7', 'Workbook.getActiveCell');
      const sheet = this.model.activeSheet;
      const { row, column } = sheet.selection.activeCell;
      return { sheet, area: { top: row, left: column, bottom: row, right: column } };
    });
  }
}

/** `workbook.worksheets`: `load(['items/id', 'items/name'])` gives the sheets in tab order. */
export class HostWorksheetCollection
  extends HostObject<InMemorySheet[]>
  implements WritableWorksheetCollectionApi
{
  protected readonly typeName = 'WorksheetCollection';
  protected readonly properties = WORKSHEET_PROPERTIES;

  constructor(context: HostRequestContext) {
    super(context, 'workbook.worksheets', () => context.state.workbook.sheets, false);
  }

  get items(): HostWorksheet[] {
    return this.read('items') as HostWorksheet[];
  }

  protected override selectNames(names: string[] | null): string[] {
    const selected = (names ?? ['items']).map((name) => name.replace(/^items\//, ''));
    return selected.includes('items') ? [...this.properties] : selected;
  }

  protected snapshot(sheets: InMemorySheet[], names: readonly string[]): Record<string, unknown> {
    return { items: sheets.map((sheet) => worksheetSnapshot(sheet, names)) };
  }

  protected override applySnapshot(values: Record<string, unknown>): void {
    const sheets = this.resolve() ?? [];
    const snapshots = values['items'] as Record<string, unknown>[];
    this.loaded.set(
      'items',
      snapshots.map((snapshot, i) => {
        const sheet = sheets[i];
        if (!sheet) throw new Error('WorksheetCollection snapshot out of step with the workbook');
        return HostWorksheet.fromSnapshot(this.context, sheet, snapshot);
      }),
    );
  }

  getActiveWorksheet(): HostWorksheet {
    return new HostWorksheet(
      this.context,
      'workbook.worksheets.getActiveWorksheet()',
      () => this.context.state.workbook.activeSheet,
      false,
    );
  }

  getItem(key: string): HostWorksheet {
    const path = `workbook.worksheets.getItem(${JSON.stringify(key)})`;
    return new HostWorksheet(this.context, path, () => this.find(key), false);
  }

  /**
   * Adds a sheet at the end, named "Sheet<n>" when `name` is omitted; the name is checked at
   * sync (InvalidArgument, ItemAlreadyExists). The proxy works in the same batch.
   */
  add(name?: string): HostWorksheet {
    let created: InMemorySheet | null = null;
    const args = name === undefined ? [] : [name];
    this.context.enqueue({
      json: { action: 'method', path: this.path, method: 'add', args },
      execute: () => {
        created = this.context.state.workbook.addSheet(name);
        return { response: null };
      },
    });
    const path = `${this.path}.add(${args.map((arg) => JSON.stringify(arg)).join()})`;
    return new HostWorksheet(this.context, path, () => created, false);
  }

  getItemOrNullObject(key: string): HostWorksheet {
    const path = `workbook.worksheets.getItemOrNullObject(${JSON.stringify(key)})`;
    return new HostWorksheet(
      this.context,
      path,
      () => {
        this.context.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
        return this.find(key);
      },
      true,
    );
  }

  /** By name (case-insensitively) or by id, as Excel's getItem. */
  private find(key: string): SheetTarget | null {
    return this.context.state.workbook.sheetByKey(key) ?? null;
  }
}

const WORKSHEET_PROPERTIES = ['name', 'id'] as const;

function worksheetSnapshot(
  sheet: InMemorySheet,
  names: readonly string[],
): Record<string, unknown> {
  const all = { name: sheet.name, id: sheet.id };
  return Object.fromEntries(
    WORKSHEET_PROPERTIES.filter((name) => names.includes(name)).map((name) => [name, all[name]]),
  );
}

export class HostWorksheet extends HostObject<SheetTarget> implements WritableWorksheetApi {
  protected readonly typeName = 'Worksheet';
  protected readonly properties = WORKSHEET_PROPERTIES;
  private protectionProxy: HostWorksheetProtection | undefined;
  private freezePanesProxy: HostWorksheetFreezePanes | undefined;
  private pageLayoutProxy: HostPageLayout | undefined;
  private chartsProxy: HostChartCollection | undefined;

  /** A sheet whose properties arrived with its collection (WorksheetCollection.items). */
  static fromSnapshot(
    context: HostRequestContext,
    sheet: InMemorySheet,
    values: Record<string, unknown>,
  ): HostWorksheet {
    const path = `workbook.worksheets.getItem(${JSON.stringify(sheet.id)})`;
    const proxy = new HostWorksheet(context, path, () => sheet, false);
    proxy.settle(sheet);
    proxy.applySnapshot(values);
    return proxy;
  }

  get name(): string {
    return this.read('name') as string;
  }

  get id(): string {
    return this.read('id') as string;
  }

  get protection(): HostWorksheetProtection {
    this.protectionProxy ??= new HostWorksheetProtection(
      this.context,
      `${this.path}.protection`,
      () => this.resolve(),
    );
    return this.protectionProxy;
  }

  get freezePanes(): HostWorksheetFreezePanes {
    this.freezePanesProxy ??= new HostWorksheetFreezePanes(
      this.context,
      `${this.path}.freezePanes`,
      () => this.resolve(),
    );
    return this.freezePanesProxy;
  }

  get pageLayout(): HostPageLayout {
    this.pageLayoutProxy ??= new HostPageLayout(this.context, `${this.path}.pageLayout`, () =>
      this.resolve(),
    );
    return this.pageLayoutProxy;
  }

  get charts(): HostChartCollection {
    this.chartsProxy ??= new HostChartCollection(this.context, `${this.path}.charts`, () =>
      this.resolve(),
    );
    return this.chartsProxy;
  }

  /** [ExcelApi 1.7] "#RRGGBB", or "" for none; gives back what this proxy set. */
  get tabColor(): string {
    return this.read('tabColor') as string;
  }
  set tabColor(value: string) {
    this.write('tabColor', value, (sheet) => {
      this.context.requireApi('1.7', 'Worksheet.tabColor');
      const color = value === '' ? '' : normalizeColor(value);
      if (color === null) throw invalidValue('Worksheet.tabColor', value);
      sheet.tabColor = color;
    });
  }

  activate(): void {
    this.call('activate', [], (sheet) => {
      this.context.state.workbook.activate(sheet.id);
    });
  }

  /** Deletes the sheet (InvalidOperation for the last one); its proxies then fail. */
  delete(): void {
    this.call('delete', [], (sheet) => {
      this.context.state.workbook.removeSheet(sheet);
    });
  }

  getRanges(address?: string): HostRangeAreas {
    const path = `${this.path}.getRanges(${address === undefined ? '' : JSON.stringify(address)})`;
    return new HostRangeAreas(this.context, path, false, () => {
      this.context.requireApi('1.9', 'Worksheet.getRanges');
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (address === undefined) {
        return { sheet, areas: [{ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS }] };
      }
      const { addressChars } = this.context.state.limits;
      // Excel takes "A1:B2, A5:B5" or "A1:B2; A5:B5".
      const parsed =
        address.length > addressChars ? null : parseAddress(address.replace(/;/g, ','));
      const sameSheet =
        parsed?.sheet == null || this.context.state.workbook.sheet(parsed.sheet) === sheet;
      if (!parsed || !sameSheet) {
        throw new HostError(
          'InvalidArgument',
          `Not a range address (or longer than ${addressChars} characters): ` +
            `"${address.slice(0, 80)}${address.length > 80 ? '…' : ''}".`,
          'Worksheet.getRanges',
        );
      }
      return { sheet, areas: parsed.areas };
    });
  }

  set name(value: string) {
    this.write('name', value, (sheet) => {
      this.context.state.workbook.checkName(value, sheet);
      sheet.name = value;
    });
  }

  getRange(address?: string): HostRange {
    const path = `${this.path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`;
    return new HostRange(this.context, path, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (address === undefined) {
        return { sheet, area: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } };
      }
      const parsed = parseAddress(address);
      const area = parsed?.areas.length === 1 ? parsed.areas[0] : undefined;
      const sameSheet =
        parsed?.sheet == null || this.context.state.workbook.sheet(parsed.sheet) === sheet;
      if (!area || !sameSheet) {
        throw new HostError(
          'InvalidArgument',
          `Not a range address: "${address}".`,
          'Worksheet.getRange',
        );
      }
      return { sheet, area };
    });
  }

  getUsedRange(valuesOnly?: boolean): HostRange {
    return new HostRange(this.context, `${this.path}.getUsedRange(${valuesOnly ?? ''})`, () => {
      if (valuesOnly !== undefined)
        this.context.requireApi('1.2', 'Worksheet.getUsedRange(valuesOnly)');
      const sheet = this.resolve();
      if (sheet === null) return null;
      // On a blank sheet Excel gives A1.
      const area = sheet.usedArea(valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 };
      return { sheet, area };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    const path = `${this.path}.getUsedRangeOrNullObject(${valuesOnly ?? ''})`;
    return new HostRange(
      this.context,
      path,
      () => {
        this.context.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
        const sheet = this.resolve();
        const area = sheet?.usedArea(valuesOnly ?? false) ?? null;
        return sheet && area ? { sheet, area } : null;
      },
      true,
    );
  }

  protected snapshot(sheet: SheetTarget, names: readonly string[]): Record<string, unknown> {
    return worksheetSnapshot(sheet, names);
  }
}

/** `worksheet.protection` (ExcelApi 1.2): only whether the sheet is protected. */
export class HostWorksheetProtection
  extends HostObject<SheetTarget>
  implements WorksheetProtectionApi
{
  protected readonly typeName = 'WorksheetProtection';
  protected readonly properties = ['protected'] as const;

  constructor(context: HostRequestContext, path: string, resolver: () => SheetTarget | null) {
    super(context, path, resolver, false);
  }

  get protected(): boolean {
    return this.read('protected') as boolean;
  }

  protected snapshot(sheet: SheetTarget): Record<string, unknown> {
    this.context.requireApi('1.2', 'Worksheet.protection');
    return { protected: sheet.isProtected };
  }
}

const RANGE_PROPERTIES = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'values',
  'formulas',
  'numberFormat',
] as const;

export class HostRange extends HostObject<RangeTarget> implements WritableRangeApi {
  protected readonly typeName = 'Range';
  protected readonly properties = RANGE_PROPERTIES;
  private formatProxy: HostRangeFormat | undefined;

  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, path, resolver, nullable);
  }

  /** A range whose properties arrived with its collection (RangeCollection.items). */
  static fromSnapshot(
    context: HostRequestContext,
    path: string,
    target: RangeTarget,
    values: Record<string, unknown>,
  ): HostRange {
    const range = new HostRange(context, path, () => target);
    range.settle(target);
    range.applySnapshot(values);
    return range;
  }

  get address(): string {
    return this.read('address') as string;
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }

  get values(): ExcelCellValue[][] {
    return this.read('values') as ExcelCellValue[][];
  }

  /**
   * Strings are read as Excel reads typed input (see `enterText`: "'…" is text, "=…", "+…",
   * "-…", "@…" formulas, "12" a number …); null leaves a cell as it is.
   */
  set values(values: (ExcelCellValue | null)[][]) {
    this.enterAll('values', values);
  }

  /** A formula cell's formula, any other cell's value (a text without its "'"). */
  get formulas(): ExcelCellValue[][] {
    return this.read('formulas') as ExcelCellValue[][];
  }

  /** As `values`: Excel reads what is set as typed input. */
  set formulas(formulas: (ExcelCellValue | null)[][]) {
    this.enterAll('formulas', formulas);
  }

  private enterAll(property: 'values' | 'formulas', values: (ExcelCellValue | null)[][]): void {
    const api = `Range.${property}`;
    this.write(property, values, (target) => {
      assertWritable(target.sheet, api);
      const entries: { row: number; column: number; entry: CellEntry }[] = [];
      this.eachCell(target, values, property, (row, column, value) => {
        const entry = enterValue(value, target.sheet.numberFormat(row, column));
        if (entry === undefined) throw invalidValue(api, value);
        if (entry !== null) entries.push({ row, column, entry });
      });
      // Checked whole before any cell changes.
      for (const { row, column, entry } of entries) target.sheet.enter(row, column, entry);
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat') as string[][];
  }

  set numberFormat(formats: (string | null)[][]) {
    this.write('numberFormat', formats, (target) => {
      assertWritable(target.sheet, 'Range.numberFormat');
      const entries: { row: number; column: number; format: string }[] = [];
      this.eachCell(target, formats, 'numberFormat', (row, column, format: unknown) => {
        // null leaves the cell's format as it is.
        if (format === null) return;
        if (typeof format !== 'string') throw invalidValue('Range.numberFormat', format);
        entries.push({ row, column, format });
      });
      for (const { row, column, format } of entries) {
        target.sheet.setNumberFormat(row, column, format);
      }
    });
  }

  getMergedAreasOrNullObject(): HostRangeAreas {
    return new HostRangeAreas(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      true,
      () => {
        this.context.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
        const target = this.resolve();
        if (target === null) return null;
        const areas = target.sheet.merges
          .filter((merge) => intersects(merge, target.area))
          .sort((a, b) => a.top - b.top || a.left - b.left);
        return areas.length > 0 ? { sheet: target.sheet, areas } : null;
      },
    );
  }

  get format(): HostRangeFormat {
    this.formatProxy ??= new HostRangeFormat(this.context, `${this.path}.format`, () => {
      const target = this.resolve();
      return target && { sheet: target.sheet, areas: [target.area] };
    });
    return this.formatProxy;
  }

  getCellProperties(options: CellPropertiesLoadOptions): HostClientResult<CellProperties[][]> {
    return this.callForResult('getCellProperties', [options], ({ sheet, area }) => {
      this.context.requireApi('1.9', 'Range.getCellProperties');
      const request = requestedCellProperties(options, 'Range.getCellProperties');
      this.refuseHugeResponse(area, 'cells');
      return cellPropertiesOf(sheet, area, request);
    });
  }

  getRowProperties(options: FillLoadOptions): HostClientResult<RowFillProperties[]> {
    return this.callForResult('getRowProperties', [options], ({ sheet, area }) => {
      this.context.requireApi('1.9', 'Range.getRowProperties');
      const names = requestedFillProperties(options, 'Range.getRowProperties');
      this.refuseHugeResponse(area, 'rows');
      return rowFills(sheet, area, names);
    });
  }

  setCellProperties(cellPropertiesData: CellProperties[][]): void {
    this.call('setCellProperties', [cellPropertiesData], (target) => {
      const api = 'Range.setCellProperties';
      this.context.requireApi('1.9', api);
      assertWritable(target.sheet, api);
      const updates: { row: number; column: number; update: CellUpdate }[] = [];
      this.eachCell(target, cellPropertiesData, 'setCellProperties', (row, column, cell) => {
        updates.push({
          row,
          column,
          update: checkCellUpdate(target.sheet, row, column, cell, api),
        });
      });
      // Checked whole before any cell changes.
      for (const { row, column, update } of updates) {
        applyCellUpdate(target.sheet, row, column, update);
      }
    });
  }

  /** [ExcelApi 1.2] See `InMemorySheet.merge`. */
  merge(across?: boolean): void {
    this.call('merge', across === undefined ? [] : [across], ({ sheet, area }) => {
      this.context.requireApi('1.2', 'Range.merge');
      assertWritable(sheet, 'Range.merge');
      sheet.merge(area, across === true);
    });
  }

  /** [ExcelApi 1.2] */
  unmerge(): void {
    this.call('unmerge', [], ({ sheet, area }) => {
      this.context.requireApi('1.2', 'Range.unmerge');
      assertWritable(sheet, 'Range.unmerge');
      sheet.unmerge(area);
    });
  }

  /** [ExcelApi 1.2] Whether every column of the range is hidden. */
  get columnHidden(): boolean {
    return this.read('columnHidden') as boolean;
  }
  set columnHidden(hidden: boolean) {
    this.write('columnHidden', hidden, ({ sheet, area }) => {
      this.context.requireApi('1.2', 'Range.columnHidden');
      if (typeof hidden !== 'boolean') throw invalidValue('Range.columnHidden', hidden);
      sheet.setColumnsHidden(area.left, area.right, hidden);
    });
  }

  select(): void {
    this.call('select', [], ({ sheet, area }) => {
      this.context.state.workbook.activate(sheet.id);
      sheet.selection = { areas: [area], activeCell: { row: area.top, column: area.left } };
    });
  }

  protected snapshot(target: RangeTarget, names: readonly string[]): Record<string, unknown> {
    return rangeSnapshot(target, names, this.context.state.limits);
  }

  /** Refuses before building an array bigger than any response could carry. */
  private refuseHugeResponse(area: RangeRef, per: 'cells' | 'rows'): void {
    const rows = area.bottom - area.top + 1;
    const count = per === 'rows' ? rows : rows * (area.right - area.left + 1);
    // Each item costs at least `{"format":{}},` (14 bytes).
    if (count * 14 > this.context.state.limits.responseBytes) {
      throw new HostError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
  }

  private eachCell<T>(
    target: RangeTarget,
    cells: T[][],
    property: string,
    put: (row: number, column: number, value: T) => void,
  ): void {
    const { area } = target;
    const rows = area.bottom - area.top + 1;
    const columns = area.right - area.left + 1;
    const grid: unknown = cells;
    const shaped =
      Array.isArray(grid) &&
      grid.length === rows &&
      grid.every((row) => Array.isArray(row) && row.length === columns);
    if (!shaped) {
      throw new HostError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        `Range.${property}`,
      );
    }
    cells.forEach((row, r) => {
      row.forEach((value, c) => {
        put(area.top + r, area.left + c, value);
      });
    });
  }
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function rangeSnapshot(
  { sheet, area }: RangeTarget,
  names: readonly string[],
  limits: HostLimits,
): Record<string, unknown> {
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const wantsCells = ['values', 'formulas', 'numberFormat'].some((name) => names.includes(name));
  // Each cell costs at least `"",` in the response: refuse before building a huge array.
  if (wantsCells && rows * columns * 3 > limits.responseBytes) {
    throw new HostError(
      'ResponsePayloadSizeLimitExceeded',
      'The response payload size has exceeded the limit.',
    );
  }
  const cells = <T>(read: (row: number, column: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => read(area.top + r, area.left + c)),
    );
  const all: Record<(typeof RANGE_PROPERTIES)[number], () => unknown> = {
    address: () => formatAddress(sheet.name, area),
    rowIndex: () => area.top - 1,
    columnIndex: () => area.left - 1,
    rowCount: () => rows,
    columnCount: () => columns,
    values: () => cells((r, c) => sheet.value(r, c)),
    formulas: () => cells((r, c) => sheet.formula(r, c) ?? sheet.value(r, c)),
    numberFormat: () => cells((r, c) => sheet.numberFormat(r, c)),
  };
  return Object.fromEntries(
    RANGE_PROPERTIES.filter((name) => names.includes(name)).map((name) => [name, all[name]()]),
  );
}

export class HostRangeAreas extends HostObject<AreasTarget> implements RangeAreasApi {
  protected readonly typeName = 'RangeAreas';
  protected readonly properties = ['address', 'areaCount'] as const;
  private collection: HostRangeCollection | undefined;
  private formatProxy: HostRangeFormat | undefined;

  get format(): HostRangeFormat {
    this.formatProxy ??= new HostRangeFormat(this.context, `${this.path}.format`, () =>
      this.resolve(),
    );
    return this.formatProxy;
  }

  constructor(
    context: HostRequestContext,
    path: string,
    nullable: boolean,
    resolver: () => AreasTarget | null,
  ) {
    super(context, path, resolver, nullable);
  }

  get address(): string {
    return this.read('address') as string;
  }

  get areaCount(): number {
    return this.read('areaCount') as number;
  }

  get areas(): HostRangeCollection {
    this.collection ??= new HostRangeCollection(this.context, `${this.path}.areas`, () =>
      this.resolve(),
    );
    return this.collection;
  }

  protected snapshot(
    { sheet, areas }: AreasTarget,
    names: readonly string[],
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (names.includes('address')) {
      values['address'] = areas.map((area) => formatAddress(sheet.name, area)).join(', ');
    }
    if (names.includes('areaCount')) values['areaCount'] = areas.length;
    return values;
  }
}

/** RangeAreas.areas: `load("address")`, `load("items/address")` or `load("items")`. */
export class HostRangeCollection extends HostObject<AreasTarget> implements RangeCollectionApi {
  protected readonly typeName = 'RangeCollection';
  protected readonly properties = RANGE_PROPERTIES;

  constructor(context: HostRequestContext, path: string, resolver: () => AreasTarget | null) {
    super(context, path, resolver, false);
  }

  get items(): HostRange[] {
    return this.read('items') as HostRange[];
  }

  protected override selectNames(names: string[] | null): string[] {
    const selected = (names ?? ['items']).map((name) => name.replace(/^items\//, ''));
    return selected.includes('items') ? [...this.properties] : selected;
  }

  protected snapshot(
    { sheet, areas }: AreasTarget,
    names: readonly string[],
  ): Record<string, unknown> {
    const limits = this.context.state.limits;
    return { items: areas.map((area) => rangeSnapshot({ sheet, area }, names, limits)) };
  }

  protected override applySnapshot(values: Record<string, unknown>): void {
    const target = this.resolve();
    const snapshots = values['items'] as Record<string, unknown>[];
    const items = snapshots.map((snapshot, i) => {
      const area = target?.areas[i];
      if (!target || !area) throw new Error('RangeCollection snapshot out of step with its target');
      return HostRange.fromSnapshot(
        this.context,
        `${this.path}.items[${i}]`,
        { sheet: target.sheet, area },
        snapshot,
      );
    });
    this.loaded.set('items', items);
  }
}
