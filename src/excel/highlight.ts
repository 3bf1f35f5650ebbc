import type { HighlightKind, HighlightPlan } from '../core/highlight/planHighlights';
import { HIGHLIGHT_FILLS, HIGHLIGHT_KINDS } from '../core/highlight/planHighlights';
import type { RangeRef } from '../core/table/address';
import { AppError, toAppError } from './errors';
import { CELL_FILL_PROPERTIES } from './excelApi';
import type {
  ClientResultApi,
  ExcelRunner,
  FillLoadOptions,
  RowFillProperties,
  SettingApi,
  SettingCollectionApi,
  WorksheetApi,
  CellFillProperties,
} from './excelApi';
import type { HighlightMemory, MemoryEntry, RememberedFill } from './highlightMemory';
import {
  areasOf,
  entryCellCount,
  highlightedAreas,
  isRestorablePattern,
  MEMORY_BUDGET,
  MEMORY_KEY,
  memoryBytes,
  parseMemory,
  rememberedFills,
} from './highlightMemory';
import { parseAddressList } from './parseAddressList';
import type { ExcelRequirements } from './requirements';
import { checkRequirements, HIGHLIGHT_MINIMUM, officeGlobal } from './requirements';
import { ADDRESS_CHARS, PAYLOAD_BUDGET, SyncBudget, utf8Bytes } from './syncBudget';
import {
  areaAddress,
  cellKey,
  cellsOf,
  chunkAddresses,
  keyColumn,
  keyRow,
  toRectangles,
} from './toRectangles';

/*
 * Highlighting and clearing, with the fills they replace remembered in the workbook
 * (highlightMemory.ts) so that clearing puts back exactly what was there: solid colours,
 * patterns, tints, or no fill. Only fills change; values, fonts, borders and number formats are
 * never touched.
 *
 * Round trips, whatever the row count (up to the payload budget, about 10,000 rows of a task
 * table with ordinary fills):
 * - apply: 1 sync reads the memory, the sheet and each highlighted row's fill
 *   (`getRowProperties`: one value per row, null where its cells differ); 1 more reads cell by
 *   cell only the properties that differ in such rows, and only when there are some; 1 writes
 *   (restore the sheet's earlier highlight, save the memory, then colour).
 * - clear: 1 sync reads the memory and the sheet ids; 1 restores and forgets. Nothing remembered:
 *   the first sync only.
 * Each request and response stays under PAYLOAD_BUDGET by estimate; past it the work goes on in
 * one more sync per budget's worth, never failing on size.
 */

/** What applying did. */
export type HighlightResult = {
  /** The sheet's name. */
  sheet: string;
  /** Sheet rows coloured, per kind. */
  rows: Record<HighlightKind, number>;
  /** Cells coloured. */
  cells: number;
  /**
   * Cells left as they were ("C7"): their fill could not be put back later (a gradient, which
   * Office.js cannot set, or properties Excel did not report).
   */
  skipped: string[];
  /** Size of the memory now kept in the workbook (bytes of JSON). */
  memoryBytes: number;
};

/** What clearing did. */
export type ClearResult = {
  /** Sheets whose fills were put back. */
  sheets: string[];
  /** Cells put back. */
  cells: number;
  /** Sheets remembered but deleted since (nothing to put back there). */
  missing: string[];
};

type FillName = (typeof CELL_FILL_PROPERTIES)[number];

/** The longest JSON each property's value takes in a response (a double: 24 characters). */
const VALUE_CHARS: Record<FillName, number> = {
  color: 9,
  pattern: 21,
  patternColor: 9,
  tintAndShade: 24,
  patternTintAndShade: 24,
};

/** Estimated response bytes of one cell or row: `{"format":{"fill":{…}}},`. */
function itemBytes(names: readonly FillName[]): number {
  return names.reduce((sum, name) => sum + name.length + 4 + VALUE_CHARS[name], 24);
}

