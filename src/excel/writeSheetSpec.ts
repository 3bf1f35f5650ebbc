import type { SheetSpec, SpecChart } from '../core/summary/sheetSpec';
import { SHEET_FONT, sheetRowOf } from '../core/summary/sheetSpec';
import { cellAddress, columnLetter } from '../core/table/address';
import { AppError } from './errors';
import type { BorderEdge, WritableRangeApi, WritableWorksheetApi } from './excelApi';
import type { SheetBlock } from './sheetBlock';
import { columnWidthPoints, sheetBlock } from './sheetBlock';
import { packBySize, utf8Bytes, WRITE_BUDGET } from './syncBudget';

/**
 * One sheet's writing as a list of operations, each queued on the sheet's proxy with an estimate
 * of the request bytes it adds, so the writer can pack them into syncs (and count those before it
 * starts). Whatever the row count, a sheet takes the same operations: the values and number
 * formats go as one block each, borders and alignment over whole ranges; only group and total
 * rows (one per agency) are styled one by one. A block too large for one request is cut into row
 * chunks.
 */

export type SheetOperation = {
  /** Estimated request bytes. */
  bytes: number;
  queue(sheet: WritableWorksheetApi): void;
};

/** What the host supports beyond SUMMARY_MINIMUM. */
export type SheetWriteFeatures = { pageLayout: boolean };

/**
 * Estimated request bytes of one action besides its arguments: the object path (the in-memory
 * host repeats it in every action; Office.js sends it once) and the envelope.
 */
export const ACTION_BYTES = 300;

/**
 * The largest row chunk of a block: the budget less room for the small operations queued
 * before it, so that a chunk shares its sync with them rather than taking one more.
 */
export const CHUNK_BYTES = WRITE_BUDGET - 64 * 1024;

/** The tab colour that tells generated sheets apart (a muted blue). */
export const GENERATED_TAB_COLOR = '#5B7DB1';

/** The header's fill, as in the reports (light grey). */
export const HEADER_FILL = '#D9D9D9';

const TABLE_EDGES: readonly BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

