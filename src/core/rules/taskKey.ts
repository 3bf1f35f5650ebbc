import { foldForMatch } from '../text/normalizeText';
import { excelErrorOf } from '../table/cellError';

/**
 * Fewer words than this and a task text is too generic to call two rows the same task:
 * "Thực hiện", "Báo cáo định kỳ", "Tổ chức thực hiện" (Vietnamese words are syllables).
 */
export const MIN_TASK_KEY_WORDS = 5;

/** A bullet or list number opening the cell: "- ", "+ ", "1. ", "a) ". */
const LEADING_MARK = /^(?:[-–—+•*·]+|\(?\d{1,2}[.)]|[a-z][.)])\s+/u;

/**
 * The text two rows share when they hold the same task: HTML stripped, accents and case folded,
 * punctuation and spacing ignored, a leading bullet or list number dropped, zeros before numbers
 * dropped ("02" = "2"). Numbers and names stay, so "… với CSDL A" and "… với CSDL B" differ.
 * Null for texts too short to compare (`MIN_TASK_KEY_WORDS`) and for an Excel error ("#REF!"):
 * two broken cells are not the same task.
 */
export function taskKey(text: string): string | null {
  if (excelErrorOf(text) !== null) return null;
  const words = foldForMatch(text)
    .replace(LEADING_MARK, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.replace(/^0+(?=\d)/, ''));
  return words.length < MIN_TASK_KEY_WORDS ? null : words.join(' ');
}
