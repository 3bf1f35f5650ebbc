import type { RangeRef } from '../../core/table/address';
import type {
  FillLoadOptions,
  RangeFillApi,
  RangeFillData,
  RangeLayoutData,
  RowFillProperties,
  WritableRangeFormatApi,
} from '../../excel/excelApi';
import { HORIZONTAL_ALIGNMENTS, VERTICAL_ALIGNMENTS } from '../../excel/excelApi';
import type { FillProperty, HostFill } from './fills';
import { FILL_PROPERTIES, NO_FILL, setFillProperties } from './fills';
import { HostError, invalidValue, oneOf } from './hostError';
import { HostObject } from './hostObject';
import type { HostRequestContext } from './requestContext';
import { HostRangeBorderCollection, HostRangeFont } from './styleProxies';
import type { FillTarget } from './targets';
import { assertWritable } from './targets';
import type { InMemorySheet } from './workbook';

export type { FillTarget } from './targets';

/** Runs `put` on every cell of the areas. */
function eachCell(areas: readonly RangeRef[], put: (row: number, column: number) => void): void {
  for (const area of areas) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) put(row, column);
    }
  }
}

/** Applies `properties` (in key order) to every cell's fill. */
export function setFills(target: FillTarget, properties: object, api: string): void {
  assertWritable(target.sheet, api);
  eachCell(target.areas, (row, column) => {
    target.sheet.setFill(
      row,
      column,
      setFillProperties(target.sheet.fill(row, column), properties),
    );
  });
}

