/**
 * The words around a period that say what it is, as written in Đề án 06 registers. All patterns
 * run on folded text (lower case, accents and "đ" folded), so "Trước", "truoc" and "TRƯỚC" agree.
 */

// Whole words only: "han" must not fire inside "hanh".
function words(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).join('|');
}

/** Words that, right before a period, make it a deadline: "trước 30/6", "trong quý I". */
const DEADLINE_CUE_WORDS = [
  'trong',
  'truoc',
  'hoan thanh',
  'hoan tat',
  'xong',
  'het',
  'den',
  'toi',
  'cham nhat',
  'muon nhat',
  'vao',
  // "vài Quý 1/2024": a slip for "vào" seen in real reports.
  'vai',
  'ban hanh',
  'han',
  'du kien',
  'cuoi',
  'lui',
  'gia han',
  'dieu chinh',
  'sang',
] as const;

/** Words that, right before a period, make it a start: "Từ tháng 02/2023", "bắt đầu từ …". */
const START_CUE_WORDS = ['tu', 'ke tu', 'bat dau', 'bat dau tu', 'tinh tu'] as const;

/**
 * Words that may stand before a period without taking the period out of a deadline's reach:
 * "Thực hiện trong tháng 3", "Thời gian hoàn thành: Quý I/2024", "ngay từ đầu năm 2023".
 */
const FILLER_WORDS = [
  ...DEADLINE_CUE_WORDS,
  ...START_CUE_WORDS,
  'ngay',
  'thuc hien',
  'trien khai',
  // "phấn đấu", and its slip "Phản đầu", fold alike.
  'phan dau',
  'den het',
  'thoi gian',
  'thoi han',
  'thoi diem',
  'tien do',
  'ket thuc',
  'tiep tuc',
  'va',
] as const;

// Before a start, a recurrence is filler too ("Thực hiện thường xuyên từ năm 2023"); before a
// condition it is not: "Thực hiện thường xuyên theo yêu cầu công tác" is recurring.
const RECURRING_WORDS = [
  'thuong xuyen',
  'dinh ky',
  'lien tuc',
  'hang ngay',
  'hang tuan',
  'hang thang',
  'hang quy',
  'hang nam',
  'moi tuan',
  'moi thang',
  'moi quy',
  'moi nam',
] as const;

const DEADLINE_CUE = new RegExp(
  `(?<!\\p{L})(?:${words(DEADLINE_CUE_WORDS)})(?: +(?:ngay|thoi diem))? *[:(]? *$`,
  'u',
);
const START_CUE = new RegExp(`(?<!\\p{L})(?:${words(START_CUE_WORDS)})(?: +ngay)? *$`, 'u');
const FILLER = new RegExp(
  `(?<!\\p{L})(?:${words([...FILLER_WORDS, ...RECURRING_WORDS])})(?!\\p{L})`,
  'gu',
);
const LEADING_FILLER = new RegExp(
  `^(?:[\\s\\p{P}\\p{S}]+|(?:${words(FILLER_WORDS)})(?!\\p{L}))*`,
  'u',
);

/**
 * A text that leads with one of these hangs on something else: a plan, an instruction, an event
 * ("Theo lộ trình …", "Khi có chỉ đạo …", "Sau khi có hướng dẫn …", "trong dịp Tết …").
 */
const CONDITIONAL_LEAD = new RegExp(
  `^(?:${words([
    'theo',
    'khi',
    'sau khi',
    'ngay khi',
    'ngay sau khi',
    'truoc khi',
    'dam bao',
    'khan truong',
    'som nhat',
    'cang som',
    'kip thoi',
    'tuy thuoc',
    'phu thuoc',
    'can cu',
    'dip',
    'sau dip',
    'sau tet',
    'cho huong dan',
    'cho chi dao',
    'cho y kien',
    'cho phe duyet',
  ])})(?!\\p{L})`,
  'u',
);

/** A condition written beside a date ("… và theo lộ trình …", "(theo chỉ đạo của …)"). */
const CONDITION_ANYWHERE = new RegExp(
  `(?<!\\p{L})(?:${words([
    'theo tien do',
    'theo lo trinh',
    'theo huong dan',
    'theo chi dao',
    'theo yeu cau',
    'theo ke hoach',
    'theo quy dinh',
    'theo de xuat',
    'khi co',
    'sau khi',
    'ngay khi',
    'dam bao thoi gian',
    'trong dip',
    'tuy thuoc',
    'phu thuoc',
  ])})(?!\\p{L})`,
  'u',
);

const RECURRING = new RegExp(`(?<!\\p{L})(?<!khong )(?:${words(RECURRING_WORDS)})(?!\\p{L})`, 'u');

/** "2022 - Thường xuyên", "2023 đến nay", "năm 2024 trở đi": the period opens an open-ended task. */
const OPENS_RECURRING =
  /^ *(?:(?:-|den|toi) *(?:nay(?!\p{L})|[,;:]? *(?:(?:thuc hien|duy tri|trien khai) +)?(?:thuong xuyen|lien tuc|dinh ky|hang (?:thang|quy|nam)))|tro (?:di|ve sau))/u;

const TENTATIVE = /(?<!\p{L})du kien(?!\p{L})/u;

/** Between two periods: the later one replaces the earlier ("(điều chỉnh: …)", "xin lùi …"). */
const REVISION = /\n|(?<!\p{L})(?:dieu chinh|lui|gia han|thay doi|chuyen sang|sua doi)(?!\p{L})/u;

/** Between two periods: both belong to one span ("năm 2024 và 2025", "16/12/2023-15/06/2024"). */
const JOINER = /^ *(?:[-,&]|va|den|toi|hoac) *$/u;

/** True when the text right before a period makes it a deadline. */
export function endsWithDeadlineCue(prefix: string): boolean {
  return DEADLINE_CUE.test(prefix);
}

/** True when the text right before a period makes it a start. */
export function endsWithStartCue(prefix: string): boolean {
  return START_CUE.test(prefix);
}

/** True when a text holds only filler words, spaces and punctuation (no other word, no number). */
export function isFillerOnly(text: string): boolean {
  return /^[\s\p{P}\p{S}]*$/u.test(text.replace(FILLER, ' '));
}

/** True when the text, past its filler words, starts with a condition ("Thực hiện theo …"). */
export function leadsWithCondition(text: string): boolean {
  return CONDITIONAL_LEAD.test(text.replace(LEADING_FILLER, ''));
}

/** True when the text names a condition anywhere. */
export function mentionsCondition(text: string): boolean {
  return CONDITION_ANYWHERE.test(text);
}

/** True when the text says the task repeats ("thường xuyên", "hàng tháng", "định kỳ"). */
export function mentionsRecurrence(text: string): boolean {
  return RECURRING.test(text);
}

/** True when the text right after a period makes that period the start of an open-ended task. */
export function opensRecurrence(textAfter: string): boolean {
  return OPENS_RECURRING.test(textAfter);
}

/** True when the text calls the date expected ("dự kiến"). */
export function isTentative(text: string): boolean {
  return TENTATIVE.test(text);
}

/** True when the text between two periods says the second revises the first. */
export function isRevision(between: string): boolean {
  return REVISION.test(between);
}

/** True when the text between two periods joins them into one span. */
export function isJoiner(between: string): boolean {
  return JOINER.test(between);
}
