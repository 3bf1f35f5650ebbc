import { excelSerialToIso, isDateNumberFormat } from '../core/parse/calendar';
import type { ExcelCellValue } from '../excel/excelApi';

/**
 * A cell's text as Excel shows it, for the formats the tables and the generated sheets use:
 * dates (dd/mm/yyyy, however the format writes them), percentages and fixed decimals
 * ("0.0%", "0.00"), thousands ("#,##0"), and General (at most 11 significant digits, as Excel's
 * General keeps a cell narrow). Other formats show the number as General would.
 */
export function displayText(value: ExcelCellValue, numberFormat: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateNumberFormat(numberFormat)) {
    const iso = excelSerialToIso(value);
    if (iso) return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  const section = numberSection(numberFormat);
  if (section === null) return String(Number(value.toPrecision(11)));
  const percent = section.includes('%');
  const shown = percent ? value * 100 : value;
  const decimals = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  const fixed = Math.abs(shown).toFixed(decimals);
  const grouped = section.includes(',') ? groupThousands(fixed) : fixed;
  // Excel drops the minus of a value that rounds to zero ("-0.001" as "0").
  const sign = shown < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${percent ? '%' : ''}`;
}

/** The first section of a number format made of digits codes ("#,##0.00"), else null. */
function numberSection(numberFormat: string): string | null {
  const first = numberFormat.split(';')[0]?.trim() ?? '';
  return /^[#0,]*0(?:\.0+)?%?$/.test(first) ? first : null;
}

function groupThousands(fixed: string): string {
  const [whole = '', decimals] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}
