import type { CellValue, Grid, MergeArea } from '../table/grid';
import { cleanPlainText, decodeEntities } from '../text/normalizeText';
import { htmlTokens } from './htmlTokens';

/** The sheet name of a pasted table until the user names it. */
export const PASTED_SHEET = 'Bảng dán';

/** Block elements: their starts and ends separate lines of a cell, as a browser renders them. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
]);

// Limits of the HTML standard (https://html.spec.whatwg.org/#attr-tdth-colspan).
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

type PlacedCell = {
  /** 0-based row and column in the table. */
  row: number;
  column: number;
  colspan: number;
  /** Infinity for rowspan="0": down to the end of the row group. */
  rowspan: number;
  text: string;
};

type OpenCell = { parts: string[]; placed: PlacedCell };

type TableState = {
  cells: PlacedCell[];
  /** Row group (thead/tbody/tfoot or the rows between them) of each row. */
  rowGroups: number[];
  /** The open row, -1 when none. */
  row: number;
  /** Where the next cell of the open row may start. */
  column: number;
  group: number;
  /** Cells of the current row group whose rowspan may reach rows still to come. */
  spans: PlacedCell[];
  cell: OpenCell | null;
  /** The cell of the outer table that holds this one; null for a top-level table. */
  parent: OpenCell | null;
};

/**
 * The tables of a clipboard HTML fragment (Word, Excel, browsers, e-mail), one grid per
 * top-level table, starting at A1. Tolerant as browsers are: missing `</td>` and `</tr>`, cells
 * outside rows, comments, Word's markers; `colspan`/`rowspan` give the value in the top-left
 * cell, the rest empty, and a merged area (rowspans clipped to their row group). Cell text is
 * what a browser shows: whitespace collapsed, `<br>` and block boundaries (`<p>`, `<div>`,
 * `<li>` …) as line breaks, script and style bodies dropped, entities decoded once, then
 * `cleanPlainText` (a decoded "&lt;b&gt;" is the cell's text "<b>", not a tag).
 * A table nested in a cell is not a table of its own: its cells become lines of the outer cell,
 * one line per non-empty inner cell, row by row, so no text is lost.
 */
export function parseHtmlTables(html: string, sheet: string = PASTED_SHEET): Grid[] {
  const tables: Grid[] = [];
  const stack: TableState[] = [];

  const finish = (): void => {
    const table = stack.pop();
    if (table === undefined) return;
    closeRow(table);
    const grid = toGrid(table, sheet);
    if (table.parent === null) tables.push(grid);
    else table.parent.parts.push('\n', nestedText(grid), '\n');
  };

  for (const token of htmlTokens(html)) {
    const table = stack.at(-1);
    if (token.type === 'text') {
      table?.cell?.parts.push(shownText(token.text));
      continue;
    }
    if (token.name === 'table') {
      if (token.type === 'end') {
        finish();
      } else if (table === undefined || table.cell !== null) {
        stack.push(newTable(table?.cell ?? null));
      } else {
        // A table start outside any cell closes the open table (as browsers do).
        finish();
        stack.push(newTable(table.parent));
      }
      continue;
    }
    if (table === undefined) continue;
    switch (token.name) {
      case 'td':
      case 'th':
        if (token.type === 'start') startCell(table, token.attributes);
        else closeCell(table);
        break;
      case 'tr':
        if (token.type === 'start') startRow(table);
        else closeRow(table);
        break;
      case 'thead':
      case 'tbody':
      case 'tfoot':
        closeRow(table);
        table.group++;
        table.spans = [];
        break;
      case 'caption':
      case 'colgroup':
      case 'col':
        closeRow(table);
        break;
      default:
        // "</br>" is a line break too in browsers.
        if (token.name === 'br' || BLOCK.has(token.name)) table.cell?.parts.push('\n');
    }
  }
  while (stack.length > 0) finish();
  return tables;
}

function newTable(parent: OpenCell | null): TableState {
  return { cells: [], rowGroups: [], row: -1, column: 0, group: 0, spans: [], cell: null, parent };
}

function startRow(table: TableState): void {
  closeRow(table);
  table.row = table.rowGroups.length;
  table.rowGroups.push(table.group);
  table.column = 0;
  const row = table.row;
  table.spans = table.spans.filter((span) => row < span.row + span.rowspan);
}

function closeRow(table: TableState): void {
  closeCell(table);
  table.row = -1;
}

function closeCell(table: TableState): void {
  if (table.cell === null) return;
  table.cell.placed.text = cleanPlainText(table.cell.parts.join(''));
  table.cell = null;
}

function startCell(table: TableState, attributes: ReadonlyMap<string, string>): void {
  closeCell(table);
  if (table.row === -1) startRow(table);
  const row = table.row;
  const taken = (c: number): boolean =>
    table.spans.some((s) => s.row < row && c >= s.column && c < s.column + s.colspan);
  let column = table.column;
  while (taken(column)) column++;
  // A colspan running into a rowspan from above stops short of it, so merged areas never
  // overlap (Excel refuses overlapping merges).
  const wanted = Math.min(Math.max(spanValue(attributes.get('colspan')), 1), MAX_COLSPAN);
  let colspan = 1;
  while (colspan < wanted && !taken(column + colspan)) colspan++;
  const rowspanValue = Math.min(spanValue(attributes.get('rowspan')), MAX_ROWSPAN);
  const placed: PlacedCell = {
    row,
    column,
    colspan,
    rowspan: rowspanValue === 0 ? Infinity : rowspanValue,
    text: '',
  };
  table.cells.push(placed);
  if (placed.rowspan > 1) table.spans.push(placed);
  table.column = column + colspan;
  table.cell = { parts: [], placed };
}

/** The standard's "rules for parsing non-negative integers"; 1 when absent or not a number. */
function spanValue(attribute: string | undefined): number {
  const digits = /^[\t\n\f\r ]*\+?(\d+)/.exec(attribute ?? '')?.[1];
  return digits === undefined ? 1 : Number.parseInt(digits, 10);
}

/**
 * Text of the page as a browser shows it: whitespace collapsed, entities decoded — here and only
 * here, where HTML comes in, so that a cell's "&amp;" is decoded exactly once.
 */
function shownText(text: string): string {
  return decodeEntities(text.replace(/[\t\n\f\r ]+/g, ' '));
}

function nestedText(grid: Grid): string {
  return grid.values
    .flat()
    .filter((value): value is string => typeof value === 'string')
    .join('\n');
}

function toGrid(table: TableState, sheet: string): Grid {
  const rowCount = table.rowGroups.length;
  // A rowspan stops at the last row of its row group.
  const groupEnd = new Map<number, number>();
  table.rowGroups.forEach((group, row) => groupEnd.set(group, row));
  let width = 0;
  for (const cell of table.cells) width = Math.max(width, cell.column + cell.colspan);
  const values: CellValue[][] = Array.from({ length: rowCount }, () =>
    Array.from({ length: width }, (): CellValue => null),
  );
  const merges: MergeArea[] = [];
  for (const cell of table.cells) {
    const row = values[cell.row];
    if (row !== undefined && cell.text !== '') row[cell.column] = cell.text;
    const last = groupEnd.get(table.rowGroups[cell.row] ?? -1) ?? cell.row;
    const bottom = Math.min(cell.row + cell.rowspan - 1, last);
    if (bottom > cell.row || cell.colspan > 1) {
      merges.push({
        top: cell.row + 1,
        left: cell.column + 1,
        bottom: bottom + 1,
        right: cell.column + cell.colspan,
      });
    }
  }
  return { sheet, origin: { row: 1, column: 1 }, values, merges };
}
