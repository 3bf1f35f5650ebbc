import type { Grid } from '../table/grid';
import { delimitedToGrid } from '../table/delimitedToGrid';
import { PASTED_SHEET, parseHtmlTables } from './parseHtmlTables';
import { filledCellCount, trimGrid } from './trimGrid';

/** What the clipboard holds, as the paste event gives it (`text/html`, `text/plain`). */
export type ClipboardData = { html?: string | null; text?: string | null };

export type PastedTable = { grid: Grid; source: 'html' | 'text' };

/**
 * The table the user pasted: the HTML table with the most filled cells when the HTML holds one
 * (it keeps merged cells and line breaks that the plain text loses), else the plain text read as
 * the tab-separated text Excel, Word and browsers put on the clipboard. Trailing blank rows and
 * columns are trimmed; null when neither gives a filled cell.
 */
export function readClipboard(
  data: ClipboardData,
  sheet: string = PASTED_SHEET,
): PastedTable | null {
  let best: Grid | null = null;
  let bestCount = 0;
  for (const grid of parseHtmlTables(data.html ?? '', sheet)) {
    const count = filledCellCount(grid);
    if (count > bestCount) {
      best = grid;
      bestCount = count;
    }
  }
  if (best !== null) return { grid: trimGrid(best), source: 'html' };
  const text = trimGrid(delimitedToGrid(data.text ?? '', sheet, '\t'));
  return filledCellCount(text) > 0 ? { grid: text, source: 'text' } : null;
}
