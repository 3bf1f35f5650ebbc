/**
 * Vietnamese number parsing: "." groups thousands, "," marks decimals.
 * "1.086" → 1086, "49,26%" → 49.26, "02" → 2, "3.183.845" → 3183845, "0,03" → 0.03.
 */
export type ParsedNumber = { value: number; percent: boolean };

const NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/** Parses one Vietnamese-written number, optionally followed by "%"; null when it is not one. */
export function parseVietnameseNumber(text: string): ParsedNumber | null {
  const trimmed = text.replace(/[\s\u00a0]/g, '');
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1) : trimmed;
  if (!NUMBER.test(body)) return null;
  const value = Number(body.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? { value, percent } : null;
}

/** The numeric value of a Vietnamese number, or null. */
export function toNumber(text: string): number | null {
  return parseVietnameseNumber(text)?.value ?? null;
}
