import type { SpecColumn } from './sheetSpec';

/** Long texts read from the left; numbers, dates and short codes sit in the middle, as in the reports. */
export function textColumn(header: string, width: number): SpecColumn {
  return { header, kind: 'text', width, align: 'left' };
}

export function codeColumn(header: string, width: number): SpecColumn {
  return { header, kind: 'text', width, align: 'center' };
}

export function integerColumn(header: string, width: number): SpecColumn {
  return { header, kind: 'integer', width, align: 'center' };
}

export function dateColumn(header: string, width: number): SpecColumn {
  return { header, kind: 'date', width, align: 'center' };
}

export function percentColumn(header: string, width: number): SpecColumn {
  return { header, kind: 'percent', width, align: 'center' };
}
