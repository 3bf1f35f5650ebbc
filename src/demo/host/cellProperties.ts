import type { RangeRef } from '../../core/table/address';
import type { CellProperties } from '../../excel/excelApi';
import {
  BORDER_STYLES,
  BORDER_WEIGHTS,
  HORIZONTAL_ALIGNMENTS,
  UNDERLINE_STYLES,
  VERTICAL_ALIGNMENTS,
} from '../../excel/excelApi';
import type { BorderProperty, BorderSide, CellStyle, HostBorder, HostFont } from './cellStyles';
import { SIDE_EDGES } from './cellStyles';
import type { FillProperty, HostFill } from './fills';
import { FILL_PROPERTIES, normalizeColor, setFillProperties } from './fills';
import { HostError, invalidValue, oneOf } from './hostError';
import { isFlag, isIndentLevel, isName, isSize, isTextOrientation } from './styleValues';
import type { InMemorySheet } from './workbook';

/*
 * `range.getCellProperties` / `setCellProperties` (ExcelApi 1.9) for the formats the host models:
 * fill, font, the four sides' borders, alignment, wrapping, indent and orientation. Anything else
 * (protection, hyperlinks, styles, diagonals) is refused with InvalidArgument rather than made up.
 */

const FONT_PROPERTIES = [
  'name',
  'size',
  'color',
  'bold',
  'italic',
  'underline',
  'strikethrough',
] as const satisfies readonly (keyof HostFont)[];
type FontProperty = (typeof FONT_PROPERTIES)[number];

const BORDER_PROPERTIES = ['style', 'color', 'weight'] as const satisfies readonly BorderProperty[];

const SIDES = ['top', 'bottom', 'left', 'right'] as const satisfies readonly BorderSide[];

const LAYOUT_PROPERTIES = [
  'horizontalAlignment',
  'verticalAlignment',
  'wrapText',
  'indentLevel',
  'textOrientation',
] as const satisfies readonly (keyof CellStyle)[];
type LayoutProperty = (typeof LAYOUT_PROPERTIES)[number];

const FORMAT_KEYS: readonly string[] = ['fill', 'font', 'borders', ...LAYOUT_PROPERTIES];

/** What a `getCellProperties` call asks for; null for a group it does not name. */
export type CellPropertyRequest = {
  fill: FillProperty[] | null;
  font: FontProperty[] | null;
  borders: BorderProperty[] | null;
  layout: LayoutProperty[];
};

/** What Excel reports for a side without a line. */
const NO_LINE = { style: 'None', color: '#000000', weight: 'Thin' } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notModelled(what: string, api: string): HostError {
  return new HostError('InvalidArgument', `The in-memory host does not model ${what}.`, api);
}

/** The keys of `value` (an object), each one of `known`; InvalidArgument otherwise. */
function keysOf<K extends string>(
  value: unknown,
  known: readonly K[],
  what: string,
  api: string,
): { record: Record<string, unknown>; keys: K[] } {
  if (!isRecord(value)) throw invalidValue(api, value);
  const keys = Object.keys(value);
  const unknown = keys.filter((key) => !(known as readonly string[]).includes(key));
  if (unknown.length > 0) throw notModelled(`${what} ${unknown.join(', ')}`, api);
  return { record: value, keys: keys as K[] };
}

/** The properties selected (`true`) in one group of load options. */
function selected<K extends string>(
  value: unknown,
  known: readonly K[],
  what: string,
  api: string,
): K[] {
  const { record, keys } = keysOf(value, known, what, api);
  return keys.filter((key) => record[key] === true);
}

