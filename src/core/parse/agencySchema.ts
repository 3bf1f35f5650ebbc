import { z } from 'zod';

export const agencyKindSchema = z.enum([
  /** Ministries and ministry-level bodies, courts, state groups counted among "bộ, ngành". */
  'ministry',
  /** Government leadership and task forces (Thủ tướng, Tổ công tác …). */
  'leadership',
  /** A province or centrally-run city, or its People's Committee. */
  'province',
  /** A provincial department or unit (Sở …, Công an tỉnh, BHXH tỉnh …). */
  'provincial-department',
  /** A collective owner kept as its own bucket ("Các bộ, ngành, địa phương"). */
  'collective',
]);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

/** A registry entry: canonical id and name, the spellings seen, and its kind. */
export const agencyEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Short display name for tight places (sheet names): "Bộ LĐTBXH". */
  short: z.string().min(1),
  kind: agencyKindSchema,
  aliases: z.array(z.string()),
  /**
   * Spellings that name the body only as a whole list item, where lists drop the "Bộ"
   * ("gồm: Công an; Tư pháp"). Ministries named "Bộ …" get theirs derived as well.
   */
  listForms: z.array(z.string()).optional(),
  /**
   * Provinces: the place names ("Thanh Hóa", "tỉnh Thanh Hóa"). They also complete a provincial
   * department ("Cục Thuế Thanh Hóa"); a bare name matches in running text only when capitalised.
   */
  places: z.array(z.string()).optional(),
  /** Provincial departments: stems that name the body only before a place ("Công an Thanh Hóa"). */
  stems: z.array(z.string()).optional(),
});
export type AgencyEntry = z.infer<typeof agencyEntrySchema>;

/** One agency named in a cell: resolved (`id`) or unknown (`id` null, kept as written). */
export const agencyRefSchema = z.object({
  id: z.string().nullable(),
  /** Canonical name when resolved, else the text as written (cleaned). */
  name: z.string(),
  /** The words of the cell that named it. */
  written: z.string(),
  kind: agencyKindSchema.nullable(),
  /** Words of the cell around the name: "(C06)", "có liên quan", "(ý kiến thẩm định)". */
  note: z.string().optional(),
});
export type AgencyRef = z.infer<typeof agencyRefSchema>;

/** What an agency cell says: who leads, who partners, and any stated count ("09 bộ ngành"). */
export const agencyReadingSchema = z.object({
  lead: z.array(agencyRefSchema),
  partners: z.array(agencyRefSchema),
  /** "02 bộ, ngành: …" / "13 bộ, ngành (…)" / "09 bộ ngành cần triển khai". */
  statedCount: z.number().int().nonnegative().nullable(),
});
export type AgencyReading = z.infer<typeof agencyReadingSchema>;
