import { z } from 'zod';

/** ISO calendar date, yyyy-mm-dd. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = z.infer<typeof isoDateSchema>;

/** How much of the calendar the written deadline names; `due` is always the period's last day. */
export const precisionSchema = z.enum(['day', 'month', 'quarter', 'half', 'year']);
export type Precision = z.infer<typeof precisionSchema>;

/** A dated deadline as written once (an original, superseded by a revised one). */
export const datedSchema = z.object({
  due: isoDateSchema,
  precision: precisionSchema,
  text: z.string(),
});
export type Dated = z.infer<typeof datedSchema>;

/** Flags that qualify a reading without changing its kind. */
export const deadlineFlagSchema = z.enum([
  /** "dự kiến …": an expected date, not a firm one. */
  'tentative',
  /** A period written without its year ("trong quý I"): the year came from the report date. */
  'year-inferred',
  /** The text adds a condition beside the date ("… và theo lộ trình …"). */
  'conditional-part',
]);
export type DeadlineFlag = z.infer<typeof deadlineFlagSchema>;

/**
 * What a deadline cell means. `text` is the cell's cleaned text (or the formatted date).
 * - date: due on `due` (the last day of the named period); `recurring` when it also says
 *   "… và thực hiện thường xuyên"; `original` when the cell also keeps an earlier deadline.
 * - recurring: "Thường xuyên", or from a start ("Từ tháng 02/2023" → `from` 2023-02-01).
 * - conditional: tied to an event or another plan ("Theo tiến độ …", "Khi có …"); `due` when a
 *   date is also named inside ("dự kiến trong năm 2024").
 * - none: empty. unparsed: anything else (reported, never guessed).
 */
export const deadlineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('date'),
    due: isoDateSchema,
    precision: precisionSchema,
    text: z.string(),
    recurring: z.boolean(),
    original: datedSchema.optional(),
    flags: z.array(deadlineFlagSchema),
  }),
  z.object({
    kind: z.literal('recurring'),
    text: z.string(),
    from: isoDateSchema.optional(),
  }),
  z.object({
    kind: z.literal('conditional'),
    text: z.string(),
    due: isoDateSchema.optional(),
  }),
  z.object({ kind: z.literal('none'), text: z.literal('') }),
  z.object({ kind: z.literal('unparsed'), text: z.string() }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineKind = Deadline['kind'];
