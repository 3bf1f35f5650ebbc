import type { Grid } from './grid';
import { parseDelimited } from '../text/parseDelimited';

/** A CSV file or a pasted TSV as a grid of text cells starting at A1. */
export function delimitedToGrid(text: string, sheet: string, delimiter?: string): Grid {
  const rows = delimiter === undefined ? parseDelimited(text) : parseDelimited(text, delimiter);
  return {
    sheet,
    origin: { row: 1, column: 1 },
    values: rows.map((row) => row.map((field) => (field === '' ? null : field))),
    merges: [],
  };
}
