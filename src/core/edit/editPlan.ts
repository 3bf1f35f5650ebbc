import { z } from 'zod';

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const a1RangeSchema = z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);

/**
 * A value to write into a cell: text (always written as text, never as a formula, number or
 * date), a number, a boolean, a real date (an Excel date shown dd/mm/yyyy), "" to empty the cell,
 * or null to leave the cell as it is (as Office.js's `values` treats null).
 */
export const editValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.object({ date: isoDateSchema }),
  z.null(),
]);
export type EditValue = z.infer<typeof editValueSchema>;

/** One rectangle of values (rows × columns equal to the rectangle's size). */
export const editWriteSchema = z.object({
  /** A1 rectangle on the plan's sheet ("B5:B5", "A4:K40"). */
  address: a1RangeSchema,
  values: z.array(z.array(editValueSchema)),
  /** Number formats of the same shape ("@", "General", "dd/mm/yyyy"); absent: leave them. */
  numberFormats: z.array(z.array(z.string())).optional(),
});
export type EditWrite = z.infer<typeof editWriteSchema>;

export const editKindSchema = z.enum(['normalize', 'set-status', 'fill-down', 'renumber']);
export type EditKind = z.infer<typeof editKindSchema>;

/**
 * Changes to a user's sheet, as data: the core plans them, the pane previews them, the Excel
 * adapter snapshots `area` (values, formulas, number formats, cell formats, merges) before
 * writing, so that "Hoàn tác" restores it exactly.
 */
export const editPlanSchema = z.object({
  kind: editKindSchema,
  sheet: z.string(),
  /** One A1 rectangle holding every cell the plan writes or unmerges. */
  area: a1RangeSchema,
  /** Merged areas (A1 rectangles inside `area`) to unmerge before writing. */
  unmerge: z.array(a1RangeSchema),
  writes: z.array(editWriteSchema),
  /** Cells the plan changes (for the preview: "12 ô sẽ được sửa"). */
  cellCount: z.number().int().nonnegative(),
  /** Tasks the plan touches. */
  taskCount: z.number().int().nonnegative(),
});
export type EditPlan = z.infer<typeof editPlanSchema>;
