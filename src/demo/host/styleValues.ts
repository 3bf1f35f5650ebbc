/*
 * The format values Excel takes, as checks: the value when Excel would take it, else null (the
 * caller fails with InvalidArgument, as Excel does).
 */

export const isName = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

// Excel takes font sizes of 1–409 points.
export const isSize = (value: unknown): number | null =>
  typeof value === 'number' && value >= 1 && value <= 409 ? value : null;

export const isFlag = (value: unknown): boolean | null =>
  typeof value === 'boolean' ? value : null;

export const isIndentLevel = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 250 ? value : null;

// Degrees from −90 to 90, or 180 for text stacked vertically.
export const isTextOrientation = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && (Math.abs(value) <= 90 || value === 180)
    ? value
    : null;
