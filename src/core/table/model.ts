import { z } from 'zod';
import { deadlineSchema } from '../parse/deadlineSchema';
import { statusReadingSchema } from '../parse/statusSchema';
import { agencyRefSchema } from '../parse/agencySchema';

/** DESIGN.md §1: the roles a column of a task table can play. */
export const columnRoleSchema = z.enum([
  'stt',
  'task',
  'directive',
  'lead',
  'partners',
  'deadline',
  'result',
  'status',
  'note',
]);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

/** Column letters by role ("B"); only the roles the table has. */
export const columnMapSchema = z.partialRecord(columnRoleSchema, z.string());
export type ColumnMap = z.infer<typeof columnMapSchema>;

/** A1 address on the table's sheet. */
const addressSchema = z.string().regex(/^[A-Z]{1,3}\d+$/);

/** A cell's text the model has no field for, with its column's header: kept so nothing is lost. */
export const extraCellSchema = z.object({
  header: z.string(),
  cell: addressSchema,
  text: z.string(),
});
export type ExtraCell = z.infer<typeof extraCellSchema>;

export const sectionSchema = z.object({
  /** "A", "B" … (without the dot). */
  label: z.string(),
  title: z.string(),
  row: z.number().int().positive(),
  cell: addressSchema,
  /** Text in the heading row's other cells ("Quý I/2024", a note); absent when there is none. */
  extra: z.array(extraCellSchema).optional(),
});
export type Section = z.infer<typeof sectionSchema>;

export const groupSchema = z.object({
  /** "I", "II" … (without the dot or colon). */
  label: z.string(),
  title: z.string(),
  /** "(03 nhiệm vụ)" in the heading → 3. */
  statedCount: z.number().int().nonnegative().nullable(),
  section: z.string().nullable(),
  row: z.number().int().positive(),
  cell: addressSchema,
  /** Task rows found under the heading. */
  taskCount: z.number().int().nonnegative(),
  /** Text in the heading row's other cells ("Quý I/2024", a note); absent when there is none. */
  extra: z.array(extraCellSchema).optional(),
});
export type Group = z.infer<typeof groupSchema>;

/** Cell addresses of the values a task was read from (first row's cell for merged text). */
export const taskCellsSchema = z.partialRecord(columnRoleSchema, addressSchema);
export type TaskCells = z.infer<typeof taskCellsSchema>;

export const taskSchema = z.object({
  /** Sheet row of the task's first row. */
  row: z.number().int().positive(),
  /** Sheet row of its last row (continuation rows merged in). */
  lastRow: z.number().int().positive(),
  stt: z.string().nullable(),
  section: z.string().nullable(),
  group: z.string().nullable(),
  task: z.string(),
  directive: z.string().nullable(),
  leadText: z.string().nullable(),
  partnersText: z.string().nullable(),
  deadlineText: z.string().nullable(),
  result: z.string().nullable(),
  statusText: z.string().nullable(),
  note: z.string().nullable(),
  lead: z.array(agencyRefSchema),
  partners: z.array(agencyRefSchema),
  deadline: deadlineSchema,
  status: statusReadingSchema,
  cells: taskCellsSchema,
  /** Values of columns with no role ("Sản phẩm", "Nguyên nhân"), kept so nothing is lost. */
  extra: z.array(extraCellSchema),
});
export type Task = z.infer<typeof taskSchema>;

/**
 * A total row ("Tổng cộng | … | 45/63") and the rows with an empty STT below it: it ends the task
 * above, and its figures are kept, every non-empty cell.
 */
export const totalRowSchema = z.object({
  /** Sheet row of the "Tổng cộng" row. */
  row: z.number().int().positive(),
  /** Sheet row of its last row (rows with an empty STT below it). */
  lastRow: z.number().int().positive(),
  cells: z.array(extraCellSchema),
});
export type TotalRow = z.infer<typeof totalRowSchema>;

export const taskTableSchema = z.object({
  sheet: z.string(),
  /** The table's area on the sheet, header included ("A4:F38"). */
  range: z.string(),
  /** Sheet row of the header (its first row when split over two). */
  headerRow: z.number().int().positive(),
  /** 1 or 2. */
  headerRows: z.number().int().min(1).max(2),
  columns: columnMapSchema,
  /** Header text of each mapped column, as written. */
  headers: z.partialRecord(columnRoleSchema, z.string()),
  sections: z.array(sectionSchema),
  groups: z.array(groupSchema),
  tasks: z.array(taskSchema),
  /** Total rows, in sheet order; absent when the table has none. */
  totals: z.array(totalRowSchema).optional(),
  /** Title lines above the header ("(Kèm theo Báo cáo số 230/BC-TCTTKĐA ngày 31/01/2024)"). */
  titles: z.array(z.string()),
});
export type TaskTable = z.infer<typeof taskTableSchema>;
