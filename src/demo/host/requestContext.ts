import type { RangeRef } from '../../core/table/address';
import type {
  ExcelCellValue,
  RangeApi,
  RangeAreasApi,
  RangeCollectionApi,
  RequestContextApi,
  WorkbookApi,
  WorksheetApi,
  WorksheetCollectionApi,
} from '../../excel/excelApi';
import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress } from './a1';
import { HostError } from './hostError';
import type { InMemorySheet, InMemoryWorkbook } from './workbook';

/*
 * Office.js's proxy model, in memory. Every object is a proxy naming a path in the workbook
 * ("workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true)"). Calls queue
 * actions on the request context; `sync()` sends them as one request: the path is resolved against
 * the workbook, writes are applied in order, and loaded properties become readable. Reading a
 * property that was not loaded and synced throws PropertyNotLoaded, as Office.js does.
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 */

/** Payload limits of one sync, in bytes of JSON (UTF-8). */
export type HostLimits = { requestBytes: number; responseBytes: number };

/** What the host counts: each `sync()` and the size of its request and response. */
export type SyncStats = { syncs: number; requests: { bytes: number; responseBytes: number }[] };

/** The state a request context works on. */
export type HostState = {
  readonly workbook: InMemoryWorkbook;
  /** The highest ExcelApi requirement set the host implements ("1.17"). */
  readonly excelApi: string;
  readonly limits: HostLimits;
  readonly stats: SyncStats;
};

/** What `load` accepts: "values, address", ["values"], { select: "values" }, or nothing (all). */
export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] };

type Executed = { response: unknown; apply?: () => void };

type Action = {
  /** The action as it travels in the request (what the payload size is measured on). */
  readonly json: unknown;
  /** Runs at sync against the workbook: writes happen here, reads are applied on success. */
  execute(): Executed;
};

type SheetTarget = InMemorySheet;
type RangeTarget = { sheet: InMemorySheet; area: RangeRef };
type AreasTarget = { sheet: InMemorySheet; areas: RangeRef[] };

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

