import type { HighlightKind, HighlightPlan } from '../../src/core/highlight/planHighlights';
import { HIGHLIGHT_FILLS } from '../../src/core/highlight/planHighlights';
import { columnLetter } from '../../src/core/table/address';
import type { CellValue } from '../../src/core/table/grid';
import type {
  CellSnapshot,
  HostFill,
  InMemoryExcel,
  InMemoryExcelOptions,
  InMemorySheet,
  InMemoryWorkbook,
} from '../../src/demo/host';
import { createInMemoryExcel, NO_FILL, workbookFromGrids } from '../../src/demo/host';
import { AppError } from '../../src/excel/errors';
import { applyHighlights, clearHighlights, hasHighlights } from '../../src/excel/highlight';
import { MEMORY_BUDGET, MEMORY_KEY } from '../../src/excel/highlightMemory';
import { checkRequirements } from '../../src/excel/requirements';

const SHEET = 'Nhiệm vụ';
const COLUMNS = 6;
const KINDS: readonly HighlightKind[] = ['overdue', 'due-soon', 'unparsed'];

/** A solid fill as a highlight leaves it. */
function solid(color: string): HostFill {
  return { ...NO_FILL, color, pattern: 'Solid' };
}

/**
 * A task table at A1: a grey header, then `rows` task rows. Every ten rows: B solid yellow, C a
 * red-on-blue Gray50 pattern with a shaded pattern colour, D a theme blue with a tint, E a white
 * fill (as white as no fill, but a fill), and one whole row shaded; the rest has no fill.
 */
function workbook(rows: number): InMemoryWorkbook {
  const values: CellValue[][] = [['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Kết quả']];
  for (let i = 1; i <= rows; i++) {
    values.push([i, `Nhiệm vụ ${i}`, 'Bộ Công an', 'Bộ Tư pháp', 'Quý IV/2024', 'Đang thực hiện']);
  }
  const book = workbookFromGrids([
    { sheet: SHEET, origin: { row: 1, column: 1 }, values, merges: [] },
  ]);
  const sheet = sheetOf(book);
  for (let c = 1; c <= COLUMNS; c++) sheet.setFillAt(`${columnLetter(c)}1`, solid('#D9D9D9'));
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    if (i % 10 === 0) sheet.setFillAt(`B${r}`, solid('#FFFF00'));
    if (i % 10 === 3) {
      sheet.setFillAt(`C${r}`, {
        color: '#FF0000',
        pattern: 'Gray50',
        patternColor: '#0000FF',
        patternTintAndShade: -0.25,
      });
    }
    if (i % 10 === 7) {
      sheet.setFillAt(`D${r}`, { ...solid('#4472C4'), tintAndShade: 0.5999938962981048 });
    }
    if (i % 10 === 8) sheet.setFillAt(`E${r}`, solid('#FFFFFF'));
    if (i % 10 === 5) {
      for (let c = 1; c <= COLUMNS; c++)
        sheet.setFillAt(`${columnLetter(c)}${r}`, solid('#DDEBF7'));
    }
  }
  return book;
}