/** The operations that write `spec` on a new, blank sheet. */
export function sheetOperations(
  spec: SheetSpec,
  features: SheetWriteFeatures,
  chunkBytes = CHUNK_BYTES,
): SheetOperation[] {
  const block = sheetBlock(spec);
  const { width, headerRow, lastRow } = block;
  const lastColumn = columnLetter(width);
  const rows = (top: number, bottom: number): string => `A${top}:${lastColumn}${bottom}`;
  const operations: SheetOperation[] = [];
  const add = (actions: number, queue: (sheet: WritableWorksheetApi) => void): void => {
    operations.push({ bytes: actions * ACTION_BYTES, queue });
  };

  add(2, (sheet) => {
    const { font } = sheet.getRange(rows(1, lastRow)).format;
    font.name = SHEET_FONT.name;
    font.size = SHEET_FONT.size;
  });
  operations.push(
    ...blockWrites(block.values, width, chunkBytes, (range, values) => {
      range.values = values;
    }),
    ...blockWrites(block.numberFormats, width, chunkBytes, (range, formats) => {
      range.numberFormat = formats;
    }),
  );

  add(4, (sheet) => {
    const title = sheet.getRange(rows(1, 1));
    if (width > 1) title.merge();
    title.format.font.bold = true;
    title.format.font.size = SHEET_FONT.titleSize;
    title.format.horizontalAlignment = 'Center';
  });
  if (spec.titles.length > 1 && width > 1) {
    add(1, (sheet) => {
      sheet.getRange(rows(2, spec.titles.length)).merge(true);
    });
  }

  const single = lastRow === headerRow;
  const edges: BorderEdge[] = [
    ...TABLE_EDGES,
    ...(width > 1 ? (['InsideVertical'] as const) : []),
    ...(single ? [] : (['InsideHorizontal'] as const)),
  ];
  add(2 * edges.length + 2, (sheet) => {
    const table = sheet.getRange(rows(headerRow, lastRow));
    for (const edge of edges) {
      const border = table.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
    table.format.wrapText = true;
    table.format.verticalAlignment = 'Top';
  });
  add(4, (sheet) => {
    const header = sheet.getRange(rows(headerRow, headerRow));
    header.format.font.bold = true;
    header.format.horizontalAlignment = 'Center';
    header.format.verticalAlignment = 'Center';
    header.format.fill.color = HEADER_FILL;
  });

  spec.columns.forEach((column, c) => {
    const letter = columnLetter(c + 1);
    if (!single) {
      add(1, (sheet) => {
        sheet.getRange(`${letter}${headerRow + 1}:${letter}${lastRow}`).format.horizontalAlignment =
          ALIGNMENTS[column.align];
      });
    }
    // Setting a cell's width sets its column's.
    add(1, (sheet) => {
      sheet.getRange(cellAddress(headerRow, c + 1)).format.columnWidth = columnWidthPoints(
        column.width,
      );
    });
    if (column.hidden === true) {
      add(1, (sheet) => {
        sheet.getRange(`${letter}:${letter}`).columnHidden = true;
      });
    }
  });

  spec.rows.forEach((row, index) => {
    if (row.style === 'task') return;
    const r = sheetRowOf(spec, index);
    const mergeFrom = row.style === 'group' ? row.mergeFrom : undefined;
    const merges = mergeFrom !== undefined && mergeFrom < width - 1;
    add(merges ? 2 : 1, (sheet) => {
      sheet.getRange(rows(r, r)).format.font.bold = true;
      if (merges) sheet.getRange(`${columnLetter(mergeFrom + 1)}${r}:${lastColumn}${r}`).merge();
    });
  });

  add(2, (sheet) => {
    sheet.freezePanes.freezeRows(headerRow);
    sheet.tabColor = GENERATED_TAB_COLOR;
  });
  if (features.pageLayout) {
    add(5, (sheet) => {
      const { pageLayout } = sheet;
      pageLayout.orientation = 'Landscape';
      pageLayout.paperSize = 'A4';
      // One page wide, as many tall as needed: 0 is "automatic", as fitToHeight="0" in the file.
      pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pageLayout.centerHorizontally = true;
      pageLayout.setPrintTitleRows(`$${headerRow}:$${headerRow}`);
    });
  }
  if (spec.chart) operations.push(chartOperation(spec, spec.chart, block));
  return operations;
}

const ALIGNMENTS = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Writes of one property of the block: one, or row chunks of at most `chunkBytes` each. */
function blockWrites<T>(
  cells: readonly T[][],
  width: number,
  chunkBytes: number,
  put: (range: WritableRangeApi, rows: T[][]) => void,
): SheetOperation[] {
  // Each row travels as its JSON and a comma.
  const sizes = cells.map((row) => utf8Bytes(JSON.stringify(row)) + 1);
  const lastColumn = columnLetter(width);
  return packBySize(sizes, chunkBytes - ACTION_BYTES).map(({ start, end }) => ({
    bytes: sizes.slice(start, end).reduce((sum, size) => sum + size, ACTION_BYTES),
    queue: (sheet) => {
      put(sheet.getRange(`A${start + 1}:${lastColumn}${end}`), cells.slice(start, end));
    },
  }));
}

/** Rows of chart for each category, at least a readable minimum. */
function chartHeightRows(categories: number): number {
  return Math.max(15, Math.ceil(categories * 1.5) + 6);
}

/**
 * Stacked bars of the series columns by category, below the table. The source starts at the
 * header when the span starts at the first row, so the series take the header's names.
 */
function chartOperation(spec: SheetSpec, chart: SpecChart, block: SheetBlock): SheetOperation {
  const { categoryColumn, seriesColumns, rows, title } = chart;
  const first = seriesColumns[0] ?? 0;
  const last = seriesColumns[seriesColumns.length - 1] ?? first;
  const contiguous = seriesColumns.every((column, i) => column === first + i);
  const columns = [categoryColumn, ...seriesColumns];
  if (
    !contiguous ||
    columns.some((column) => column >= block.width) ||
    rows.from > rows.to ||
    rows.to >= spec.rows.length
  ) {
    throw new AppError('invalid_argument', `sheet "${spec.name}": chart outside the table`);
  }
  const top = rows.from === 0 ? block.headerRow : sheetRowOf(spec, rows.from);
  const firstRow = sheetRowOf(spec, rows.from);
  const bottom = sheetRowOf(spec, rows.to);
  const category = columnLetter(categoryColumn + 1);
  const anchor = block.lastRow + 2;
  const end = anchor + chartHeightRows(rows.to - rows.from + 1);
  return {
    bytes: 8 * ACTION_BYTES + utf8Bytes(title),
    queue: (sheet) => {
      const source = sheet.getRange(
        `${columnLetter(first + 1)}${top}:${columnLetter(last + 1)}${bottom}`,
      );
      const added = sheet.charts.add('BarStacked', source, 'Columns');
      added.axes.categoryAxis.setCategoryNames(
        sheet.getRange(`${category}${firstRow}:${category}${bottom}`),
      );
      // Bar charts draw the first category at the bottom; the agency most behind goes on top.
      added.axes.categoryAxis.reversePlotOrder = true;
      added.title.text = title;
      added.legend.position = 'Bottom';
      added.legend.visible = true;
      added.setPosition(`A${anchor}`, `${columnLetter(block.width)}${end}`);
    },
  };
}
