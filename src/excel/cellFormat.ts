import { z } from 'zod';
import type { CellBorder, CellFill, CellFormat, CellPropertiesLoadOptions } from './excelApi';
import {
  BORDER_STYLES,
  BORDER_WEIGHTS,
  GRADIENT_FILL_PATTERNS,
  HORIZONTAL_ALIGNMENTS,
  SETTABLE_FILL_PATTERNS,
  UNDERLINE_STYLES,
  VERTICAL_ALIGNMENTS,
} from './excelApi';

/*
 * A cell's format as an edit keeps it to put back: what `getCellProperties` reads and
 * `setCellProperties` sets (ExcelApi 1.9). Number formats travel apart, as `range.numberFormat`.
 */

const ALL = true as const;
const BORDER: Record<keyof CellBorder, true> = { style: ALL, color: ALL, weight: ALL };

/** Every format property an edit keeps. */
export const CELL_FORMAT_OPTIONS = {
  format: {
    fill: {
      color: ALL,
      pattern: ALL,
      patternColor: ALL,
      tintAndShade: ALL,
      patternTintAndShade: ALL,
    },
    font: {
      name: ALL,
      size: ALL,
      color: ALL,
      bold: ALL,
      italic: ALL,
      underline: ALL,
      strikethrough: ALL,
    },
    borders: BORDER,
    horizontalAlignment: ALL,
    verticalAlignment: ALL,
    wrapText: ALL,
    indentLevel: ALL,
    textOrientation: ALL,
  },
} as const satisfies CellPropertiesLoadOptions;

/**
 * Estimated response bytes of one cell read with CELL_FORMAT_OPTIONS (about 600 as JSON with
 * Excel's defaults; a long font name or colours in every property add a little).
 */
export const CELL_FORMAT_BYTES = 800;

const fillSchema = z.object({
  color: z.string().exactOptional(),
  pattern: z.enum([...SETTABLE_FILL_PATTERNS, ...GRADIENT_FILL_PATTERNS]).exactOptional(),
  patternColor: z.string().exactOptional(),
  tintAndShade: z.number().exactOptional(),
  patternTintAndShade: z.number().exactOptional(),
}) satisfies z.ZodType<CellFill>;

const borderSchema = z.object({
  style: z.enum(BORDER_STYLES).exactOptional(),
  color: z.string().exactOptional(),
  weight: z.enum(BORDER_WEIGHTS).exactOptional(),
}) satisfies z.ZodType<CellBorder>;

/** A cell's format as data (as `setCellProperties` takes it). */
export const cellFormatSchema = z.object({
  fill: fillSchema.exactOptional(),
  font: z
    .object({
      name: z.string().exactOptional(),
      size: z.number().exactOptional(),
      color: z.string().exactOptional(),
      bold: z.boolean().exactOptional(),
      italic: z.boolean().exactOptional(),
      underline: z.enum(UNDERLINE_STYLES).exactOptional(),
      strikethrough: z.boolean().exactOptional(),
    })
    .exactOptional(),
  borders: z
    .object({
      top: borderSchema.exactOptional(),
      bottom: borderSchema.exactOptional(),
      left: borderSchema.exactOptional(),
      right: borderSchema.exactOptional(),
    })
    .exactOptional(),
  horizontalAlignment: z.enum(HORIZONTAL_ALIGNMENTS).exactOptional(),
  verticalAlignment: z.enum(VERTICAL_ALIGNMENTS).exactOptional(),
  wrapText: z.boolean().exactOptional(),
  indentLevel: z.number().exactOptional(),
  textOrientation: z.number().exactOptional(),
}) satisfies z.ZodType<CellFormat>;

type Given<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> };

/** Only the properties Excel gave (it may give null where it has nothing to say). */
function given<T extends object>(value: T): Given<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, property]) => property !== null && property !== undefined),
  ) as Given<T>;
}

/**
 * No fill is "pattern None" alone: a colour set with it would make the cell solid. Otherwise in
 * this order: the colour makes the cell solid, the pattern then replaces Solid, the tints come
 * last (a colour set after a tint could reset it). A gradient cannot be set: left out.
 */
function settableFill(fill: CellFill): CellFill | null {
  const { color, pattern, patternColor, tintAndShade, patternTintAndShade } = fill;
  if (pattern === 'None') return { pattern };
  if ((GRADIENT_FILL_PATTERNS as readonly string[]).includes(pattern ?? '')) return null;
  return given({ color, pattern, patternColor, tintAndShade, patternTintAndShade });
}

/** No line is "style None" alone: a weight or colour set with it would draw one. */
function settableBorder(border: CellBorder): CellBorder {
  const { style, weight, color } = border;
  return style === 'None' ? { style } : given({ style, weight, color });
}

/** A format as read, made ready to be set back exactly (see the two rules above). */
export function toSettableFormat(format: CellFormat): CellFormat {
  const { fill, font, borders, ...layout } = given(format);
  const settable: CellFormat = given(layout);
  const fillToSet = fill && settableFill(fill);
  if (fillToSet) settable.fill = fillToSet;
  if (font) settable.font = given(font);
  if (borders) {
    settable.borders = Object.fromEntries(
      Object.entries(given(borders)).map(([side, border]) => [side, settableBorder(border)]),
    );
  }
  return settable;
}