/** Reads `getCellProperties` options; InvalidArgument for anything the host does not model. */
export function requestedCellProperties(options: unknown, api: string): CellPropertyRequest {
  const { record } = keysOf(options, ['format'], 'cell property', api);
  const format = keysOf(record['format'] ?? {}, FORMAT_KEYS, 'format property', api).record;
  const group = <K extends string>(key: string, known: readonly K[]): K[] | null =>
    format[key] === undefined ? null : selected(format[key], known, `${key} property`, api);
  return {
    fill: group('fill', FILL_PROPERTIES),
    font: group('font', FONT_PROPERTIES),
    borders: group('borders', BORDER_PROPERTIES),
    layout: LAYOUT_PROPERTIES.filter((key) => format[key] === true),
  };
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

/** Each cell's requested properties, rows of cells. */
export function cellPropertiesOf(
  sheet: InMemorySheet,
  area: RangeRef,
  request: CellPropertyRequest,
): CellProperties[][] {
  const rows: CellProperties[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const cells: CellProperties[] = [];
    for (let column = area.left; column <= area.right; column++) {
      const cell = sheet.cell(row, column);
      const { borders } = request;
      cells.push({
        format: {
          ...(request.fill && { fill: pick(cell.fill, request.fill) }),
          ...(request.font && { font: pick(cell.font, request.font) }),
          ...(borders && {
            borders: Object.fromEntries(
              SIDES.map((side) => [side, pick(cell.borders[side] ?? NO_LINE, borders)]),
            ),
          }),
          ...pick(cell, request.layout),
        },
      });
    }
    rows.push(cells);
  }
  return rows;
}

/** The changes `setCellProperties` makes to one cell, checked before any cell changes. */
export type CellUpdate = {
  fill: HostFill | null;
  font: Partial<HostFont>;
  /** Per side: null removes the line, else the properties to set (style first). */
  borders: Partial<Record<BorderSide, Partial<HostBorder> | null>>;
  layout: Partial<Pick<CellStyle, LayoutProperty>>;
};

function checked<T>(value: unknown, check: (value: unknown) => T | null, api: string): T {
  const valid = check(value);
  if (valid === null) throw invalidValue(api, value);
  return valid;
}

type Checks<T> = { [K in keyof T]-?: (value: unknown) => T[K] | null };

/** Sets `target[key]` to the value once checked. */
function setChecked<T, K extends keyof T>(
  target: Partial<T>,
  key: K,
  value: unknown,
  checks: Pick<Checks<T>, K>,
  api: string,
): void {
  const check: (value: unknown) => T[K] | null = checks[key];
  target[key] = checked(value, check, api);
}

const fontChecks: Checks<HostFont> = {
  name: isName,
  size: isSize,
  color: normalizeColor,
  bold: isFlag,
  italic: isFlag,
  underline: (value) => oneOf(UNDERLINE_STYLES, value),
  strikethrough: isFlag,
};

const layoutChecks: Checks<Pick<CellStyle, LayoutProperty>> = {
  horizontalAlignment: (value) => oneOf(HORIZONTAL_ALIGNMENTS, value),
  verticalAlignment: (value) => oneOf(VERTICAL_ALIGNMENTS, value),
  wrapText: isFlag,
  indentLevel: isIndentLevel,
  textOrientation: isTextOrientation,
};

function checkSide(value: unknown, api: string): Partial<HostBorder> | null {
  const { record, keys } = keysOf(value, BORDER_PROPERTIES, 'border property', api);
  if (record['style'] === 'None') return null;
  const line: Partial<HostBorder> = {};
  for (const key of keys) {
    if (key === 'style') {
      const style = checked(record[key], (v) => oneOf(BORDER_STYLES, v), api);
      if (style !== 'None') line.style = style;
    } else if (key === 'weight') {
      line.weight = checked(record[key], (v) => oneOf(BORDER_WEIGHTS, v), api);
    } else {
      line.color = checked(record[key], normalizeColor, api);
    }
  }
  return line;
}

/** Checks one cell's `setCellProperties` value against the cell as it is. */
export function checkCellUpdate(
  sheet: InMemorySheet,
  row: number,
  column: number,
  value: unknown,
  api: string,
): CellUpdate {
  const { record } = keysOf(value, ['format'], 'cell property', api);
  const format = keysOf(record['format'] ?? {}, FORMAT_KEYS, 'format property', api).record;
  const update: CellUpdate = { fill: null, font: {}, borders: {}, layout: {} };
  if (format['fill'] !== undefined) {
    keysOf(format['fill'], FILL_PROPERTIES, 'fill property', api);
    // Throws InvalidArgument for a value Excel refuses.
    update.fill = setFillProperties(sheet.fill(row, column), format['fill'] as object);
  }
  if (format['font'] !== undefined) {
    const { record: font, keys } = keysOf(format['font'], FONT_PROPERTIES, 'font property', api);
    for (const key of keys) setChecked(update.font, key, font[key], fontChecks, api);
  }
  if (format['borders'] !== undefined) {
    const { record: borders, keys } = keysOf(format['borders'], SIDES, 'border side', api);
    for (const side of keys) update.borders[side] = checkSide(borders[side], api);
  }
  for (const key of LAYOUT_PROPERTIES) {
    if (format[key] !== undefined) setChecked(update.layout, key, format[key], layoutChecks, api);
  }
  return update;
}

/** Applies a checked update to one cell. */
export function applyCellUpdate(
  sheet: InMemorySheet,
  row: number,
  column: number,
  update: CellUpdate,
): void {
  const cell = { top: row, left: column, bottom: row, right: column };
  if (update.fill) sheet.setFill(row, column, update.fill);
  for (const key of FONT_PROPERTIES) {
    const value = update.font[key];
    if (value !== undefined) sheet.setFont(cell, key, value);
  }
  for (const side of SIDES) {
    const line = update.borders[side];
    if (line === undefined) continue;
    if (line === null) {
      sheet.clearCellBorder(row, column, side);
      continue;
    }
    // Style first: a weight or colour set on a side without a line draws a continuous one.
    for (const key of ['style', 'weight', 'color'] as const) {
      const property = line[key];
      if (property !== undefined) sheet.setBorder(cell, SIDE_EDGES[side], key, property);
    }
  }
  const { layout } = update;
  if (layout.horizontalAlignment !== undefined) {
    sheet.setHorizontalAlignment(cell, layout.horizontalAlignment);
  }
  if (layout.verticalAlignment !== undefined) {
    sheet.setVerticalAlignment(cell, layout.verticalAlignment);
  }
  if (layout.wrapText !== undefined) sheet.setWrapText(cell, layout.wrapText);
  if (layout.indentLevel !== undefined) sheet.setIndentLevel(cell, layout.indentLevel);
  if (layout.textOrientation !== undefined) sheet.setTextOrientation(cell, layout.textOrientation);
}
