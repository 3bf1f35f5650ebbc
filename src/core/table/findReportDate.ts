import type { IsoDate } from '../parse/deadlineSchema';
import { toIso } from '../parse/calendar';
import { foldForMatch } from '../text/normalizeText';

/**
 * The report date a table's title names: "(Kèm theo Báo cáo số 230/BC-TCTTKĐA ngày 31/01/2024)",
 * "kèm theo Báo cáo số: 137 /BC-UBND ngày 28/6/2024", "… ngày 28 tháng 6 năm 2024". The date that
 * follows "ngày" after a document reference is the report's; null when no title names one.
 */
export function findReportDate(titles: readonly string[]): IsoDate | null {
  for (const title of titles) {
    const folded = foldForMatch(title);
    if (!/(bao cao|thong bao|ke hoach|cong van|kem theo|so\s*:?\s*\d)/.test(folded)) continue;
    const numeric = /ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/.exec(folded);
    const words = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})(?!\d)/.exec(folded);
    const m = numeric ?? words;
    if (!m) continue;
    const iso = toIso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) return iso;
  }
  return null;
}
