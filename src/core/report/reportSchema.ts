import { z } from 'zod';
import { deadlineSchema, isoDateSchema } from '../parse/deadlineSchema';
import { statusSchema } from '../parse/statusSchema';
import { columnMapSchema } from '../table/model';

/** DESIGN.md §4: `da06 check --format json`, version 1. A public contract: change with a bump. */
export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const reportFindingSchema = z.object({
  rule: z.string(),
  code: z.string(),
  severity: severitySchema,
  sheet: z.string(),
  cell: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type ReportFinding = z.infer<typeof reportFindingSchema>;

export const reportTaskSchema = z.object({
  row: z.number().int(),
  stt: z.string().nullable(),
  section: z.string().nullable(),
  group: z.string().nullable(),
  task: z.string(),
  result: z.string().nullable(),
  lead: z.array(z.string()),
  partners: z.array(z.string()),
  deadline: deadlineSchema,
  status: statusSchema,
  overdue: z.boolean(),
  daysLate: z.number().int().nullable(),
});
export type ReportTask = z.infer<typeof reportTaskSchema>;

export const reportTableSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  headerRow: z.number().int(),
  columns: columnMapSchema,
  tasks: z.array(reportTaskSchema),
  findings: z.array(reportFindingSchema),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportFileSchema = z.object({
  file: z.string(),
  tables: z.array(reportTableSchema),
  findings: z.array(reportFindingSchema),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

export const reportSchema = z.object({
  version: z.literal(1),
  asOf: isoDateSchema,
  files: z.array(reportFileSchema),
  totals: z.object({
    tasks: z.number().int(),
    overdue: z.number().int(),
    error: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
  }),
});
export type Report = z.infer<typeof reportSchema>;
