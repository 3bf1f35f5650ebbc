/**
 * The dated documents a cell cites: "Thông báo 8055/TB-TCTTKĐA ngày 01/11/2023", "Chỉ thị 05,
 * ngày 23/2/2023 của Thủ tướng Chính phủ", "Văn bản số 268/TB-VPCP ngày 29/8/2022".
 */
import { findDatesInText, type DateToken } from '../parse/deadlineDates';
import type { IsoDate } from '../parse/deadlineSchema';

export type DirectiveDate = {
  date: IsoDate;
  /** The document as written before its date ("Thông báo 8055/TB-TCTTKĐA"). */
  document: string;
};

export type FindDirectiveOptions = {
  /**
   * Only dates the parser reads as a cited document's. A directive cell holds nothing but
   * documents, so any full date in it is one; a task text also holds deadlines and starts.
   * @default false
   */
  citationsOnly?: boolean;
};

// A document ends at a list separator: "; ", a line break, or a " - " bullet.
const SEPARATOR = /[;\n]|\s[-–•+]\s/gu;
const DOCUMENT_TAIL = /[\s,(:]*(?:ngày|ngay|ký|ban hành)?[\s,(:]*$/iu;
// In running text the name starts at the document's kind ("… theo Quyết định số 766/QĐ-TTg").
const DOCUMENT_KIND =
  /(?<!\p{L})(?:nghị quyết|nghị định|quyết định|chỉ thị|chi thị|thông báo|thông tư|công văn|văn bản|kế hoạch|tờ trình|công điện|phiếu chuyển|báo cáo|luật|kết luận)(?!\p{L})/giu;
const DOCUMENT_MAX = 80;

/**
 * The full dates of the documents a text cites, with each document's name, left to right.
 * `tokens`: the text's `findDatesInText`, when the caller has read them already.
 */
export function findDirectiveDates(
  text: string | null,
  options: FindDirectiveOptions = {},
  tokens?: readonly DateToken[],
): DirectiveDate[] {
  if (text === null || text === '') return [];
  const found: DirectiveDate[] = [];
  let previousEnd = 0;
  for (const token of tokens ?? findDatesInText(text)) {
    const from = previousEnd;
    previousEnd = token.end;
    if (token.status !== 'valid' || token.precision !== 'day') continue;
    if (options.citationsOnly === true && !token.citation) continue;
    found.push({ date: token.first, document: documentBefore(text, from, token.start) });
  }
  return found;
}

/** The name written before a date, since the previous separator or date. */
function documentBefore(text: string, from: number, start: number): string {
  let segment = text.slice(from, start);
  let cut = 0;
  for (const match of segment.matchAll(SEPARATOR)) cut = match.index + match[0].length;
  segment = segment.slice(cut).replace(DOCUMENT_TAIL, '');
  let kind = -1;
  for (const match of segment.matchAll(DOCUMENT_KIND)) kind = match.index;
  segment = kind >= 0 ? segment.slice(kind) : segment.replace(/^[\s,.;:)-]+/u, '');
  return segment.length > DOCUMENT_MAX ? segment.slice(-DOCUMENT_MAX).trimStart() : segment;
}
