import type { RangeRef } from '../../core/table/address';
import type { BorderEdge } from '../../excel/excelApi';

/*
 * Cell formatting other than fills, kept as layers of area records rather than per cell: a
 * writer may format a whole sheet or whole columns at once ("Times New Roman everywhere"), which
 * per-cell storage could not hold. A cell's format is the last record covering it.
 */

/** A cell's font as Excel reports it (Excel's default: Calibri 11, black). */
export type HostFont = {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
};

export const DEFAULT_FONT: Readonly<HostFont> = Object.freeze({
  name: 'Calibri',
  size: 11,
  bold: false,
  italic: false,
  color: '#000000',
});

export const HORIZONTAL_ALIGNMENTS = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const;
export type HorizontalAlignment = (typeof HORIZONTAL_ALIGNMENTS)[number];

export const VERTICAL_ALIGNMENTS = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;
export type VerticalAlignment = (typeof VERTICAL_ALIGNMENTS)[number];

/** Everything but fills and borders. */
export type CellStyle = {
  font: HostFont;
  wrapText: boolean;
  horizontalAlignment: HorizontalAlignment;
  verticalAlignment: VerticalAlignment;
};

/** Excel's defaults: a sheet's default column is 8.43 characters (48 pt), a row 15 pt. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export const BORDER_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
] as const;
export type BorderStyle = (typeof BORDER_STYLES)[number];

export const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;
export type BorderWeight = (typeof BORDER_WEIGHTS)[number];

export const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const satisfies readonly BorderEdge[];

/** A line along one side of a cell. */
export type HostBorder = {
  style: Exclude<BorderStyle, 'None'>;
  weight: BorderWeight;
  color: string;
};

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

/** The lines drawn along a cell's sides; null where there is none. */
export type CellBorders = Record<BorderSide, HostBorder | null>;

export type BorderProperty = 'style' | 'weight' | 'color';

function inside(area: RangeRef, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}

function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

/** Values set on areas, the latest winning; a record hidden by a later one is dropped. */
export class AreaLayer<V> {
  private records: { area: RangeRef; value: V }[] = [];

  set(area: RangeRef, value: V): void {
    this.records = this.records.filter((record) => !contains(area, record.area));
    this.records.push({ area: { ...area }, value });
  }

  at(row: number, column: number): V | undefined {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i];
      if (record && inside(record.area, row, column)) return record.value;
    }
    return undefined;
  }
}

/** Font, wrapping and alignment of a sheet's cells. */
export class SheetStyles {
  private readonly fontName = new AreaLayer<string>();
  private readonly fontSize = new AreaLayer<number>();
  private readonly bold = new AreaLayer<boolean>();
  private readonly italic = new AreaLayer<boolean>();
  private readonly fontColor = new AreaLayer<string>();
  private readonly wrapText = new AreaLayer<boolean>();
  private readonly horizontal = new AreaLayer<HorizontalAlignment>();
  private readonly vertical = new AreaLayer<VerticalAlignment>();

  setFont<K extends keyof HostFont>(area: RangeRef, property: K, value: HostFont[K]): void {
    const layers: { [P in keyof HostFont]: AreaLayer<HostFont[P]> } = {
      name: this.fontName,
      size: this.fontSize,
      bold: this.bold,
      italic: this.italic,
      color: this.fontColor,
    };
    layers[property].set(area, value);
  }

  setWrapText(area: RangeRef, value: boolean): void {
    this.wrapText.set(area, value);
  }

  setHorizontalAlignment(area: RangeRef, value: HorizontalAlignment): void {
    this.horizontal.set(area, value);
  }

  setVerticalAlignment(area: RangeRef, value: VerticalAlignment): void {
    this.vertical.set(area, value);
  }