function propertyNotLoaded(type: string, name: string): HostError {
  return new HostError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load ` +
      'method on the containing object and call "context.sync()" on the associated request context.',
    `${type}.${name}`,
  );
}

function loadNames(option: LoadOption | undefined): string[] | null {
  const select = typeof option === 'object' && !Array.isArray(option) ? option.select : option;
  if (select === undefined) return null;
  const names = Array.isArray(select) ? select : select.split(',');
  return names.map((name) => name.trim()).filter((name) => name !== '');
}

/** The request context of one `run`. */
export class HostRequestContext implements RequestContextApi {
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

/**
 * A proxy: a path resolved at sync, loaded properties, `isNullObject` for *OrNullObject. A proxy
 * under a null object is itself null when it comes from an *OrNullObject method, and fails with
 * ItemNotFound otherwise (stricter than Excel may be: the adapter should not rely on either).
 */
abstract class HostObject<Target> {
  protected abstract readonly typeName: string;
  /** The scalar properties `load` can fetch, all of them when `load()` names none. */
  protected abstract readonly properties: readonly string[];
  protected readonly loaded = new Map<string, unknown>();
  private resolution: { target: Target | null } | undefined;
  private isNull: boolean | undefined;

  constructor(
    protected readonly context: HostRequestContext,
    readonly path: string,
    private readonly resolver: () => Target | null,
    private readonly nullable: boolean,
  ) {
    // Office.js asks for an *OrNullObject result even when nothing is loaded from it.
    if (nullable) {
      context.enqueue({
        json: { action: 'instantiate', path },
        execute: () => {
          const target = this.resolve();
          return {
            response: target === null ? null : {},
            apply: () => {
              this.settle(target);
            },
          };
        },
      });
    }
  }

  /** True for an *OrNullObject result that does not exist; readable after a sync. */
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.isNull === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.isNull;
  }

  /** Queues loading properties; they are readable after the next sync. */
  load(option?: LoadOption): this {
    const names = this.selectNames(loadNames(option));
    this.context.enqueue({
      json: { action: 'load', path: this.path, select: names },
      execute: () => {
        const unknown = names.filter((name) => !this.properties.includes(name));
        if (unknown.length > 0) {
          throw new HostError(
            'InvalidArgument',
            `Unknown property: ${unknown.join(', ')}.`,
            this.typeName,
          );
        }
        const target = this.resolve();
        if (target === null) {
          return {
            response: null,
            apply: () => {
              this.settle(null);
            },
          };
        }
        const values = this.snapshot(target, names);
        return {
          response: values,
          apply: () => {
            this.settle(target);
            this.applySnapshot(values);
          },
        };
      },
    });
    return this;
  }

  /** Office.js keeps a tracked object valid across syncs; every proxy here already is. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** The target at sync: a null object resolves to null; any other miss is ItemNotFound. */
  resolve(): Target | null {
    this.resolution ??= { target: this.resolver() };
    const { target } = this.resolution;
    if (target === null && !this.nullable) {
      throw new HostError('ItemNotFound', "The requested resource doesn't exist.", this.path);
    }
    return target;
  }

  protected selectNames(names: string[] | null): string[] {
    return names ?? [...this.properties];
  }

  protected abstract snapshot(target: Target, names: readonly string[]): Record<string, unknown>;

  protected applySnapshot(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
  }

  /** A property value: loaded and synced, else PropertyNotLoaded. */
  protected read(name: string): unknown {
    // Office.js gives a null object's properties as undefined rather than throwing.
    if (this.isNull === true) return undefined;
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name);
  }

  /** Queues setting a property, applied at sync; the proxy shows the new value at once. */
  protected write(name: string, value: unknown, apply: (target: Target) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue({
      json: { action: 'set', path: this.path, property: name, value },
      execute: () => {
        const target = this.resolve();
        if (target !== null) apply(target);
        return { response: null };
      },
    });
  }

  protected settle(target: Target | null): void {
    this.isNull = target === null;
  }
}

export class HostWorkbook implements WorkbookApi {
  readonly worksheets: HostWorksheetCollection;

  constructor(private readonly context: HostRequestContext) {
    this.worksheets = new HostWorksheetCollection(context);
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

export class HostWorksheetCollection implements WorksheetCollectionApi {
  constructor(private readonly context: HostRequestContext) {}

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

  private find(key: string): SheetTarget | null {
    return this.context.state.workbook.sheet(key) ?? null;
  }
}

export class HostWorksheet extends HostObject<SheetTarget> implements WorksheetApi {
  protected readonly typeName = 'Worksheet';
  protected readonly properties = ['name'] as const;

  get name(): string {
    return this.read('name') as string;
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

  protected snapshot(sheet: SheetTarget): Record<string, unknown> {
    return { name: sheet.name };
  }
}

const RANGE_PROPERTIES = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'values',
  'numberFormat',
] as const;

export class HostRange extends HostObject<RangeTarget> implements RangeApi {
  protected readonly typeName = 'Range';
  protected readonly properties = RANGE_PROPERTIES;

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

  set values(values: ExcelCellValue[][]) {
    this.write('values', values, (target) => {
      this.eachCell(target, values, 'values', (row, column, value) => {
        target.sheet.setValue(row, column, value);
      });
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat') as string[][];
  }

  set numberFormat(formats: string[][]) {
    this.write('numberFormat', formats, (target) => {
      this.eachCell(target, formats, 'numberFormat', (row, column, format) => {
        target.sheet.setNumberFormat(row, column, format);
      });
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

  protected snapshot(target: RangeTarget, names: readonly string[]): Record<string, unknown> {
    return rangeSnapshot(target, names, this.context.state.limits);
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
    if (cells.length !== rows || cells.some((row) => row.length !== columns)) {
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
  const wantsCells = names.includes('values') || names.includes('numberFormat');
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