/**
 * Estimated request bytes of one operation on a range of `sheetKey`: the object path (the
 * in-memory host, like a naive client, repeats the whole path in every action; Office.js sends
 * each path once), the arguments' JSON and an envelope.
 */
function operationBytes(sheetKey: string, address: string, args: unknown = []): number {
  return utf8Bytes(sheetKey) + address.length + utf8Bytes(JSON.stringify(args)) + 150;
}

/** A cell's fill before highlighting, as far as it can be put back. */
type Before = { kind: 'none' } | { kind: 'fill'; fill: RememberedFill } | { kind: 'skip' };

const NONE: Before = { kind: 'none' };
const SKIP: Before = { kind: 'skip' };

type FillValues = Partial<Record<FillName, unknown>>;

/** The fill the properties describe, or null when some are missing (null: the cells differ). */
function toBefore(values: FillValues): Before | null {
  const { color, pattern, patternColor, tintAndShade, patternTintAndShade } = values;
  if (pattern === 'None') return NONE;
  // A gradient (or a pattern this code does not know) could not be set back.
  if (typeof pattern === 'string' && !isRestorablePattern(pattern)) return SKIP;
  if (
    typeof color === 'string' &&
    isRestorablePattern(pattern) &&
    typeof patternColor === 'string' &&
    typeof tintAndShade === 'number' &&
    typeof patternTintAndShade === 'number'
  ) {
    return {
      kind: 'fill',
      fill: [color, pattern, patternColor, tintAndShade, patternTintAndShade],
    };
  }
  return null;
}

/** The properties a row's cells must be asked for: those the row does not share. */
function unsharedNames(values: FillValues): FillName[] {
  return CELL_FILL_PROPERTIES.filter((name) => values[name] === null || values[name] === undefined);
}

/** Only the properties given (not null). */
function shared(values: FillValues): FillValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value != null));
}

function fillOptions(names: readonly FillName[]): FillLoadOptions {
  return { format: { fill: Object.fromEntries(names.map((name) => [name, true])) } };
}

function assertCanHighlight(requirements: ExcelRequirements): void {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.canHighlight) {
    throw new AppError('requirement_not_met', `ExcelApi ${HIGHLIGHT_MINIMUM}`);
  }
}

/** The plan's cells, each in the first (most urgent) kind that claims it. */
function plannedCells(plan: HighlightPlan): Map<number, HighlightKind> {
  const cells = new Map<number, HighlightKind>();
  for (const kind of HIGHLIGHT_KINDS) {
    for (const area of plan.areas) {
      if (area.kind !== kind) continue;
      const parsed = parseAddressList(area.address);
      if (!parsed) throw new AppError('invalid_argument', `highlight address "${area.address}"`);
      for (const rect of parsed) {
        for (const key of cellsOf(rect)) if (!cells.has(key)) cells.set(key, kind);
      }
    }
  }
  return cells;
}

/** Row slices of `area` small enough for one response each. */
function rowSlices(area: RangeRef, bytesPerRow: number): RangeRef[] {
  const rows = Math.max(1, Math.floor(PAYLOAD_BUDGET / 2 / bytesPerRow));
  const slices: RangeRef[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    slices.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
  }
  return slices;
}

/**
 * Colours the plan's rows on its sheet, remembering in the workbook the fills they had. Applying
 * again first puts back what the earlier highlight of that sheet replaced, so the memory always
 * holds the fills from before any highlight. Rejects with an AppError: requirement_not_met below
 * ExcelApi 1.9, access_denied on a protected sheet, request_too_large when the memory would
 * pass MEMORY_BUDGET (nothing is changed then).
 */
