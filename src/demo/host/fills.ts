import type { FillPattern } from '../../excel/excelApi';
import { GRADIENT_FILL_PATTERNS, SETTABLE_FILL_PATTERNS } from '../../excel/excelApi';
import { HostError } from './hostError';
import { CELL_FILL_PROPERTIES } from '../../excel/excelApi';

/**
 * A cell's fill as Excel reports it through `getCellProperties`: every property always present.
 * A cell without fill has pattern "None" and reads as white (#FFFFFF), exactly as in Excel —
 * so `color` alone cannot tell "no fill" from a white fill; `pattern` can.
 */
export type HostFill = {
  color: string;
  pattern: FillPattern;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
};

export type FillProperty = keyof HostFill;

/** The order the host reports fill properties in. */
export const FILL_PROPERTIES = CELL_FILL_PROPERTIES satisfies readonly FillProperty[];

/** The fill of a cell nobody formatted. */
export const NO_FILL: Readonly<HostFill> = Object.freeze({
  color: '#FFFFFF',
  pattern: 'None',
  patternColor: '#000000',
  tintAndShade: 0,
  patternTintAndShade: 0,
});

const PATTERNS: ReadonlySet<string> = new Set<FillPattern>([
  ...SETTABLE_FILL_PATTERNS,
  ...GRADIENT_FILL_PATTERNS,
]);

/** Gradients can be read (a cell may have one) but not set through the API. */
const GRADIENTS: ReadonlySet<string> = new Set(GRADIENT_FILL_PATTERNS);

export function isFillPattern(value: unknown): value is FillPattern {
  return typeof value === 'string' && PATTERNS.has(value);
}

export function isSameFill(a: HostFill, b: HostFill): boolean {
  return FILL_PROPERTIES.every((name) => a[name] === b[name]);
}

/**
 * "#ffa500", "FFA500" → "#FFA500", as Excel gives colours back; null for anything else (named
 * colours are not modelled: the host refuses them).
 */
export function normalizeColor(value: unknown): string | null {
  if (typeof value === 'string' && /^#?[0-9a-f]{6}$/i.test(value)) {
    return `#${value.replace('#', '').toUpperCase()}`;
  }
  return null;
}

function toColor(value: unknown, property: string): string {
  const color = normalizeColor(value);
  if (color === null) throw invalid(property, value);
  return color;
}

function toTint(value: unknown, property: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= -1 && value <= 1)
    return value;
  throw invalid(property, value);
}

function invalid(property: string, value: unknown): HostError {
  return new HostError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format: ${property} = ${JSON.stringify(value)}.`,
    `RangeFill.${property}`,
  );
}

/**
 * One property set on one cell's fill, as Excel does it: a colour on a cell without fill makes
 * it solid, a colour on a patterned cell keeps the pattern (and the tint: set it after the
 * colour); pattern "None" removes the fill; pattern colour and tints on a cell without fill are
 * ignored. Throws InvalidArgument for a value Excel refuses (a gradient, a tint outside −1…1).
 */
export function setFillProperty(fill: HostFill, property: string, value: unknown): HostFill {
  switch (property) {
    case 'color':
      return {
        ...fill,
        color: toColor(value, property),
        pattern: fill.pattern === 'None' ? 'Solid' : fill.pattern,
      };
    case 'pattern':
      if (!isFillPattern(value) || GRADIENTS.has(value)) throw invalid(property, value);
      return value === 'None' ? { ...NO_FILL } : { ...fill, pattern: value };
    case 'patternColor':
      return fill.pattern === 'None' ? fill : { ...fill, patternColor: toColor(value, property) };
    case 'tintAndShade':
      return fill.pattern === 'None' ? fill : { ...fill, tintAndShade: toTint(value, property) };
    case 'patternTintAndShade':
      return fill.pattern === 'None'
        ? fill
        : { ...fill, patternTintAndShade: toTint(value, property) };
    default:
      throw invalid(property, value);
  }
}

/** Several properties, in the order of the object's keys (as Office.js's `set` queues them). */
export function setFillProperties(fill: HostFill, properties: object): HostFill {
  let next = fill;
  for (const [property, value] of Object.entries(properties)) {
    if (value !== undefined) next = setFillProperty(next, property, value);
  }
  return next;
}
