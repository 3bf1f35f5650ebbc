import { z } from 'zod';
import type { IsoDate } from '../parse/deadlineSchema';
import type { SheetSpec } from '../summary/sheetSpec';

/**
 * What normalising a task table changes, by kind; the preview counts them and the user may untick
 * a kind, which leaves that part as it was:
 * - `merge-rows`: a task written over several rows (continuation rows) becomes one row;
 * - `clean-text`: HTML remnants (`<ul><li>`, `<p>`, `<b>`, entities), stray and doubled spaces;
 * - `renumber`: STT renumbered 1, 2, … within each section and group;
 * - `agencies`: lead and partner agencies by their canonical names, in two columns (the cell as
 *   written kept in a hidden column);
 * - `deadline-date`: the deadline as a real Excel date beside the text as written;
 * - `status`: a column "Đánh giá" with the status read from the result (not "Tình trạng", which
 *   the reader would take as the status itself, ahead of the result);
 * - `overdue`: an overdue column (days late as of the report date).
 */
export const changeKindSchema = z.enum([
  'merge-rows',
  'clean-text',
  'renumber',
  'agencies',
  'deadline-date',
  'status',
  'overdue',
]);
export type ChangeKind = z.infer<typeof changeKindSchema>;

export const ALL_CHANGE_KINDS: readonly ChangeKind[] = changeKindSchema.options;

/** One change, for the preview: where in the source, and the text before and after. */
export const changeSchema = z.object({
  kind: changeKindSchema,
  /** Sheet row of the source (the task's first row). */
  row: z.number().int().positive(),
  /** A1 address of the source cell, when the change is about one cell. */
  cell: z.string().nullable(),
  before: z.string(),
  after: z.string(),
});
export type Change = z.infer<typeof changeSchema>;

export type NormalizeOptions = {
  /** The report date (for the overdue column). */
  asOf: IsoDate;
  /** The kinds to apply. @default all */
  kinds?: ReadonlySet<ChangeKind>;
  /** The output sheet's name. @default "<source sheet> (chuẩn hóa)", shortened to fit */
  name?: string;
};

/**
 * The table in the standard layout (a `normalized` SheetSpec: the source's title lines, then
 * `STT | Nội dung, nhiệm vụ | Văn bản chỉ đạo | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |
 * Hạn (ngày) | Kết quả | Đánh giá | Số ngày quá hạn | <the source's other columns> |
 * <agency as written, hidden>`, section and group rows kept as `group` rows), the changes it
 * made, and their counts by kind (every kind present, 0 when none).
 */
export type NormalizeResult = {
  spec: SheetSpec;
  changes: Change[];
  counts: Record<ChangeKind, number>;
};