/** The fill properties a `getCellProperties` / `getRowProperties` call asks for. */
export function requestedFillProperties(options: FillLoadOptions, api: string): FillProperty[] {
  const format: unknown = (options as { format?: unknown }).format;
  const keys = Object.keys(options);
  const formatKeys = typeof format === 'object' && format !== null ? Object.keys(format) : [];
  if (keys.some((key) => key !== 'format') || formatKeys.some((key) => key !== 'fill')) {
    throw new HostError(
      'InvalidArgument',
      'The in-memory host models format.fill only (ask for more and it would have to make it up).',
      api,
    );
  }
  const fill = options.format.fill as Partial<Record<string, boolean>>;
  const unknown = Object.keys(fill).filter(
    (key) => !(FILL_PROPERTIES as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    throw new HostError('InvalidArgument', `Unknown fill property: ${unknown.join(', ')}.`, api);
  }
  return FILL_PROPERTIES.filter((name) => fill[name] === true);
}

/** Each row's fill properties, null where its cells differ (`Range.getRowProperties`). */
export function rowFills(
  sheet: InMemorySheet,
  area: RangeRef,
  names: readonly FillProperty[],
): RowFillProperties[] {
  const rows: RowFillProperties[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const fills: HostFill[] = [];
    for (let column = area.left; column <= area.right; column++) {
      fills.push(sheet.fill(row, column));
    }
    rows.push({ format: { fill: uniform(fills, names) } });
  }
  return rows;
}

/** Each property's value when all fills share it, else null. */
function uniform(
  fills: readonly HostFill[],
  names: readonly FillProperty[],
): Record<string, string | number | null> {
  const [first = NO_FILL, ...rest] = fills;
  return Object.fromEntries(
    names.map((name) => [
      name,
      rest.every((fill) => fill[name] === first[name]) ? first[name] : null,
    ]),
  );
}

/**
 * `range.format` / `rangeAreas.format`: fill, font, borders, wrapping, alignment, column widths
 * and row heights. Only `fill` can be loaded back; the rest are set (a getter gives back what this
 * proxy set, else PropertyNotLoaded) and read through the workbook model.
 */
export class HostRangeFormat extends HostObject<FillTarget> implements WritableRangeFormatApi {
  protected readonly typeName = 'RangeFormat';
  protected readonly properties: readonly string[] = [];
  private fillProxy: HostRangeFill | undefined;
  private fontProxy: HostRangeFont | undefined;
  private bordersProxy: HostRangeBorderCollection | undefined;

  constructor(context: HostRequestContext, path: string, resolver: () => FillTarget | null) {
    super(context, path, resolver, false);
  }

  get fill(): HostRangeFill {
    this.fillProxy ??= new HostRangeFill(this.context, `${this.path}.fill`, () => this.resolve());
    return this.fillProxy;
  }

  get font(): HostRangeFont {
    this.fontProxy ??= new HostRangeFont(this.context, `${this.path}.font`, () => this.resolve());
    return this.fontProxy;
  }

  get borders(): HostRangeBorderCollection {
    this.bordersProxy ??= new HostRangeBorderCollection(this.context, `${this.path}.borders`, () =>
      this.resolve(),
    );
    return this.bordersProxy;
  }

  get wrapText(): boolean {
    return this.read('wrapText') as boolean;
  }
  set wrapText(value: boolean) {
    this.setLayout('wrapText', value, (sheet, area) => {
      if (typeof value !== 'boolean') throw invalidValue('RangeFormat.wrapText', value);
      sheet.setWrapText(area, value);
    });
  }

  get horizontalAlignment(): RangeLayoutData['horizontalAlignment'] {
    return this.read('horizontalAlignment') as RangeLayoutData['horizontalAlignment'];
  }
  set horizontalAlignment(value: RangeLayoutData['horizontalAlignment']) {
    this.setLayout('horizontalAlignment', value, (sheet, area) => {
      const alignment = oneOf(HORIZONTAL_ALIGNMENTS, value);
      if (alignment === null) throw invalidValue('RangeFormat.horizontalAlignment', value);
      sheet.setHorizontalAlignment(area, alignment);
    });
  }

  get verticalAlignment(): RangeLayoutData['verticalAlignment'] {
    return this.read('verticalAlignment') as RangeLayoutData['verticalAlignment'];
  }
  set verticalAlignment(value: RangeLayoutData['verticalAlignment']) {
    this.setLayout('verticalAlignment', value, (sheet, area) => {
      const alignment = oneOf(VERTICAL_ALIGNMENTS, value);
      if (alignment === null) throw invalidValue('RangeFormat.verticalAlignment', value);
      sheet.setVerticalAlignment(area, alignment);
    });
  }

  /** Points; setting it sets every column of the range. */
  get columnWidth(): number {
    return this.read('columnWidth') as number;
  }
  set columnWidth(value: number) {
    this.setLayout('columnWidth', value, (sheet, area) => {
      if (!Number.isFinite(value) || value < 0)
        throw invalidValue('RangeFormat.columnWidth', value);
      sheet.setColumnWidth(area.left, area.right, value);
    });
  }

  /** Points (Excel takes 0–409); setting it sets every row of the range. */
  get rowHeight(): number {
    return this.read('rowHeight') as number;
  }
  set rowHeight(value: number) {
    this.setLayout('rowHeight', value, (sheet, area) => {
      if (!Number.isFinite(value) || value < 0 || value > 409) {
        throw invalidValue('RangeFormat.rowHeight', value);
      }
      sheet.setRowHeight(area.top, area.bottom, value);
    });
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }

  private setLayout(
    name: keyof RangeLayoutData,
    value: unknown,
    apply: (sheet: InMemorySheet, area: RangeRef) => void,
  ): void {
    this.write(name, value, ({ sheet, areas }) => {
      assertWritable(sheet, `RangeFormat.${name}`);
      for (const area of areas) apply(sheet, area);
    });
  }
}

/** `format.fill`: loads give each property when every cell shares it, else null. */
export class HostRangeFill extends HostObject<FillTarget> implements RangeFillApi {
  protected readonly typeName = 'RangeFill';
  protected readonly properties = FILL_PROPERTIES;

  constructor(context: HostRequestContext, path: string, resolver: () => FillTarget | null) {
    super(context, path, resolver, false);
  }

  get color(): string | null {
    return this.read('color') as string | null;
  }
  set color(value: string | null) {
    this.setProperty('color', value);
  }
  get pattern(): RangeFillData['pattern'] {
    return this.read('pattern') as RangeFillData['pattern'];
  }
  set pattern(value: RangeFillData['pattern']) {
    this.setProperty('pattern', value);
  }
  get patternColor(): string | null {
    return this.read('patternColor') as string | null;
  }
  set patternColor(value: string | null) {
    this.setProperty('patternColor', value);
  }
  get tintAndShade(): number | null {
    return this.read('tintAndShade') as number | null;
  }
  set tintAndShade(value: number | null) {
    this.setProperty('tintAndShade', value);
  }
  get patternTintAndShade(): number | null {
    return this.read('patternTintAndShade') as number | null;
  }
  set patternTintAndShade(value: number | null) {
    this.setProperty('patternTintAndShade', value);
  }

  /** Office.js's `set`: the properties in key order, applied at sync. */
  set(properties: Partial<Record<FillProperty, unknown>>): void {
    for (const [name, value] of Object.entries(properties)) this.loaded.set(name, value);
    this.context.enqueue({
      json: { action: 'setProperties', path: this.path, properties },
      execute: () => {
        this.requireFillApi(Object.keys(properties));
        const target = this.resolve();
        if (target) setFills(target, properties, 'RangeFill.set');
        return { response: null };
      },
    });
  }

  clear(): void {
    this.call('clear', [], (target) => {
      assertWritable(target.sheet, 'RangeFill.clear');
      target.sheet.clearFills(target.areas);
    });
  }

  protected snapshot(target: FillTarget, names: readonly string[]): Record<string, unknown> {
    this.requireFillApi(names);
    const { fills, unfilled } = target.sheet.fillsIn(target.areas);
    return uniform(unfilled > 0 ? [NO_FILL, ...fills] : fills, names as FillProperty[]);
  }

  private setProperty(name: FillProperty, value: unknown): void {
    this.write(name, value, (target) => {
      this.requireFillApi([name]);
      setFills(target, { [name]: value }, `RangeFill.${name}`);
    });
  }

  /** `color` is ExcelApi 1.1; the pattern and tint properties came with 1.9. */
  private requireFillApi(names: readonly string[]): void {
    if (names.some((name) => name !== 'color')) {
      this.context.requireApi('1.9', 'RangeFill.pattern');
    }
  }
}
