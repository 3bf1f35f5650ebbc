/**
 * When a done task was done, as its result dates it: "Đã ban hành Quyết định số 36/QĐ-TTg, ngày
 * 11/01/2024", "Đã hoàn thành … vào ngày 18/01/2024".
 */
import { findDatesInText } from '../parse/deadlineDates';
import type { IsoDate } from '../parse/deadlineSchema';
import { foldForMatch } from '../text/normalizeText';

/** Words that, earlier in the same sentence, make a date the day the work was done (folded). */
const DONE_CUE =
  /(?<!\p{L})(?:hoan thanh|hoan tat|ban hanh|phe duyet|thong qua|da ky|ky ban hanh|da to chuc|da thuc hien|da trien khai|da gui|da co|xong)(?!\p{L})/u;
/** An expectation or a plan is no completion: "Dự kiến tổ chức trước ngày 20/01/2024". */
const NOT_DONE_CUE = /(?<!\p{L})(?:du kien|ke hoach|se |phan dau|truoc ngay|truoc|chua)(?!\p{L})/u;
const SENTENCE_START = /[.;\n!?](?=\s|$)|^/gu;
const LOOKBACK = 160;

/**
 * The day the result dates the completion: the first full date (not after `asOf`) that follows a
 * completion word in its sentence with no expectation in between, or the only full date when the
 * result gives just one. Null when the result does not date the completion.
 */
export function findCompletionDate(result: string | null, asOf: IsoDate): IsoDate | null {
  if (result === null) return null;
  const days = findDatesInText(result).filter(
    (token) => token.status === 'valid' && token.precision === 'day' && token.last <= asOf,
  );
  for (const token of days) {
    if (token.status !== 'valid') continue;
    const before = sentenceBefore(result, token.start);
    const cue = lastIndexOf(before, DONE_CUE);
    if (cue < 0) continue;
    if (NOT_DONE_CUE.test(before.slice(cue))) continue;
    return token.last;
  }
  const [only, ...others] = days;
  if (only?.status === 'valid' && others.length === 0) {
    return NOT_DONE_CUE.test(sentenceBefore(result, only.start)) ? null : only.last;
  }
  return null;
}

/** The folded text of the sentence before `start`, at most LOOKBACK long. */
function sentenceBefore(text: string, start: number): string {
  const before = foldForMatch(text.slice(Math.max(0, start - LOOKBACK), start));
  let cut = 0;
  for (const match of before.matchAll(SENTENCE_START)) cut = match.index + match[0].length;
  return before.slice(cut);
}

function lastIndexOf(text: string, re: RegExp): number {
  const global = new RegExp(re.source, `${re.flags}g`);
  let last = -1;
  for (const match of text.matchAll(global)) last = match.index;
  return last;
}