function sheetOf(book: InMemoryWorkbook, name = SHEET): InMemorySheet {
  const sheet = book.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Kinds by row: cycling, with every seventh row left out. */
function kindOfRow(i: number): HighlightKind | null {
  return i % 7 === 6 ? null : (KINDS[i % 3] ?? null);
}

/** A plan as planHighlights makes it: one area per run of rows of one kind. */
function plan(
  rows: number,
  kindOf: (i: number) => HighlightKind | null = kindOfRow,
): HighlightPlan {
  const runs: { kind: HighlightKind; top: number; bottom: number }[] = [];
  let previous: HighlightKind | null = null;
  for (let i = 0; i < rows; i++) {
    const kind = kindOf(i);
    const last = runs.at(-1);
    if (kind !== null && kind === previous && last) last.bottom = i + 2;
    else if (kind !== null) runs.push({ kind, top: i + 2, bottom: i + 2 });
    previous = kind;
  }
  return {
    sheet: SHEET,
    areas: runs.map(({ kind, top, bottom }) => ({ kind, address: `A${top}:F${bottom}` })),
  };
}

/** Every cell of A1:G(rows + 2) (a column and a row past the table), as the host models it. */
function snapshot(book: InMemoryWorkbook, rows: number, name = SHEET): CellSnapshot[][] {
  const sheet = sheetOf(book, name);
  return Array.from({ length: rows + 2 }, (_, r) =>
    Array.from({ length: COLUMNS + 1 }, (_, c) => sheet.cellAt(`${columnLetter(c + 1)}${r + 1}`)),
  );
}

function host(book: InMemoryWorkbook, options: InMemoryExcelOptions = {}): InMemoryExcel {
  return createInMemoryExcel(book, options);
}

async function apply(excel: InMemoryExcel, p: HighlightPlan) {
  return await applyHighlights(excel, p, checkRequirements(excel.office));
}

async function clear(excel: InMemoryExcel) {
  return await clearHighlights(excel, checkRequirements(excel.office));
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('highlight, then clear', () => {
  const rows = 40;

  test('the highlighted rows take their kind’s fill; everything else is untouched', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    const result = await apply(host(book), plan(rows));
    const after = snapshot(book, rows);
    const sheet = sheetOf(book);

    for (let r = 1; r <= rows + 2; r++) {
      const kind = r >= 2 && r <= rows + 1 ? kindOfRow(r - 2) : null;
      for (let c = 1; c <= COLUMNS + 1; c++) {
        const cell = after[r - 1]?.[c - 1];
        const was = before[r - 1]?.[c - 1];
        // Values and number formats never change.
        expect([cell?.value, cell?.numberFormat]).toEqual([was?.value, was?.numberFormat]);
        const expected = kind && c <= COLUMNS ? solid(HIGHLIGHT_FILLS[kind]) : was?.fill;
        expect([`${columnLetter(c)}${r}`, cell?.fill]).toEqual([
          `${columnLetter(c)}${r}`,
          expected,
        ]);
      }
    }
    expect(sheet.fillAt('A2')).toEqual(solid('#E69E66'));
    expect(result).toMatchObject({
      sheet: SHEET,
      rows: { overdue: 12, 'due-soon': 11, unparsed: 12 },
      cells: 35 * COLUMNS,
      skipped: [],
    });
    expect(result.memoryBytes).toBeGreaterThan(0);
  });

  test('clear gives back every cell exactly: colours, a pattern, a tint, white, no fill', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    const excel = host(book);
    await apply(excel, plan(rows));
    expect(snapshot(book, rows)).not.toEqual(before);
    const result = await clear(excel);
    expect(snapshot(book, rows)).toEqual(before);
    expect(result).toEqual({ sheets: [SHEET], cells: 35 * COLUMNS, missing: [] });
    expect(book.settings.has(MEMORY_KEY)).toBe(false);
  });

  test('highlighting twice does not remember the highlight colours', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    const excel = host(book);
    await apply(excel, plan(rows));
    const once = snapshot(book, rows);
    const memory = book.setting(MEMORY_KEY);
    await apply(excel, plan(rows));
    expect(snapshot(book, rows)).toEqual(once);
    expect(book.setting(MEMORY_KEY)).toEqual(memory);
    await clear(excel);
    expect(snapshot(book, rows)).toEqual(before);
  });

  test('highlighting again with another plan puts back the rows no longer planned', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    const excel = host(book);
    await apply(excel, plan(rows));
    // Later: other kinds, other rows (a report date moved on).
    const later = plan(rows, (i) => (i % 4 === 0 ? 'overdue' : i % 5 === 0 ? 'unparsed' : null));
    await apply(excel, later);
    const fresh = workbook(rows);
    await apply(host(fresh), later);
    expect(snapshot(book, rows)).toEqual(snapshot(fresh, rows));
    await clear(excel);
    expect(snapshot(book, rows)).toEqual(before);
  });

  test('clear after re-opening: the memory is in the workbook, not in the pane', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    await apply(host(book), plan(rows));
    // A new host over the same workbook: a new session, nothing carried over but the file.
    const reopened = host(book);
    expect(await hasHighlights(reopened, checkRequirements(reopened.office))).toBe(true);
    await clear(reopened);
    expect(snapshot(book, rows)).toEqual(before);
    expect(await hasHighlights(reopened, checkRequirements(reopened.office))).toBe(false);
  });

  test('clear with nothing remembered does nothing, in one sync', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    const excel = host(book);
    expect(await clear(excel)).toEqual({ sheets: [], cells: 0, missing: [] });
    expect(snapshot(book, rows)).toEqual(before);
    expect(excel.stats.syncs).toBe(1);
  });

  test('a renamed sheet is found by its id', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    const excel = host(book);
    await apply(excel, plan(rows));
    sheetOf(book).name = 'Nhiệm vụ (sửa)';
    const result = await clear(excel);
    expect(result.sheets).toEqual(['Nhiệm vụ (sửa)']);
    expect(snapshot(book, rows, 'Nhiệm vụ (sửa)')).toEqual(before);
  });

  test('highlights on two sheets are cleared together; a deleted sheet is reported', async () => {
    const book = workbook(rows);
    const other = book.addSheet('Phụ lục II');
    other.setValue(1, 1, 'STT');
    other.setFillAt('B3', solid('#00B050'));
    const before = snapshot(book, rows);
    const beforeOther = snapshot(book, 3, 'Phụ lục II');
    const excel = host(book);
    await apply(excel, plan(rows));
    await apply(excel, { sheet: 'Phụ lục II', areas: [{ kind: 'due-soon', address: 'A3:F3' }] });
    expect(other.fillAt('B3')).toEqual(solid(HIGHLIGHT_FILLS['due-soon']));
    expect(sheetOf(book).fillAt('A2')).toEqual(solid(HIGHLIGHT_FILLS.overdue));

    const result = await clear(excel);
    expect(result.sheets).toEqual([SHEET, 'Phụ lục II']);
    expect(snapshot(book, rows)).toEqual(before);
    expect(snapshot(book, 3, 'Phụ lục II')).toEqual(beforeOther);

    await apply(excel, plan(rows));
    book.sheets.splice(book.sheets.indexOf(sheetOf(book)), 1);
    expect(await clear(excel)).toEqual({ sheets: [], cells: 0, missing: [SHEET] });
  });

  test('an empty plan puts back the sheet’s earlier highlight and forgets it', async () => {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    const excel = host(book);
    await apply(excel, plan(rows));
    const result = await apply(excel, { sheet: SHEET, areas: [] });
    expect(result).toMatchObject({ cells: 0, memoryBytes: 0 });
    expect(snapshot(book, rows)).toEqual(before);
    expect(book.settings.has(MEMORY_KEY)).toBe(false);
  });
});

