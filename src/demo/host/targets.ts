import type { RangeRef } from '../../core/table/address';
import { HostError } from './hostError';
import type { SheetChart } from './sheetSetup';
import { InMemorySheet } from './workbook';

/*
 * What the proxies resolve to at sync: plain references into the workbook model.
 */

/** One rectangle of a sheet (a Range). */
export type RangeTarget = { sheet: InMemorySheet; area: RangeRef };

/** The cells a format applies to: one rectangle for a Range, several for RangeAreas. */
export type FillTarget = { sheet: InMemorySheet; areas: RangeRef[] };

/** A chart and the sheet it sits on. */
export type ChartTarget = { sheet: InMemorySheet; chart: SheetChart };

/** Fails a write to a protected sheet, as Excel does. */
export function assertWritable(sheet: InMemorySheet, api: string): void {
  if (sheet.isProtected) {
    throw new HostError('AccessDenied', 'The current sheet is protected.', api);
  }
}

/** The sheet a target lives on (a sheet, or anything holding one); null for workbook-level ones. */
export function sheetOf(target: unknown): InMemorySheet | null {
  if (target instanceof InMemorySheet) return target;
  if (typeof target === 'object' && target !== null && 'sheet' in target) {
    return target.sheet instanceof InMemorySheet ? target.sheet : null;
  }
  return null;
}