  at(row: number, column: number): CellStyle {
    return {
      font: {
        name: this.fontName.at(row, column) ?? DEFAULT_FONT.name,
        size: this.fontSize.at(row, column) ?? DEFAULT_FONT.size,
        bold: this.bold.at(row, column) ?? DEFAULT_FONT.bold,
        italic: this.italic.at(row, column) ?? DEFAULT_FONT.italic,
        color: this.fontColor.at(row, column) ?? DEFAULT_FONT.color,
      },
      wrapText: this.wrapText.at(row, column) ?? false,
      horizontalAlignment: this.horizontal.at(row, column) ?? 'General',
      verticalAlignment: this.vertical.at(row, column) ?? 'Bottom',
    };
  }
}

/** The cells whose `side` an edge of `area` draws (InsideHorizontal: both sides of each line). */
function edgeCells(area: RangeRef, edge: BorderEdge): { side: BorderSide; cells: RangeRef }[] {
  const { top, left, bottom, right } = area;
  switch (edge) {
    case 'EdgeTop':
      return [{ side: 'top', cells: { top, left, bottom: top, right } }];
    case 'EdgeBottom':
      return [{ side: 'bottom', cells: { top: bottom, left, bottom, right } }];
    case 'EdgeLeft':
      return [{ side: 'left', cells: { top, left, bottom, right: left } }];
    case 'EdgeRight':
      return [{ side: 'right', cells: { top, left: right, bottom, right } }];
    case 'InsideHorizontal':
      return bottom === top
        ? []
        : [
            { side: 'bottom', cells: { top, left, bottom: bottom - 1, right } },
            { side: 'top', cells: { top: top + 1, left, bottom, right } },
          ];
    case 'InsideVertical':
      return right === left
        ? []
        : [
            { side: 'right', cells: { top, left, bottom, right: right - 1 } },
            { side: 'left', cells: { top, left: left + 1, bottom, right } },
          ];
  }
}

type BorderRecord = { side: BorderSide; cells: RangeRef; property: BorderProperty; value: string };

/**
 * One property set on a line, as Excel does it: style "None" removes the line; any other style,
 * a weight or a colour on a side without a line draws one (continuous, thin, black, then the
 * value).
 */
function applyBorder(
  line: HostBorder | null,
  property: BorderProperty,
  value: string,
): HostBorder | null {
  if (property === 'style' && value === 'None') return null;
  const base: HostBorder = line ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
  switch (property) {
    case 'style':
      return { ...base, style: value as HostBorder['style'] };
    case 'weight':
      return { ...base, weight: value as BorderWeight };
    case 'color':
      return { ...base, color: value };
  }
}

/** The borders of a sheet's cells: each set kept as a record on the sides it draws. */
export class SheetBorders {
  private records: BorderRecord[] = [];

  set(area: RangeRef, edge: BorderEdge, property: BorderProperty, value: string): void {
    for (const { side, cells } of edgeCells(area, edge)) {
      // A later set of the same property over the same cells makes an earlier one irrelevant.
      this.records = this.records.filter(
        (record) =>
          record.side !== side || record.property !== property || !contains(cells, record.cells),
      );
      this.records.push({ side, cells, property, value });
    }
  }

  /** The line a cell's own format puts on one side. */
  own(row: number, column: number, side: BorderSide): HostBorder | null {
    let line: HostBorder | null = null;
    for (const record of this.records) {
      if (record.side === side && inside(record.cells, row, column)) {
        line = applyBorder(line, record.property, record.value);
      }
    }
    return line;
  }

  /**
   * The lines drawn along a cell's sides: its own, else its neighbour's on that side (a bottom
   * border on B3 is the line a person sees above B4).
   */
  at(row: number, column: number): CellBorders {
    return {
      top: this.own(row, column, 'top') ?? (row > 1 ? this.own(row - 1, column, 'bottom') : null),
      bottom: this.own(row, column, 'bottom') ?? this.own(row + 1, column, 'top'),
      left:
        this.own(row, column, 'left') ?? (column > 1 ? this.own(row, column - 1, 'right') : null),
      right: this.own(row, column, 'right') ?? this.own(row, column + 1, 'left'),
    };
  }
}
