import { z } from 'zod';

/** DESIGN.md §4: the status of a task, read from its result (or a status column). */
export const statusSchema = z.enum([
  'DONE',
  'MOSTLY_DONE',
  'IN_PROGRESS',
  'NOT_DONE',
  'RECURRING',
  'UNKNOWN',
  'NOT_REPORTED',
]);
export type Status = z.infer<typeof statusSchema>;

export const statusFlagSchema = z.enum([
  /** Waiting on another body ("chờ …"). */
  'waiting',
  /** The owner asked for more time ("xin lùi …"). */
  'extension-requested',
  /** Done for a part only ("Đã hoàn thành … 59/63", "Còn …"). */
  'partial',
  /** Read from a typo or missing accents ("Chưa hoản thành", "Hoan thanh"). */
  'fuzzy',
]);
export type StatusFlag = z.infer<typeof statusFlagSchema>;

export const statusReadingSchema = z.object({
  status: statusSchema,
  /** The leading phrase that decided, as written ("" when none). */
  phrase: z.string(),
  flags: z.array(statusFlagSchema),
});
export type StatusReading = z.infer<typeof statusReadingSchema>;
