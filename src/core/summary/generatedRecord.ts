import { z } from 'zod';

/**
 * The workbook setting that records which sheets the add-in generated. Only these are ever
 * replaced or deleted; a user's sheet with the same name is left alone. Ids are kept because they
 * survive a rename; the name is kept for the user's eyes and for hosts without stable ids.
 */
export const GENERATED_SHEETS_SETTING = 'da06.generated';

export const generatedRecordSchema = z.object({
  version: z.literal(1),
  sheets: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })),
});
export type GeneratedRecord = z.infer<typeof generatedRecordSchema>;

/** Reads the stored record; anything unreadable counts as no record (nothing is ours). */
export function readGeneratedRecord(value: unknown): GeneratedRecord {
  const parsed = generatedRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : { version: 1, sheets: [] };
}
