import { z } from 'zod';

/**
 * The core's input: the cells of a sheet area as Excel and exceljs both give them.
 * Merged areas carry their value in the top-left cell only (as Excel does); the CLI reader blanks
 * the other cells that exceljs repeats.
 */
export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

/** A merged area, 1-based sheet coordinates, inclusive. */
export const mergeAreaSchema = z.object({
  top: z.number().int().positive(),
  left: z.number().int().positive(),
  bottom: z.number().int().positive(),
  right: z.number().int().positive(),
});
export type MergeArea = z.infer<typeof mergeAreaSchema>;

export const gridSchema = z.object({
  /** Worksheet name. */
  sheet: z.string(),
  /** Sheet row and column (1-based) of `values[0][0]`. */
  origin: z.object({ row: z.number().int().positive(), column: z.number().int().positive() }),
  /** Row-major cell values; rows may be ragged (missing cells are empty). */
  values: z.array(z.array(cellValueSchema)),
  /** Number formats, same shape as `values` where known ("General", "dd/mm/yyyy" …). */
  numberFormats: z.array(z.array(z.string())).optional(),
  merges: z.array(mergeAreaSchema),
});
export type Grid = z.infer<typeof gridSchema>;

/** The value at a grid position (0-based), null past the edges. */
export function cellAt(grid: Grid, r: number, c: number): CellValue {
  return grid.values[r]?.[c] ?? null;
}

/** The number format at a grid position (0-based), "General" when unknown. */
export function formatAt(grid: Grid, r: number, c: number): string {
  return grid.numberFormats?.[r]?.[c] ?? 'General';
}

/** The widest row of the grid. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  return width;
}

/** A cell's text as the user sees it, before cleaning ("" for empty). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
