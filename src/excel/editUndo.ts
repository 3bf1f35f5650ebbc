import { z } from 'zod';
import { editKindSchema } from '../core/edit/editPlan';
import { parseRangeAddress } from '../core/table/address';
import { cellFormatSchema } from './cellFormat';

/*
 * What "Hoàn tác" needs to put a sheet back as it was before an edit, as plain data (the pane
 * keeps it; it could be saved as JSON). Grids are rows × columns of `area`.
 */

const a1Schema = z.string().refine((text) => parseRangeAddress(text) !== null, 'not an A1 range');

const excelValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/**
 * What a cell held: its formula ("=SUM(A1:A3)"), else its value: text as a string ("" for an
 * empty cell), a number (dates are serials), a boolean.
 */
export const keptCellSchema = z.union([excelValueSchema, z.object({ formula: z.string() })]);
export type KeptCell = z.infer<typeof keptCellSchema>;

export const editUndoSchema = z.object({
  version: z.literal(1),
  kind: editKindSchema,
  /** The sheet's id: it survives a rename. */
  sheetId: z.string(),
  /** The sheet's name when the edit was made (for messages). */
  sheet: z.string(),
  /** The rectangle the edit worked in. */
  area: a1Schema,
  before: z.object({
    cells: z.array(z.array(keptCellSchema)),
    numberFormats: z.array(z.array(z.string())),
    /** The merged areas that touched `area` (each whole, even where it sticks out). */
    merges: z.array(a1Schema),
    /** The cell formats of the merged areas the edit split, to set again once merged back. */
    mergeFormats: z.array(
      z.object({ address: a1Schema, formats: z.array(z.array(cellFormatSchema)) }),
    ),
  }),
  /** What the edit left, as Excel reads it back; null where it left the cell alone. */
  after: z.object({
    values: z.array(z.array(excelValueSchema.nullable())),
    numberFormats: z.array(z.array(z.string().nullable())),
  }),
});

/** Everything needed to undo one edit of a sheet (see `undoEdit`). */
export type EditUndo = z.infer<typeof editUndoSchema>;

/** An undo record read back (from JSON); null when it is not one this version wrote. */
export function parseEditUndo(value: unknown): EditUndo | null {
  const parsed = editUndoSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
