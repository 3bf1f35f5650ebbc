import { z } from 'zod';

/**
 * A generated sheet as plain data: what both writers (the Excel adapter and exceljs) put on the
 * page. The layout is fixed so the writers never decide it: title lines from row 1, one blank
 * row, the header at `headerRowOf(spec)`, then the rows; every column spans the same width.
 */

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One cell: text (always written as text, never as a formula or a number, whatever it starts
 * with), a number, a real date (written as an Excel date shown dd/mm/yyyy), or empty.
 */
export const specCellSchema = z.union([
  z.string(),
  z.number(),
  z.object({ date: isoDateSchema }),
  z.null(),
]);
export type SpecCell = z.infer<typeof specCellSchema>;

/** How a column's values are shown; the writers map each to a number format. */
export const columnKindSchema = z.enum(['text', 'integer', 'date', 'percent']);
export type ColumnKind = z.infer<typeof columnKindSchema>;

export const specColumnSchema = z.object({
  header: z.string().min(1),
  kind: columnKindSchema,
  /** Width in characters of the default font (Excel's column width unit). */
  width: z.number().positive(),
  align: z.enum(['left', 'center', 'right']),
  /** Hidden in the sheet (a normalised table keeps the agency cell as written this way). */
  hidden: z.boolean().optional(),
});
export type SpecColumn = z.infer<typeof specColumnSchema>;

/**
 * - `task`: an ordinary row;
 * - `group`: a heading over the rows that follow ("I. Bộ Công an (5 nhiệm vụ)"), bold, its text in
 *   the first cells, merged from its second column to the last when `mergeFrom` says so;
 * - `total`: the closing "Tổng cộng" row, bold.
 */
export const rowStyleSchema = z.enum(['task', 'group', 'total']);
export type RowStyle = z.infer<typeof rowStyleSchema>;

export const specRowSchema = z.object({
  style: rowStyleSchema,
  /** One value per column. */
  cells: z.array(specCellSchema),
  /** Group rows: merge from this column index (0-based) to the last column. */
  mergeFrom: z.number().int().nonnegative().optional(),
});
export type SpecRow = z.infer<typeof specRowSchema>;

/** Which rows (0-based indexes into `rows`, `to` inclusive) a chart or data bars cover. */
const rowSpanSchema = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
});

/**
 * A chart of some columns by category: in Excel a real chart (stacked bars of status by agency);
 * exceljs cannot write charts, so the file shows data bars on the same columns instead.
 */
export const specChartSchema = z.object({
  title: z.string(),
  /** Column index of the category names (the agencies). */
  categoryColumn: z.number().int().nonnegative(),
  /** Column indexes of the series (contiguous, in order). */
  seriesColumns: z.array(z.number().int().nonnegative()).min(1),
  rows: rowSpanSchema,
});
export type SpecChart = z.infer<typeof specChartSchema>;

/** The meeting workbook's three kinds, and a task table in the standard layout (`normalizeTable`). */
export const sheetKindSchema = z.enum(['overview', 'late', 'agency', 'normalized']);
export type SheetKind = z.infer<typeof sheetKindSchema>;

export const sheetSpecSchema = z.object({
  /** ≤ 31 characters, without \ / ? * [ ] : (see `assignSheetNames`). */
  name: z.string().min(1).max(31),
  kind: sheetKindSchema,
  /** Agency sheets: the agency's registry id, or its name as written when unknown. */
  agency: z.string().nullable(),
  /** Lines above the table: the first is the title (bold, larger), the rest are notes. */
  titles: z.array(z.string()).min(1),
  columns: z.array(specColumnSchema).min(1),
  rows: z.array(specRowSchema),
  chart: specChartSchema.nullable(),
});
export type SheetSpec = z.infer<typeof sheetSpecSchema>;

/** The font of every generated sheet, as in the reports. */
export const SHEET_FONT = { name: 'Times New Roman', size: 12, titleSize: 14 } as const;

/** Number formats by column kind (Excel's codes, which exceljs writes as they are). */
export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: 'General',
  integer: '0',
  date: 'dd/mm/yyyy',
  percent: '0.0%',
};

/** Sheet row (1-based) of the header: the title lines, then one blank row. */
export function headerRowOf(spec: Pick<SheetSpec, 'titles'>): number {
  return spec.titles.length + 2;
}

/** Sheet row (1-based) of `rows[index]`. */
export function sheetRowOf(spec: Pick<SheetSpec, 'titles'>, index: number): number {
  return headerRowOf(spec) + 1 + index;
}
