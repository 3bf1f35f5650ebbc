import fc from 'fast-check';
import { detectHeader } from '../../src/core/table/detectHeader';
import { findReportDate } from '../../src/core/table/findReportDate';
import { cellText, gridSchema } from '../../src/core/table/grid';
import type { TaskTable } from '../../src/core/table/model';
import { taskTableSchema } from '../../src/core/table/model';
import { readTaskTable } from '../../src/core/table/readTaskTable';
import {
  isColumnNumbering,
  isHeaderRepeat,
  isSeparatorText,
} from '../../src/core/table/skippedRows';
import { cleanLine } from '../../src/core/text/normalizeText';
import { anyGrid, anyText, HEADER, reportDate, taskGrid } from './arbitraries';

/** Every text a TaskTable keeps, one line each, for "is this cell's text still there?". */
function keptTexts(table: TaskTable): string {
  const texts: (string | null)[] = [...table.titles, ...Object.values(table.headers)];
  for (const h of [...table.sections, ...table.groups]) {
    texts.push(h.label, h.title, ...(h.extra ?? []).map((e) => e.text));
  }
  for (const total of table.totals ?? []) texts.push(...total.cells.map((e) => e.text));
  for (const t of table.tasks) {
    texts.push(t.stt, t.task, t.directive, t.leadText, t.partnersText, t.deadlineText);
    texts.push(t.result, t.statusText, t.note, ...t.extra.map((e) => e.text));
  }
  // Kept texts are cleaned already (and cleaning is idempotent): one line each is enough.
  return texts.map((t) => (t ?? '').replace(/\n/g, ' ')).join('\n');
}

/**
 * The rows the reader skips by design, judged as it judges them (src/core/table/skippedRows.ts):
 * separators ("-----"), the header repeated at a page break, column numbering ("1 | 2 | 3").
 * Their cells say nothing the table does not already hold.
 */
function isSkippedByDesign(row: readonly string[]): boolean {
  const texts = row.filter((t) => t !== '');
  if (texts.every(isSeparatorText)) return true;
  if (isColumnNumbering(texts)) return true;
  return isHeaderRepeat(
    row.flatMap((text, c) => (text === '' ? [] : [{ text, header: HEADER[c] ?? '' }])),
  );
}

describe('the table reader never throws', () => {
  it('on any grid, with or without a header, and fits the model when it reads one', () => {
    fc.assert(
      fc.property(fc.oneof(anyGrid, taskGrid), reportDate, (grid, asOf) => {
        detectHeader(grid);
        const result = readTaskTable(grid, { reportDate: asOf });
        if (result.success) expect(taskTableSchema.safeParse(result.data).success).toBe(true);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('findReportDate on any title lines gives an ISO day or null', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), (titles) => {
        const date = findReportDate(titles);
        if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the table reader never loses a non-empty cell’s text', () => {
  it('every text cell below the header is in the table: task, extra, heading, title', () => {
    fc.assert(
      fc.property(taskGrid, (grid) => {
        const result = readTaskTable(grid);
        if (!result.success) return;
        const kept = keptTexts(result.data);
        const headerAt = result.data.headerRow - grid.origin.row;
        const headingRows = new Set(
          [...result.data.sections, ...result.data.groups].map((h) => h.row - grid.origin.row),
        );
        grid.values.forEach((row, r) => {
          if (r === headerAt) return;
          const texts = row.map((v) => (typeof v === 'string' ? cleanLine(v) : ''));
          if (r > headerAt && isSkippedByDesign(texts)) return;
          // Only text cells: a number in the deadline column is read as the date it counts to.
          texts.forEach((text, c) => {
            if (text === '') return;
            // Row labels are kept without their punctuation: "2." is task 2, "II:" group II. A
            // heading cell "B.Quý I/2024" is split into label "B" and title "Quý I/2024", kept
            // side by side: compared without spaces and label punctuation.
            if (headingRows.has(r)) {
              const squash = (t: string): string => t.replace(/[\s.:]/gu, '');
              expect(squash(kept)).toContain(squash(text));
            } else expect(kept).toContain(c === 0 ? text.replace(/^(.*?)[.:]+$/u, '$1') : text);
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('grids stay well formed', () => {
  it('every grid the generators make fits the grid schema', () => {
    fc.assert(
      fc.property(taskGrid, (grid) => {
        expect(gridSchema.safeParse(grid).success).toBe(true);
        expect(grid.values.flat().every((v) => typeof cellText(v) === 'string')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
