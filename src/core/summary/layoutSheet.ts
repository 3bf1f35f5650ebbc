import type { SheetSpec, SpecCell } from './sheetSpec';
import { NUMBER_FORMATS } from './sheetSpec';

/**
 * A spec laid out as cells from row 1, as every writer and reader of a spec sees it: the title
 * lines (text in the first column), a blank row, the header, the rows; each row cell with its
 * column's number format, the lines above the table "General". `cellOf` says how a spec cell is
 * stored (Excel's typed text, a read-back grid value); `empty` fills the rest of each line.
 */
export function layoutSheet<T>(
  spec: SheetSpec,
  cellOf: (cell: SpecCell) => T,
  empty: T,
): { values: T[][]; numberFormats: string[][] } {
  const width = spec.columns.length;
  const line = (first: SpecCell): T[] => [
    cellOf(first),
    ...Array.from({ length: width - 1 }, () => empty),
  ];
  const general = (): string[] => Array.from({ length: width }, () => 'General');
  const columnFormats = spec.columns.map((column) => NUMBER_FORMATS[column.kind]);
  const values: T[][] = [
    ...spec.titles.map(line),
    line(null),
    spec.columns.map((column) => cellOf(column.header)),
  ];
  const numberFormats = values.map(general);
  for (const row of spec.rows) {
    values.push(spec.columns.map((_, c) => cellOf(row.cells[c] ?? null)));
    numberFormats.push([...columnFormats]);
  }
  return { values, numberFormats };
}
