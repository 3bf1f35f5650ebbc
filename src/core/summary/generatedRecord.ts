import { z } from 'zod';

/**
 * The workbook setting that records which sheets the add-in generated. Only these are ever
 * replaced or deleted; a user's sheet with the same name is left alone. Ids are kept because they
 * survive a rename; the name is kept for the user's eyes and for hosts without stable ids.
 */
export const GENERATED_SHEETS_SETTING = 'da06.generated';

/** The meeting workbook's sheets: the group of entries recorded without one. */
export const SUMMARY_GROUP = 'summary';

export const generatedRecordSchema = z.object({
  version: z.literal(1),
  sheets: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      /**
       * What made the sheet ("summary", "normalized:<source sheet id>", "pasted:<n>"): writing a
       * group replaces that group's sheets only. Absent means "summary".
       */
      group: z.string().min(1).optional(),
    }),
  ),
});
export type GeneratedRecord = z.infer<typeof generatedRecordSchema>;

/** The group a recorded sheet belongs to. */
export function groupOf(entry: GeneratedRecord['sheets'][number]): string {
  return entry.group ?? SUMMARY_GROUP;
}

/** Reads the stored record; anything unreadable counts as no record (nothing is ours). */
export function readGeneratedRecord(value: unknown): GeneratedRecord {
  const parsed = generatedRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : { version: 1, sheets: [] };
}