describe('what cannot be put back is not touched', () => {
  test('a gradient fill (Office.js cannot set one) is skipped and reported', async () => {
    const book = workbook(10);
    sheetOf(book).setFillAt('C3', { color: '#FFC000', pattern: 'LinearGradient' });
    const before = snapshot(book, 10);
    const excel = host(book);
    const result = await apply(excel, plan(10));
    expect(result.skipped).toEqual(['C3']);
    expect(sheetOf(book).cellAt('C3')).toEqual(before[2]?.[2]);
    expect(sheetOf(book).fillAt('D3')).toEqual(solid(HIGHLIGHT_FILLS['due-soon']));
    await clear(excel);
    expect(snapshot(book, 10)).toEqual(before);
  });

  test('a protected sheet: access_denied, nothing changed', async () => {
    const book = workbook(10);
    sheetOf(book).isProtected = true;
    const before = snapshot(book, 10);
    const error = await rejection(apply(host(book), plan(10)));
    expect(error.code).toBe('access_denied');
    expect(snapshot(book, 10)).toEqual(before);
    expect(book.settings.size).toBe(0);
  });

  test('a memory this version cannot read is refused, not overwritten', async () => {
    const book = workbook(10);
    book.settings.set(MEMORY_KEY, JSON.stringify({ version: 2, sheets: 'elsewhere' }));
    const before = snapshot(book, 10);
    const excel = host(book);
    expect((await rejection(apply(excel, plan(10)))).code).toBe('unknown');
    expect((await rejection(clear(excel))).code).toBe('unknown');
    expect(snapshot(book, 10)).toEqual(before);
    expect(book.setting(MEMORY_KEY)).toEqual({ version: 2, sheets: 'elsewhere' });
  });

  test('a plan naming a missing sheet: item_not_found', async () => {
    const error = await rejection(apply(host(workbook(10)), { sheet: 'Không có', areas: [] }));
    expect(error.code).toBe('item_not_found');
  });

  test('a plan with a malformed address: invalid_argument before any sync', async () => {
    const excel = host(workbook(10));
    const bad = { sheet: SHEET, areas: [{ kind: 'overdue' as const, address: 'A2:' }] };
    expect((await rejection(apply(excel, bad))).code).toBe('invalid_argument');
    expect(excel.stats.syncs).toBe(0);
  });
});

