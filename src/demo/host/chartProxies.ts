import type { ChartApi, ChartCollectionApi, ChartKind, RangeApi } from '../../excel/excelApi';
import { formatAddress, formatArea, parseArea } from './a1';
import { invalidValue, oneOf } from './hostError';
import { HostObject } from './hostObject';
import type { HostRequestContext } from './requestContext';
import type { SheetChart } from './sheetSetup';
import { CHART_KINDS, LEGEND_POSITIONS, SERIES_BY } from './sheetSetup';
import type { ChartTarget, RangeTarget } from './targets';
import type { InMemorySheet } from './workbook';

/*
 * `worksheet.charts` (ExcelApi 1.1): charts are recorded, not drawn. A chart proxy from `add`
 * works in the same batch: its sets queue after the add and apply in order.
 */

/** A range argument (chart data, category names) as Excel receives it: a reference. */
function rangeArgument(range: RangeApi): { path: string | null } {
  const proxy: unknown = range;
  return { path: proxy instanceof HostObject ? proxy.path : null };
}

/** The cells a range argument stands for, at sync. */
function rangeTarget(range: RangeApi, api: string): RangeTarget {
  const proxy: unknown = range;
  const target: unknown = proxy instanceof HostObject ? proxy.resolve() : null;
  if (typeof target === 'object' && target !== null && 'sheet' in target && 'area' in target) {
    return target as RangeTarget;
  }
  throw invalidValue(api, rangeArgument(range));
}

export class HostChartCollection extends HostObject<InMemorySheet> implements ChartCollectionApi {
  protected readonly typeName = 'ChartCollection';
  protected readonly properties: readonly string[] = [];

  constructor(context: HostRequestContext, path: string, resolver: () => InMemorySheet | null) {
    super(context, path, resolver, false);
  }

  add(type: ChartKind, sourceData: RangeApi, seriesBy?: 'Auto' | 'Columns' | 'Rows'): HostChart {
    let created: ChartTarget | null = null;
    const args: unknown[] = [type, rangeArgument(sourceData)];
    if (seriesBy !== undefined) args.push(seriesBy);
    this.context.enqueue({
      json: { action: 'method', path: this.path, method: 'add', args },
      execute: () => {
        const sheet = this.resolve();
        if (sheet === null) return { response: null };
        const kind = oneOf(CHART_KINDS, type);
        const by = oneOf(SERIES_BY, seriesBy ?? 'Auto');
        if (kind === null) throw invalidValue('ChartCollection.add', type);
        if (by === null) throw invalidValue('ChartCollection.add', seriesBy);
        const source = rangeTarget(sourceData, 'ChartCollection.add');
        const chart: SheetChart = {
          name: `Chart ${sheet.charts.length + 1}`,
          type: kind,
          source: formatAddress(source.sheet.name, source.area),
          seriesBy: by,
          title: null,
          legend: { position: 'Right', visible: true },
          categories: null,
          reversedCategories: false,
          position: null,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
        return { response: null };
      },
    });
    const path = `${this.path}.add(${JSON.stringify(type)})`;
    return new HostChart(this.context, path, () => created);
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }
}

/** A proxy on a chart; getters give back what the proxy set (tests read the model). */
abstract class ChartPart extends HostObject<ChartTarget> {
  protected readonly properties: readonly string[] = [];

  constructor(context: HostRequestContext, path: string, resolver: () => ChartTarget | null) {
    super(context, path, resolver, false);
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }
}

export class HostChart extends ChartPart implements ChartApi {
  protected readonly typeName = 'Chart';
  readonly title: HostChartTitle;
  readonly legend: HostChartLegend;
  readonly axes: { readonly categoryAxis: HostChartAxis };

  constructor(context: HostRequestContext, path: string, resolver: () => ChartTarget | null) {
    super(context, path, resolver);
    const target = (): ChartTarget | null => this.resolve();
    this.title = new HostChartTitle(context, `${path}.title`, target);
    this.legend = new HostChartLegend(context, `${path}.legend`, target);
    this.axes = { categoryAxis: new HostChartAxis(context, `${path}.axes.categoryAxis`, target) };
  }

  get name(): string {
    return this.read('name') as string;
  }
  set name(value: string) {
    this.write('name', value, ({ chart }) => {
      if (typeof value !== 'string' || value.trim() === '') throw invalidValue('Chart.name', value);
      chart.name = value;
    });
  }

  /** Places the chart over `startCell` … `endCell` (local addresses, "F2", "M20"). */
  setPosition(startCell: string, endCell?: string): void {
    const args = endCell === undefined ? [startCell] : [startCell, endCell];
    this.call('setPosition', args, ({ chart }) => {
      const start = parseArea(startCell);
      const end = endCell === undefined ? null : parseArea(endCell);
      if (!start) throw invalidValue('Chart.setPosition', startCell);
      if (endCell !== undefined && !end) throw invalidValue('Chart.setPosition', endCell);
      chart.position = { start: formatArea(start), end: end && formatArea(end) };
    });
  }
}

export class HostChartTitle extends ChartPart {
  protected readonly typeName = 'ChartTitle';

  get text(): string {
    return this.read('text') as string;
  }
  set text(value: string) {
    this.write('text', value, ({ chart }) => {
      if (typeof value !== 'string') throw invalidValue('ChartTitle.text', value);
      chart.title = value;
    });
  }
}

export class HostChartLegend extends ChartPart {
  protected readonly typeName = 'ChartLegend';

  get position(): ChartApi['legend']['position'] {
    return this.read('position') as ChartApi['legend']['position'];
  }
  set position(value: ChartApi['legend']['position']) {
    this.write('position', value, ({ chart }) => {
      const position = oneOf(LEGEND_POSITIONS, value);
      if (position === null) throw invalidValue('ChartLegend.position', value);
      chart.legend.position = position;
    });
  }

  get visible(): boolean {
    return this.read('visible') as boolean;
  }
  set visible(value: boolean) {
    this.write('visible', value, ({ chart }) => {
      if (typeof value !== 'boolean') throw invalidValue('ChartLegend.visible', value);
      chart.legend.visible = value;
    });
  }
}

export class HostChartAxis extends ChartPart {
  protected readonly typeName = 'ChartAxis';

  /** [ExcelApi 1.7] Whether the categories are drawn in reverse order (the first on top in a bar chart). */
  get reversePlotOrder(): boolean {
    return this.read('reversePlotOrder') as boolean;
  }
  set reversePlotOrder(value: boolean) {
    this.write('reversePlotOrder', value, ({ chart }) => {
      this.context.requireApi('1.7', 'ChartAxis.reversePlotOrder');
      if (typeof value !== 'boolean') throw invalidValue('ChartAxis.reversePlotOrder', value);
      chart.reversedCategories = value;
    });
  }

  /** [ExcelApi 1.7] Names the categories after a range's cells. */
  setCategoryNames(sourceData: RangeApi): void {
    this.call('setCategoryNames', [rangeArgument(sourceData)], ({ chart }) => {
      this.context.requireApi('1.7', 'ChartAxis.setCategoryNames');
      const { sheet, area } = rangeTarget(sourceData, 'ChartAxis.setCategoryNames');
      chart.categories = formatAddress(sheet.name, area);
    });
  }
}
