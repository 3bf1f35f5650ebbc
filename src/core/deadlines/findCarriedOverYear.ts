/**
 * "(nhiệm vụ chưa hoàn thành từ năm 2022)", "chuyển tiếp từ năm 2023", "tồn đọng từ năm 2022",
 * "nhiệm vụ năm 2022 chuyển sang": a task carried over from a past year, whatever deadline the
 * table now gives it.
 */
import { foldForMatch } from '../text/normalizeText';

/** Words that say the task is left over, as written in Đề án 06 reports (folded). */
const CARRY_WORDS = [
  'chua hoan thanh xong',
  'chua hoan thanh',
  'chua thuc hien xong',
  'chua thuc hien',
  'chuyen tiep',
  'con ton dong',
  'ton dong',
  'con ton',
  'keo dai',
].join('|');

// The phrase must speak of the task: it opens its clause, follows "nhiệm vụ" / "dự án", or stands
// in brackets. "hồ sơ tồn đọng từ năm 2022" is a backlog of files, not a carried-over task.
const CARRIED_FROM = new RegExp(
  String.raw`(?:^|[(\[;:.\n]|\s-\s|(?<!\p{L})(?:nhiem vu|du an|de an|noi dung)(?:\s+nay)?)\s*` +
    String.raw`(?:(?:la|da|van|con|bi|duoc)\s+)?(?:${CARRY_WORDS})\s+(?:sang\s+)?(?:tu|cua)\s+` +
    String.raw`(?:nam\s+)?((?:19|20)\d{2})(?!\d)`,
  'gu',
);
const ANY_DIGIT_OR_ENTITY = /[0-9&]/;
const CARRIED_INTO =
  /(?<!\p{L})nhiem vu\s+(?:cua\s+)?nam\s+((?:19|20)\d{2})\s+chuyen\s+sang(?!\p{L})/gu;

/**
 * The earliest past year (before `beforeYear`) that one of the texts says the task is carried
 * over from; null when none does.
 */
export function findCarriedOverYear(
  texts: readonly (string | null)[],
  beforeYear: number,
): number | null {
  let earliest: number | null = null;
  for (const text of texts) {
    // A year is digits, and folding makes none but from an entity ("&#50;"): skip the folding.
    if (text === null || !ANY_DIGIT_OR_ENTITY.test(text)) continue;
    const folded = foldForMatch(text);
    for (const re of [CARRIED_FROM, CARRIED_INTO]) {
      for (const match of folded.matchAll(re)) {
        const year = Number(match[1]);
        if (year < beforeYear && (earliest === null || year < earliest)) earliest = year;
      }
    }
  }
  return earliest;
}