describe('requirements', () => {
  test.each(['1.8', '1.4'])(
    'ExcelApi %s: requirement_not_met, before any sync',
    async (version) => {
      const book = workbook(10);
      const before = snapshot(book, 10);
      const excel = host(book, { excelApi: version });
      const requirements = checkRequirements(excel.office);
      const applyError = await rejection(applyHighlights(excel, plan(10), requirements));
      const clearError = await rejection(clearHighlights(excel, requirements));
      for (const error of [applyError, clearError]) {
        expect(error.code).toBe('requirement_not_met');
        expect(error.detail).toBe('ExcelApi 1.9');
      }
      expect(excel.stats.syncs).toBe(0);
      expect(snapshot(book, 10)).toEqual(before);
    },
  );

  test('outside Office: not_in_excel', async () => {
    const excel = host(workbook(10));
    const error = await rejection(applyHighlights(excel, plan(10), checkRequirements(undefined)));
    expect(error.code).toBe('not_in_excel');
  });

  test('hasHighlights answers false below ExcelApi 1.4 (no settings)', async () => {
    const excel = host(workbook(10), { excelApi: '1.3' });
    expect(await hasHighlights(excel, checkRequirements(excel.office))).toBe(false);
  });
});

describe('round trips and payloads', () => {
  const MB4 = 4 * 1024 * 1024;

  /** Applies and clears at `rows`, checking the result, and gives the host's figures. */
  async function measure(rows: number) {
    const book = workbook(rows);
    const before = snapshot(book, rows);
    // getRanges refuses addresses of 8,000 characters or more.
    const excel = host(book, { limits: { addressChars: 7_999 } });
    const applied = await apply(excel, plan(rows));
    const applyStats = structuredClone(excel.stats);
    excel.resetStats();
    await clear(excel);
    const clearStats = structuredClone(excel.stats);
    expect(snapshot(book, rows)).toEqual(before);
    const largest = (stats: typeof applyStats) =>
      Math.max(...stats.requests.flatMap((r) => [r.bytes, r.responseBytes]));
    return {
      apply: { syncs: applyStats.syncs, largest: largest(applyStats) },
      clear: { syncs: clearStats.syncs, largest: largest(clearStats) },
      memoryBytes: applied.memoryBytes,
      cells: applied.cells,
    };
  }

  test('the same sync counts at 10 and 10,000 rows (≤ 3), every request under 4 MB', async () => {
    const small = await measure(10);
    const large = await measure(10_000);
    expect(large.apply.syncs).toBe(small.apply.syncs);
    expect(large.clear.syncs).toBe(small.clear.syncs);
    expect(large.apply.syncs).toBeLessThanOrEqual(3);
    expect(large.clear.syncs).toBeLessThanOrEqual(3);
    for (const figures of [small, large]) {
      expect(figures.apply.largest).toBeLessThan(MB4);
      expect(figures.clear.largest).toBeLessThan(MB4);
    }
    expect(large.cells).toBe(8_572 * COLUMNS);
    expect(large.memoryBytes).toBeLessThan(MEMORY_BUDGET);
    // The figures, for the record (a change here is a change in cost).
    expect({ small, large }).toMatchInlineSnapshot(`
     {
       "large": {
         "apply": {
           "largest": 1455187,
           "syncs": 3,
         },
         "cells": 51432,
         "clear": {
           "largest": 134924,
           "syncs": 2,
         },
         "memoryBytes": 131709,
       },
       "small": {
         "apply": {
           "largest": 1699,
           "syncs": 3,
         },
         "cells": 54,
         "clear": {
           "largest": 1631,
           "syncs": 2,
         },
         "memoryBytes": 528,
       },
     }
    `);
  }, 60_000);

  test('all 60,000 cells in distinct fills: the memory would pass its budget, nothing changes', async () => {
    const rows = 10_000;
    const book = workbook(rows);
    const sheet = sheetOf(book);
    for (let r = 2; r <= rows + 1; r++) {
      for (let c = 1; c <= COLUMNS; c++) {
        const n = r * COLUMNS + c;
        const color = `#${(n * 97).toString(16).padStart(6, '0').slice(-6).toUpperCase()}`;
        sheet.setFillAt(`${columnLetter(c)}${r}`, solid(color));
      }
    }
    const before = snapshot(book, rows);
    const excel = host(book);
    const error = await rejection(apply(excel, plan(rows)));
    expect(error.code).toBe('request_too_large');
    expect(snapshot(book, rows)).toEqual(before);
    expect(book.settings.size).toBe(0);
    for (const request of excel.stats.requests) {
      expect(request.bytes).toBeLessThan(MB4);
      expect(request.responseBytes).toBeLessThan(MB4);
    }
    // Only the colour differs from cell to cell: it is all the second sync asks for.
    expect(excel.stats.syncs).toBe(2);
  }, 60_000);
});