export async function applyHighlights(
  excel: ExcelRunner,
  plan: HighlightPlan,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<HighlightResult> {
  assertCanHighlight(requirements);
  const planned = plannedCells(plan);
  try {
    return await excel.run(async (context) => {
      const budget = new SyncBudget(context);
      const { workbook } = context;

      // Read 1: the memory, the sheet, each planned row's fill.
      const setting = workbook.settings.getItemOrNullObject(MEMORY_KEY).load(['value']);
      const sheet = workbook.worksheets.getItem(plan.sheet).load(['id', 'name']);
      const protection = sheet.protection.load(['protected']);
      await budget.reserve(1_000, MEMORY_BUDGET + 1_000);
      const probes: { area: RangeRef; rows: ClientResultApi<RowFillProperties[]> }[] = [];
      // Whatever their kinds, adjacent planned rows are probed together.
      for (const area of toRectangles(planned.keys())) {
        for (const slice of rowSlices(area, itemBytes(CELL_FILL_PROPERTIES))) {
          const address = areaAddress(slice);
          const rows = slice.bottom - slice.top + 1;
          const options = fillOptions(CELL_FILL_PROPERTIES);
          await budget.reserve(
            operationBytes(plan.sheet, address, [options]),
            rows * itemBytes(CELL_FILL_PROPERTIES),
          );
          const result = sheet.getRange(address).getRowProperties(options);
          probes.push({ area: slice, rows: result });
        }
      }
      await budget.sync();

      if (protection.protected) throw new AppError('access_denied', `sheet "${sheet.name}"`);
      const memory = parseMemory(setting.isNullObject ? null : setting.value);
      const earlier = memory.sheets.find((entry) => entry.sheetId === sheet.id);
      const remembered = earlier
        ? rememberedFills(earlier)
        : new Map<number, RememberedFill | null>();

      // Read 2, when some rows mix fills: only the properties their cells do not share.
      const before = new Map<number, Before>();
      for (const [key, fill] of remembered) {
        before.set(key, fill ? { kind: 'fill', fill } : NONE);
      }
      const reads = queueCellReads(probes, before);
      const results: { group: CellRead; cells: ClientResultApi<CellFillProperties[][]> }[] = [];
      for (const group of reads) {
        const columns = group.area.right - group.area.left + 1;
        for (const slice of rowSlices(group.area, columns * itemBytes(group.names))) {
          const address = areaAddress(slice);
          const cells = (slice.bottom - slice.top + 1) * columns;
          const options = fillOptions(group.names);
          await budget.reserve(
            operationBytes(plan.sheet, address, [options]),
            cells * itemBytes(group.names),
          );
          const offset = slice.top - group.area.top;
          results.push({
            group: {
              ...group,
              area: slice,
              shared: group.shared.slice(offset, offset + slice.bottom - slice.top + 1),
            },
            cells: sheet.getRange(address).getCellProperties(options),
          });
        }
      }
      if (budget.pending) await budget.sync();
      for (const { group, cells } of results) {
        cells.value.forEach((row, r) => {
          const rowShared = group.shared[r] ?? {};
          row.forEach((cell, c) => {
            const key = cellKey(group.area.top + r, group.area.left + c);
            if (before.has(key)) return;
            const values = { ...rowShared, ...shared(cell.format?.fill ?? {}) };
            before.set(key, toBefore(values) ?? SKIP);
          });
        });
      }

      // What to colour, and what to remember.
      const byKind = new Map<HighlightKind, number[]>(HIGHLIGHT_KINDS.map((kind) => [kind, []]));
      const byFill = new Map<string, { fill: RememberedFill; cells: number[] }>();
      const skipped: number[] = [];
      for (const [key, kind] of planned) {
        const was = before.get(key) ?? SKIP;
        if (was.kind === 'skip') {
          skipped.push(key);
          continue;
        }
        byKind.get(kind)?.push(key);
        if (was.kind === 'fill') {
          const id = JSON.stringify(was.fill);
          const group = byFill.get(id) ?? { fill: was.fill, cells: [] };
          group.cells.push(key);
          byFill.set(id, group);
        }
      }
      const coloured = new Map(
        HIGHLIGHT_KINDS.map((kind) => [kind, toRectangles(byKind.get(kind) ?? [])]),
      );
      const colouredList = (kind: HighlightKind) => addressList(coloured.get(kind) ?? []);
      const cellCount = [...byKind.values()].reduce((sum, cells) => sum + cells.length, 0);
      const entry: MemoryEntry | null =
        cellCount === 0
          ? null
          : {
              sheetId: sheet.id,
              sheet: sheet.name,
              highlighted: {
                overdue: colouredList('overdue'),
                'due-soon': colouredList('due-soon'),
                unparsed: colouredList('unparsed'),
              },
              fills: [...byFill.values()].map(({ fill, cells }) => ({
                fill,
                cells: addressList(toRectangles(cells)),
              })),
            };
      const next: HighlightMemory = {
        version: 1,
        sheets: [
          ...memory.sheets.filter((other) => other.sheetId !== sheet.id),
          ...(entry ? [entry] : []),
        ],
      };
      const bytes = memoryBytes(next);
      if (bytes > MEMORY_BUDGET) {
        throw new AppError('request_too_large', `highlight memory of ${bytes} bytes`);
      }

      // Write: put back the earlier highlight, save the memory, then colour. In this order a
      // failure half-way leaves nothing coloured that the saved memory does not cover.
      if (earlier) await restoreEntry(budget, sheet, plan.sheet, earlier);
      await saveMemory(budget, workbook.settings, setting, next, bytes);
      for (const [kind, areas] of coloured) {
        for (const chunk of chunkAddresses(areas, ADDRESS_CHARS)) {
          await budget.reserve(2 * operationBytes(plan.sheet, chunk, [HIGHLIGHT_FILLS[kind]]));
          const fill = sheet.getRanges(chunk).format.fill;
          // Cleared first: a colour set on a patterned or tinted cell would keep the pattern/tint.
          fill.clear();
          fill.color = HIGHLIGHT_FILLS[kind];
        }
      }
      if (budget.pending) await budget.sync();

      return {
        sheet: sheet.name,
        rows: {
          overdue: rowCount(byKind.get('overdue') ?? []),
          'due-soon': rowCount(byKind.get('due-soon') ?? []),
          unparsed: rowCount(byKind.get('unparsed') ?? []),
        },
        cells: cellCount,
        skipped: skipped.sort((a, b) => a - b).map((key) => areaAddress(keyArea(key))),
        memoryBytes: next.sheets.length > 0 ? bytes : 0,
      };
    });
  } catch (error) {
    throw toAppError(error);
  }
}

/** Rows of cells whose fill the row probe could not settle, asked for the same properties. */
type CellRead = {
  area: RangeRef;
  names: FillName[];
  /** Per row of `area`: the properties its cells share (from the row probe). */
  shared: FillValues[];
};

/**
 * Settles the cells of every row whose cells share their fill, and groups the others (runs of
 * rows needing the same properties) for reading cell by cell. Cells already in `before` (the
 * memory's) are left alone.
 */
function queueCellReads(
  probes: readonly { area: RangeRef; rows: ClientResultApi<RowFillProperties[]> }[],
  before: Map<number, Before>,
): CellRead[] {
  const groups: CellRead[] = [];
  for (const { area, rows } of probes) {
    let open: CellRead | null = null;
    for (const [i, row] of rows.value.entries()) {
      const r = area.top + i;
      const values: FillValues = row.format?.fill ?? {};
      const unknown = [...cellsOf({ ...area, top: r, bottom: r })].filter(
        (key) => !before.has(key),
      );
      const settled = unknown.length === 0 ? null : toBefore(values);
      if (unknown.length === 0 || settled) {
        if (settled) for (const key of unknown) before.set(key, settled);
        open = null;
        continue;
      }
      const names = unsharedNames(values);
      if (open && open.area.bottom === r - 1 && open.names.join() === names.join()) {
        open.area.bottom = r;
        open.shared.push(shared(values));
      } else {
        open = { area: { ...area, top: r, bottom: r }, names, shared: [shared(values)] };
        groups.push(open);
      }
    }
  }
  return groups;
}

/** Clears an entry's highlight and sets back the fills it remembers. */
async function restoreEntry(
  budget: SyncBudget,
  sheet: WorksheetApi,
  sheetKey: string,
  entry: MemoryEntry,
): Promise<void> {
  for (const chunk of chunkAddresses(highlightedAreas(entry), ADDRESS_CHARS)) {
    await budget.reserve(operationBytes(sheetKey, chunk));
    sheet.getRanges(chunk).format.fill.clear();
  }
  for (const { fill, cells } of entry.fills) {
    const [color, pattern, patternColor, tintAndShade, patternTintAndShade] = fill;
    for (const chunk of chunkAddresses(areasOf(cells), ADDRESS_CHARS)) {
      await budget.reserve(operationBytes(sheetKey, chunk, fill));
      // In this order: the colour makes the cell solid, the pattern then replaces Solid, and
      // the tints come last (a colour set after a tint could reset it).
      sheet.getRanges(chunk).format.fill.set({
        color,
        pattern,
        patternColor,
        tintAndShade,
        patternTintAndShade,
      });
    }
  }
}

async function saveMemory(
  budget: SyncBudget,
  settings: SettingCollectionApi,
  current: SettingApi,
  memory: HighlightMemory,
  bytes: number,
): Promise<void> {
  if (memory.sheets.length > 0) {
    await budget.reserve(bytes + 300);
    settings.add(MEMORY_KEY, memory);
  } else if (!current.isNullObject) {
    await budget.reserve(300);
    current.delete();
  }
}

/**
 * Puts back the fills every remembered highlight replaced, on every sheet, and forgets them.
 * Does nothing when nothing is remembered. Fills changed by hand on highlighted cells since are
 * replaced too: clearing is an undo of the highlight.
 */
export async function clearHighlights(
  excel: ExcelRunner,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<ClearResult> {
  assertCanHighlight(requirements);
  try {
    return await excel.run(async (context) => {
      const budget = new SyncBudget(context);
      const setting = context.workbook.settings.getItemOrNullObject(MEMORY_KEY).load(['value']);
      const sheets = context.workbook.worksheets.load(['items/id', 'items/name']);
      await budget.sync();
      const result: ClearResult = { sheets: [], cells: 0, missing: [] };
      if (setting.isNullObject) return result;

      const memory = parseMemory(setting.value);
      for (const entry of memory.sheets) {
        const sheet = sheets.items.find((item) => item.id === entry.sheetId);
        if (!sheet) {
          result.missing.push(entry.sheet);
          continue;
        }
        await restoreEntry(budget, sheet, entry.sheetId, entry);
        result.sheets.push(sheet.name);
        result.cells += entryCellCount(entry);
      }
      // Forgotten last: if a restore fails, the memory is still there to try again.
      await budget.reserve(300);
      setting.delete();
      await budget.sync();
      return result;
    });
  } catch (error) {
    throw toAppError(error);
  }
}

/** Whether the workbook remembers a highlight to clear (one sync; false below ExcelApi 1.4). */
export async function hasHighlights(
  excel: ExcelRunner,
  requirements: ExcelRequirements = checkRequirements(officeGlobal()),
): Promise<boolean> {
  if (!requirements.inOffice) throw new AppError('not_in_excel');
  if (!requirements.supports.settings) return false;
  try {
    return await excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(MEMORY_KEY).load(['value']);
      await context.sync();
      return !setting.isNullObject && parseMemory(setting.value).sheets.length > 0;
    });
  } catch (error) {
    throw toAppError(error);
  }
}

function addressList(areas: readonly RangeRef[]): string {
  return areas.map(areaAddress).join(',');
}

function keyArea(key: number): RangeRef {
  const row = keyRow(key);
  const column = keyColumn(key);
  return { top: row, left: column, bottom: row, right: column };
}

function rowCount(cells: readonly number[]): number {
  return new Set(cells.map(keyRow)).size;
}
