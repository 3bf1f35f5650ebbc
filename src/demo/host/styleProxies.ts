import type {
  BorderEdge,
  RangeBorderApi,
  RangeBorderCollectionApi,
  RangeFontApi,
} from '../../excel/excelApi';
import { BORDER_STYLES, BORDER_WEIGHTS } from '../../excel/excelApi';
import type { BorderProperty, HostFont } from './cellStyles';
import { BORDER_EDGES } from './cellStyles';
import { normalizeColor } from './fills';
import { invalidValue, oneOf } from './hostError';
import { isFlag, isName, isSize } from './styleValues';
import { HostObject } from './hostObject';
import type { HostRequestContext } from './requestContext';
import type { FillTarget } from './targets';
import { assertWritable } from './targets';

/*
 * `range.format.font` and `range.format.borders` (ExcelApi 1.1). The subset only sets them: a
 * getter gives back what this proxy set, else PropertyNotLoaded (tests read the workbook model).
 */

export class HostRangeFont extends HostObject<FillTarget> implements RangeFontApi {
  protected readonly typeName = 'RangeFont';
  protected readonly properties: readonly string[] = [];

  constructor(context: HostRequestContext, path: string, resolver: () => FillTarget | null) {
    super(context, path, resolver, false);
  }

  get name(): string {
    return this.read('name') as string;
  }
  set name(value: string) {
    this.setFont('name', value, isName);
  }
  get size(): number {
    return this.read('size') as number;
  }
  set size(value: number) {
    this.setFont('size', value, isSize);
  }
  get bold(): boolean {
    return this.read('bold') as boolean;
  }
  set bold(value: boolean) {
    this.setFont('bold', value, isFlag);
  }
  get italic(): boolean {
    return this.read('italic') as boolean;
  }
  set italic(value: boolean) {
    this.setFont('italic', value, isFlag);
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(value: string) {
    this.setFont('color', value, normalizeColor);
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }

  private setFont<K extends keyof HostFont>(
    property: K,
    value: unknown,
    check: (value: unknown) => HostFont[K] | null,
  ): void {
    this.write(property, value, ({ sheet, areas }) => {
      const api = `RangeFont.${property}`;
      assertWritable(sheet, api);
      const valid = check(value);
      if (valid === null) throw invalidValue(api, value);
      for (const area of areas) sheet.setFont(area, property, valid);
    });
  }
}

export class HostRangeBorderCollection implements RangeBorderCollectionApi {
  constructor(
    private readonly context: HostRequestContext,
    private readonly path: string,
    private readonly resolver: () => FillTarget | null,
  ) {}

  getItem(index: BorderEdge): HostRangeBorder {
    const path = `${this.path}.getItem(${JSON.stringify(index)})`;
    return new HostRangeBorder(this.context, path, this.resolver, index);
  }
}

/** One edge of a range's borders: each set draws (or removes) that line on every area. */
export class HostRangeBorder extends HostObject<FillTarget> implements RangeBorderApi {
  protected readonly typeName = 'RangeBorder';
  protected readonly properties: readonly string[] = [];

  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => FillTarget | null,
    private readonly edge: BorderEdge,
  ) {
    super(context, path, resolver, false);
  }

  get style(): RangeBorderApi['style'] {
    return this.read('style') as RangeBorderApi['style'];
  }
  set style(value: RangeBorderApi['style']) {
    this.setBorder('style', value);
  }
  get weight(): RangeBorderApi['weight'] {
    return this.read('weight') as RangeBorderApi['weight'];
  }
  set weight(value: RangeBorderApi['weight']) {
    this.setBorder('weight', value);
  }
  get color(): string {
    return this.read('color') as string;
  }
  set color(value: string) {
    this.setBorder('color', value);
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }

  private setBorder(property: BorderProperty, value: unknown): void {
    this.write(property, value, ({ sheet, areas }) => {
      const api = `RangeBorder.${property}`;
      const edge = oneOf(BORDER_EDGES, this.edge);
      if (edge === null) throw invalidValue('RangeBorderCollection.getItem', this.edge);
      assertWritable(sheet, api);
      const valid =
        property === 'style'
          ? oneOf(BORDER_STYLES, value)
          : property === 'weight'
            ? oneOf(BORDER_WEIGHTS, value)
            : normalizeColor(value);
      if (valid === null) throw invalidValue(api, value);
      for (const area of areas) sheet.setBorder(area, edge, property, valid);
    });
  }
}
