/**
 * The words around a figure: what ends its noun phrase, what says it is a share or a remainder,
 * what makes a number a reference rather than a quantity. Written with accents, lower case; a
 * word matches a cell as written, or folded when the cell was typed without accents (folded "dat"
 * is both "đạt" and "đất", "co" both "có" and "cơ").
 */
import { foldPhrase } from '../text/fuzzy';
import type { StatusText } from './statusText';
import { sourceSlice } from './statusText';

/** Words that end a noun phrase: verbs, negation, prepositions, conjunctions. */
export const NOUN_STOPS = new Set([
  'chưa',
  'đã',
  'đang',
  'được',
  'bị',
  'đạt',
  'chiếm',
  'trong',
  'của',
  'và',
  'với',
  'gồm',
  'bao',
  'có',
  'là',
  'không',
  'tại',
  'theo',
  'trên',
  'dưới',
  'để',
  'cho',
  'thuộc',
  'từ',
  'đến',
  'tới',
  'so',
  'nhưng',
  'hoặc',
  'hiện',
  'còn',
  'cần',
  'phải',
  'nên',
  'sẽ',
  'vào',
  'về',
  'do',
  'ra',
  'thì',
  'mà',
  'như',
  'hoàn',
  'thực',
  'triển',
  'đáp',
  'tham',
  'kết',
  'tích',
  'ban',
  'cung',
  'giải',
  'phát',
  'tiếp',
  'đề',
  'chờ',
  'tăng',
  'giảm',
  'gửi',
  'đủ',
  'tiến',
  'lốm',
  'lõm',
  'khi',
  'sau',
  'trước',
  'nhằm',
  'tổng',
]);

/** Magnitude words after a number: "52 triệu", "9,293 tỷ đồng". */
export const MAGNITUDES = new Map([
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
]);

/** Abbreviations written in place of a noun ("551 TTHC" is "551 thủ tục hành chính"). */
export const ABBREVIATIONS = new Map([
  ['tthc', 'thủ tục hành chính'],
  ['dvc', 'dịch vụ công'],
  ['dvctt', 'dịch vụ công trực tuyến'],
  ['csdl', 'cơ sở dữ liệu'],
  ['cccd', 'căn cước công dân'],
  ['bhyt', 'bảo hiểm y tế'],
]);

/** Words before a number that make it the name of a document, a law or a period, not a count. */
export const REFERENCE_WORDS = [
  'số',
  'nghị định',
  'quyết định',
  'công văn',
  'thông tư',
  'chỉ thị',
  'nghị quyết',
  'thông báo',
  'báo cáo',
  'kế hoạch',
  'văn bản',
  'tờ trình',
  'phiếu chuyển',
  'công điện',
  'qđ',
  'nđ',
  'cv',
  'nq',
  'tb',
  'đề án',
  'luật',
  'điều',
  'khoản',
  'điểm',
  'mục',
  'lớp',
  'phụ lục',
  'giai đoạn',
  'năm',
  'tháng',
  'quý',
  'ngày',
  'giờ',
  'lúc',
  'điện thoại',
  'đt',
  'sđt',
  'hotline',
  'fax',
  'mã',
  'stt',
  'phiên bản',
  'version',
  'top',
  'hạng',
  'thứ',
  'cấp độ',
  'mức độ',
  'độ',
];

/** Words before a fraction that make it a date ("ngày 15/12", "trước 30/6"). */
export const DATE_LEAD_WORDS = ['ngày', 'tháng', 'quý', 'năm', 'trước', 'từ', 'đến', 'hạn', 'sau'];

/** Qualifiers: "trên 52 triệu", "khoảng 90%" are bounds, not exact values. */
export const QUALIFIERS: readonly (readonly [string, 'over' | 'under' | 'about'])[] = [
  ['trên', 'over'],
  ['hơn', 'over'],
  ['tối thiểu', 'over'],
  ['ít nhất', 'over'],
  ['dưới', 'under'],
  ['tối đa', 'under'],
  ['gần', 'about'],
  ['khoảng', 'about'],
  ['xấp xỉ', 'about'],
];

/** Phrases that say the figures after a total are its parts. */
export const PARTITION_MARKERS = ['trong đó', 'bao gồm', 'gồm', 'chia ra', 'cụ thể'];

/** The words of a text backwards from `at`, as [start, end) folded spans, within `limit`. */
export function wordsBefore(
  text: StatusText,
  at: number,
  limit: number,
): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = [];
  let index = at;
  while (words.length < limit) {
    while (index > 0 && text.folded[index - 1] === ' ') index -= 1;
    const end = index;
    while (index > 0 && /[\p{L}\p{N}]/u.test(text.folded[index - 1] ?? '')) index -= 1;
    if (index === end) break;
    words.push({ start: index, end });
  }
  return words;
}

const foldedWords = new Map<string, string>();

function folded(word: string): string {
  let key = foldedWords.get(word);
  if (key === undefined) {
    key = foldPhrase(word);
    foldedWords.set(word, key);
  }
  return key;
}

/** Whether the folded span is `word` (lower case, accented), as written or typed without accents. */
export function isWordAt(
  text: StatusText,
  span: { start: number; end: number },
  word: string,
): boolean {
  if (text.folded.slice(span.start, span.end) !== folded(word)) return false;
  if (text.accentFree) return true;
  return sourceSlice(text, span.start, span.end).toLowerCase().normalize('NFC') === word;
}

/**
 * Whether the words right before `at` (spaces between them only) are `phrase`, e.g. "đạt tỷ lệ";
 * returns where the phrase starts, or -1.
 */
export function phraseBefore(text: StatusText, at: number, phrase: string): number {
  const parts = phrase.split(' ');
  const words = wordsBefore(text, at, parts.length);
  if (words.length < parts.length) return -1;
  for (let k = 0; k < parts.length; k += 1) {
    const word = words[parts.length - 1 - k];
    const part = parts[k];
    if (word === undefined || part === undefined || !isWordAt(text, word, part)) return -1;
    const next = words[parts.length - 2 - k];
    if (next !== undefined && !/^ *$/.test(text.folded.slice(word.end, next.start))) return -1;
  }
  const gap = text.folded.slice(words[0]?.end ?? at, at);
  return /^[ :]*$/.test(gap) ? (words[parts.length - 1]?.start ?? -1) : -1;
}
