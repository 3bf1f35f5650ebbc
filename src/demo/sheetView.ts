import type { RangeRef } from '../core/table/address';
import { cellAddress, columnLetter } from '../core/table/address';
import type { HorizontalAlignment, HostFill, InMemorySheet } from './host';
import { DEFAULT_COLUMN_WIDTH } from './host';
import { displayText } from './displayText';

/** Rows drawn at once: past this the grid shows a window around the active cell. */
export const MAX_ROWS_SHOWN = 500;

/** One cell as the grid draws it. */
export type CellView = {
  row: number;
  column: number;
  /** "B3" (no sheet name). */
  address: string;
  /** The text as Excel shows it. */
  text: string;
  /** The solid fill's colour ("#RRGGBB"); null without a solid fill. */
  fill: string | null;
  /** The colour painted behind the text (any pattern, tint applied); null for none. */
  background: string | null;
  bold: boolean;
  italic: boolean;
  /** The font colour, null for Excel's automatic black. */
  color: string | null;
  wrap: boolean;
  align: 'left' | 'center' | 'right' | null;
  /** Inside the selection. */
  selected: boolean;
  /** The active cell. */
  active: boolean;
  /** The rows and (visible) columns a merged area spans; 1 and 1 otherwise. */
  rowSpan: number;
  colSpan: number;
};

export type ColumnView = {
  column: number;
  letter: string;
  /** The column's width in CSS pixels when the sheet sets one; null for the default width. */
  width: number | null;
};

export type SheetView = {
  name: string;
  columns: ColumnView[];
  rows: { row: number; cells: CellView[] }[];
  /** Rows of the used range in all, and the first and last drawn. */
  totalRows: number;
  firstRow: number;
  lastRow: number;
  /** No value nor format anywhere on the sheet. */
  empty: boolean;
};

/**
 * The part of a sheet the grid draws: its used range (A1 on a blank sheet), at most
 * `maxRows` rows of it, around the active cell; hidden columns left out; merged areas as one
 * cell spanning the rest, clipped to the rows drawn.
 */
export function sheetView(sheet: InMemorySheet, maxRows = MAX_ROWS_SHOWN): SheetView {
  const used = sheet.usedArea(false);
  const area = used ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const { activeCell, areas } = sheet.selection;
  const totalRows = area.bottom - area.top + 1;
  const firstRow =
    totalRows <= maxRows
      ? area.top
      : clamp(activeCell.row - Math.floor(maxRows / 5), area.top, area.bottom - maxRows + 1);
  const lastRow = Math.min(area.bottom, firstRow + maxRows - 1);
  const shown: RangeRef = { top: firstRow, left: area.left, bottom: lastRow, right: area.right };

  const visible: number[] = [];
  for (let column = area.left; column <= area.right; column++) {
    if (!sheet.hiddenColumns.has(column)) visible.push(column);
  }
  const spans = mergeSpans(sheet.merges, shown, visible);
  const isSelected = (row: number, column: number) =>
    areas.some((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right);

  const rows: SheetView['rows'] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const cells: CellView[] = [];
    for (const column of visible) {
      const span = spans.get(cellAddress(row, column));
      if (span === null) continue;
      const cell = sheet.cell(row, column);
      const fill = fillColor(cell.fill);
      cells.push({
        row,
        column,
        address: cellAddress(row, column),
        text: displayText(cell.value, cell.numberFormat),
        fill: cell.fill.pattern === 'Solid' ? cell.fill.color : null,
        background: fill,
        bold: cell.font.bold,
        italic: cell.font.italic,
        color: cell.font.color === '#000000' ? null : cell.font.color,
        wrap: cell.wrapText,
        // Excel's General alignment: numbers to the right, text to the left.
        align:
          alignOf(cell.horizontalAlignment) ?? (typeof cell.value === 'number' ? 'right' : null),
        selected: isSelected(row, column),
        active: row === activeCell.row && column === activeCell.column,
        rowSpan: span?.rows ?? 1,
        colSpan: span?.columns ?? 1,
      });
    }
    rows.push({ row, cells });
  }

  return {
    name: sheet.name,
    columns: visible.map((column) => {
      const points = sheet.columnWidth(column);
      return {
        column,
        letter: columnLetter(column),
        width: points === DEFAULT_COLUMN_WIDTH ? null : Math.round((points * 4) / 3),
      };
    }),
    rows,
    totalRows,
    firstRow,
    lastRow,
    empty: used === null,
  };
}

/**
 * Merged areas clipped to the drawn rows and visible columns: by address, the span of the cell
 * that shows the area (its first drawn cell), or null for a cell the area covers.
 */
function mergeSpans(
  merges: readonly RangeRef[],
  shown: RangeRef,
  visible: readonly number[],
): Map<string, { rows: number; columns: number } | null> {
  const spans = new Map<string, { rows: number; columns: number } | null>();
  for (const merge of merges) {
    const top = Math.max(merge.top, shown.top);
    const bottom = Math.min(merge.bottom, shown.bottom);
    const columns = visible.filter((c) => c >= merge.left && c <= merge.right);
    const first = columns[0];
    if (top > bottom || first === undefined) continue;
    for (let row = top; row <= bottom; row++) {
      for (const column of columns) spans.set(cellAddress(row, column), null);
    }
    spans.set(cellAddress(top, first), { rows: bottom - top + 1, columns: columns.length });
  }
  return spans;
}

/** The colour a fill paints, Excel's tint applied (towards white above 0, black below). */
export function fillColor(fill: HostFill): string | null {
  if (fill.pattern === 'None') return null;
  const tint = fill.tintAndShade;
  if (tint === 0) return fill.color;
  const channels = [1, 3, 5].map((i) => parseInt(fill.color.slice(i, i + 2), 16));
  const tinted = channels.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint));
  return `#${tinted.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

function alignOf(alignment: HorizontalAlignment): CellView['align'] {
  switch (alignment) {
    case 'General':
      return null;
    case 'Left':
    case 'Fill':
    case 'Justify':
      return 'left';
    case 'Center':
    case 'CenterAcrossSelection':
    case 'Distributed':
      return 'center';
    case 'Right':
      return 'right';
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
