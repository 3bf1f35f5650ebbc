import type { RangeRef } from '../../core/table/address';
import type {
  BorderEdge,
  CellBorderSide,
  BORDER_STYLES,
  BORDER_WEIGHTS,
  HORIZONTAL_ALIGNMENTS,
  UNDERLINE_STYLES,
  VERTICAL_ALIGNMENTS,
} from '../../excel/excelApi';

/*
 * Cell formatting other than fills, kept as layers of area records rather than per cell: a
 * writer may format a whole sheet or whole columns at once ("Times New Roman everywhere"), which
 * per-cell storage could not hold. A cell's format is the last record covering it.
 */

export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

/** A cell's font as Excel reports it (Excel's default: Calibri 11, black, plain). */
export type HostFont = {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  underline: UnderlineStyle;
  strikethrough: boolean;
};

export const DEFAULT_FONT: Readonly<HostFont> = Object.freeze({
  name: 'Calibri',
  size: 11,
  bold: false,
  italic: false,
  color: '#000000',
  underline: 'None',
  strikethrough: false,
});

export type HorizontalAlignment = (typeof HORIZONTAL_ALIGNMENTS)[number];
export type VerticalAlignment = (typeof VERTICAL_ALIGNMENTS)[number];

/** Everything but fills and borders. */
export type CellStyle = {
  font: HostFont;
  wrapText: boolean;
  horizontalAlignment: HorizontalAlignment;
  verticalAlignment: VerticalAlignment;
  /** 0–250 (ExcelApi 1.9). */
  indentLevel: number;
  /** Degrees, −90 to 90, or 180 for vertical text (ExcelApi 1.7). */
  textOrientation: number;
};

/** Excel's defaults: a sheet's default column is 8.43 characters (48 pt), a row 15 pt. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export type BorderStyle = (typeof BORDER_STYLES)[number];

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

export type BorderSide = CellBorderSide;

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
  private readonly underline = new AreaLayer<UnderlineStyle>();
  private readonly strikethrough = new AreaLayer<boolean>();
  private readonly wrapText = new AreaLayer<boolean>();
  private readonly horizontal = new AreaLayer<HorizontalAlignment>();
  private readonly vertical = new AreaLayer<VerticalAlignment>();
  private readonly indent = new AreaLayer<number>();
  private readonly orientation = new AreaLayer<number>();

  setFont<K extends keyof HostFont>(area: RangeRef, property: K, value: HostFont[K]): void {
    const layers: { [P in keyof HostFont]: AreaLayer<HostFont[P]> } = {
      name: this.fontName,
      size: this.fontSize,
      bold: this.bold,
      italic: this.italic,
      color: this.fontColor,
      underline: this.underline,
      strikethrough: this.strikethrough,
    };
    layers[property].set(area, value);
  }

  setIndentLevel(area: RangeRef, value: number): void {
    this.indent.set(area, value);
  }

  setTextOrientation(area: RangeRef, value: number): void {
    this.orientation.set(area, value);
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
        underline: this.underline.at(row, column) ?? DEFAULT_FONT.underline,
        strikethrough: this.strikethrough.at(row, column) ?? DEFAULT_FONT.strikethrough,
      },
      wrapText: this.wrapText.at(row, column) ?? false,
      horizontalAlignment: this.horizontal.at(row, column) ?? 'General',
      verticalAlignment: this.vertical.at(row, column) ?? 'Bottom',
      indentLevel: this.indent.at(row, column) ?? 0,
      textOrientation: this.orientation.at(row, column) ?? 0,
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

/** The edge of a one-cell range that draws a side of the cell. */
export const SIDE_EDGES: Record<BorderSide, BorderEdge> = {
  top: 'EdgeTop',
  bottom: 'EdgeBottom',
  left: 'EdgeLeft',
  right: 'EdgeRight',
};

const OPPOSITE: Record<BorderSide, BorderSide> = {
  top: 'bottom',
  bottom: 'top',
  left: 'right',
  right: 'left',
};

/** The row and column steps to the neighbour on a side. */
const SIDE_STEPS: Record<BorderSide, readonly [number, number]> = {
  top: [-1, 0],
  bottom: [1, 0],
  left: [0, -1],
  right: [0, 1],
};

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

  /**
   * Removes the line along one side of one cell (`setCellProperties` with style "None"): a line
   * between two cells is one line to Excel, so the neighbour's line on that side goes too.
   */
  clearSide(row: number, column: number, side: BorderSide): void {
    this.set(
      { top: row, left: column, bottom: row, right: column },
      SIDE_EDGES[side],
      'style',
      'None',
    );
    const [dr, dc] = SIDE_STEPS[side];
    const [r, c] = [row + dr, column + dc];
    if (r < 1 || c < 1) return;
    this.set({ top: r, left: c, bottom: r, right: c }, SIDE_EDGES[OPPOSITE[side]], 'style', 'None');
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
