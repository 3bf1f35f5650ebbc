import { z } from 'zod';
import type { HighlightKind } from '../core/highlight/planHighlights';
import type { RangeRef } from '../core/table/address';
import { AppError } from './errors';
import { SETTABLE_FILL_PATTERNS } from './excelApi';
import { parseAddressList } from './parseAddressList';
import { cellsOf } from './toRectangles';

/**
 * The memory of the fills highlighting replaced, kept in the workbook's settings
 * (`workbook.settings`, ExcelApi 1.4: per document, per add-in, saved with the file, invisible
 * to the user and to other tools reading the sheets). One setting, one JSON value:
 *
 * ```json
 * { "version": 1, "sheets": [{ "sheetId": "{…}", "sheet": "Nhiệm vụ",
 *     "highlighted": { "overdue": "A7:F9,A12:F12", "due-soon": "", "unparsed": "A20:F20" },
 *     "fills": [{ "fill": ["#FFFF00", "Solid", "#000000", 0, 0], "cells": "B7:B9,C12" }] }] }
 * ```
 *
 * `highlighted` lists the cells coloured, per kind; `fills` gives, grouped by fill, those of them
 * that had a fill before ([color, pattern, patternColor, tintAndShade, patternTintAndShade]);
 * every other highlighted cell had none. Sheets are found by id, which survives a rename.
 * Addresses are kept as they were: rows inserted or deleted above a highlight afterwards shift
 * the cells under it (Office.js has no cheap way to track them).
 */
export const MEMORY_KEY = 'da06.highlights';

/**
 * The largest memory written, in bytes of JSON. Office documents no hard cap for
 * `Excel.SettingCollection` that we could check here; 1 MB keeps the setting far below the
 * 5 MB request limit and leaves room for other settings.
 */
export const MEMORY_BUDGET = 1024 * 1024;

/**
 * The patterns a remembered fill can have: every settable one but "None" (a cell without fill is
 * remembered by its absence); gradients cannot be set, so such cells are skipped, not remembered.
 */
const restorablePatterns = SETTABLE_FILL_PATTERNS.filter(
  (pattern): pattern is Exclude<(typeof SETTABLE_FILL_PATTERNS)[number], 'None'> =>
    pattern !== 'None',
);

const patternSchema = z.enum(restorablePatterns);
export type RestorablePattern = z.infer<typeof patternSchema>;

export function isRestorablePattern(value: unknown): value is RestorablePattern {
  return patternSchema.safeParse(value).success;
}

/** A fill other than none: [color, pattern, patternColor, tintAndShade, patternTintAndShade]. */
const fillSchema = z.tuple([z.string(), patternSchema, z.string(), z.number(), z.number()]);
export type RememberedFill = z.infer<typeof fillSchema>;

/** A1 list on the entry's sheet ("A7:F9,A12:F12"), "" for none. */
const addressListSchema = z
  .string()
  .refine((text) => text === '' || parseAddressList(text) !== null, 'not an address list');

const entrySchema = z.object({
  sheetId: z.string(),
  /** The sheet's name when it was highlighted (for messages; the id finds it). */
  sheet: z.string(),
  highlighted: z.object({
    overdue: addressListSchema,
    'due-soon': addressListSchema,
    unparsed: addressListSchema,
  }) satisfies z.ZodType<Record<HighlightKind, string>>,
  fills: z.array(z.object({ fill: fillSchema, cells: addressListSchema })),
});
export type MemoryEntry = z.infer<typeof entrySchema>;

const memorySchema = z.object({ version: z.literal(1), sheets: z.array(entrySchema) });
export type HighlightMemory = z.infer<typeof memorySchema>;

export const EMPTY_MEMORY: HighlightMemory = { version: 1, sheets: [] };

/**
 * The memory as read from the setting (null when there is none). A value this version cannot
 * read — another version's, or edited by hand — is refused rather than overwritten: it may be the
 * only record of fills the user wants back.
 */
export function parseMemory(value: unknown): HighlightMemory {
  if (value === null || value === undefined) return EMPTY_MEMORY;
  const parsed = memorySchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('unknown', `the highlight memory (setting "${MEMORY_KEY}") is unreadable`);
  }
  return parsed.data;
}

/** The areas of an address list ("" → none). */
export function areasOf(list: string): RangeRef[] {
  return list === '' ? [] : (parseAddressList(list) ?? []);
}

/** Every highlighted area of an entry. */
export function highlightedAreas(entry: MemoryEntry): RangeRef[] {
  return Object.values(entry.highlighted).flatMap(areasOf);
}

/** What an entry remembers, cell by cell: the fill before highlighting, null for none. */
export function rememberedFills(entry: MemoryEntry): Map<number, RememberedFill | null> {
  const cells = new Map<number, RememberedFill | null>();
  for (const area of highlightedAreas(entry)) {
    for (const key of cellsOf(area)) cells.set(key, null);
  }
  for (const { fill, cells: list } of entry.fills) {
    for (const area of areasOf(list)) {
      for (const key of cellsOf(area)) cells.set(key, fill);
    }
  }
  return cells;
}

/** How many cells an entry covers. */
export function entryCellCount(entry: MemoryEntry): number {
  return highlightedAreas(entry).reduce(
    (sum, area) => sum + (area.bottom - area.top + 1) * (area.right - area.left + 1),
    0,
  );
}

/** Size of the memory as the setting carries it (UTF-8 bytes of its JSON). */
export function memoryBytes(memory: HighlightMemory): number {
  return new TextEncoder().encode(JSON.stringify(memory)).length;
}
