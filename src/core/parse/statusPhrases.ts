/**
 * The phrase data behind `parseStatus`: the status phrases seen in the Đề án 06 reports
 * (shared/domain/vocabulary.md §2) and the words that frame them. Data only; the rules that
 * weigh them live in parseStatus.ts and are documented in docs/status-rules.md.
 */

/**
 * What a leading phrase says before the rest of the cell is weighed.
 * - done: finished, unless the rest shows a shortfall (a fraction under the whole, "dự kiến" …).
 * - done-alone: "Đã thực hiện" is finished only when nothing lower-case follows it; "Đã thực
 *   hiện rà soát …" reports one action (see reported-action).
 * - mostly-done, in-progress, not-done: as named.
 * - initial-step: a first step only; not done at all when the same sentence says it waits.
 * - waiting: blocked on another body ("Chờ HD của BCA") — not done, flag waiting.
 * - recurring: "… thường xuyên"; RECURRING or IN_PROGRESS depending on the deadline.
 * - no-report: says that nothing was reported ("Chưa có báo cáo kết quả").
 */
export type PhraseKind =
  | 'done'
  | 'done-alone'
  | 'mostly-done'
  | 'in-progress'
  | 'initial-step'
  | 'not-done'
  | 'waiting'
  | 'recurring'
  | 'no-report';

export type StatusPhrase = {
  readonly text: string;
  readonly kind: PhraseKind;
  /**
   * Accents must be as written unless the whole cell is typed without accents: folded, "chờ"
   * (wait) is "cho" (for, give), one of the commonest words.
   */
  readonly accents?: 'required';
};

const phrases = (kind: PhraseKind, texts: readonly string[]): StatusPhrase[] =>
  texts.map((text) => ({ text, kind }));

/** Leading status phrases; when several match, the longest wins. */
export const STATUS_PHRASES: readonly StatusPhrase[] = [
  ...phrases('done', [
    'Hoàn thành',
    'Đã hoàn thành',
    'Hoàn tất',
    'Đã hoàn tất',
    'Đã xong',
    'Đã thực hiện xong',
    'Đã hoàn thành và thực hiện thường xuyên',
    'Đã hoàn thành và đang thực hiện thường xuyên',
    'Đã hoàn thành và tiếp tục thực hiện thường xuyên',
  ]),
  ...phrases('done-alone', ['Đã thực hiện']),
  ...phrases('mostly-done', [
    'Cơ bản hoàn thành',
    'Đã cơ bản hoàn thành',
    'Cơ bản đã hoàn thành',
    'Đã hoàn thành cơ bản',
    'Hoàn thành cơ bản',
  ]),
  ...phrases('in-progress', [
    'Đang triển khai',
    'Đang thực hiện',
    'Đang được triển khai',
    'Đang được thực hiện',
    'Đang xây dựng',
    'Đang hoàn thiện',
    'Đang nghiên cứu',
    'Đang trong giai đoạn',
    'Đã và đang',
    'Đã và đang thực hiện',
    'Đã và đang triển khai',
    'Đã và đang được thực hiện',
    'Đã và tiếp tục thực hiện',
    'Tiếp tục thực hiện',
    'Tiếp tục triển khai',
    'Đã làm việc với',
    'Đã có tờ trình',
    'Dự kiến',
  ]),
  ...phrases('initial-step', [
    'Đã thực hiện bước đầu',
    'Đã triển khai bước đầu',
    'Bước đầu đã thực hiện',
    'Bước đầu đã triển khai',
    'Bước đầu triển khai',
  ]),
  ...phrases('not-done', [
    'Chưa hoàn thành',
    'Chưa triển khai',
    'Chưa thực hiện',
    'Chưa ban hành',
    'Không hoàn thành',
    'Sẽ thực hiện',
    'Sẽ triển khai',
  ]),
  ...[
    'Chờ',
    'Đang chờ',
    'Hiện đang chờ',
    'Còn chờ',
    'Phải chờ',
    'Đang phải chờ',
    'Nhiệm vụ này phải chờ',
    'Nhiệm vụ này đang chờ',
  ].map((text): StatusPhrase => ({ text, kind: 'waiting', accents: 'required' })),
  ...phrases('recurring', [
    'Thường xuyên',
    'Thực hiện thường xuyên',
    'Thực hiện thường xuyên theo yêu cầu',
    'Đang thực hiện thường xuyên',
    'Đã và đang thực hiện thường xuyên',
    'Đã và đang được thực hiện thường xuyên',
    'Đã thực hiện và thực hiện thường xuyên',
    'Đã thực hiện và đang thực hiện thường xuyên',
    'Đã và tiếp tục thực hiện thường xuyên',
    'Tiếp tục thực hiện thường xuyên',
    'Được thực hiện thường xuyên',
    'Nhiệm vụ này được thực hiện thường xuyên',
    'Nhiệm vụ này thực hiện thường xuyên',
    'Đã và đang phối hợp khi có yêu cầu',
    'Phối hợp khi có yêu cầu',
  ]),
  ...phrases('no-report', [
    'Chưa có báo cáo kết quả',
    'Chưa có báo cáo',
    'Chưa báo cáo',
    'Không có báo cáo',
    'Không có đánh giá',
    'Chưa có thông tin',
  ]),
];

/**
 * Words that open a status when no listed phrase does; they must carry their accents (folded,
 * "đang" is also "dạng", "còn" is "con"), unless the whole cell is typed without accents.
 * - đã: a reported action ("Đã nâng cấp …"), weighed by its verb (REPORTED_DONE_VERBS).
 * - đang: in progress. chưa: not done. sẽ: not started. còn: something remains (not done,
 *   partial) when a number or "chưa" follows in the clause.
 */
export const LEAD_WORDS = ['đã', 'đang', 'chưa', 'sẽ', 'còn'] as const;
export type LeadWord = (typeof LEAD_WORDS)[number];

/**
 * Verbs that, reported as done ("Đã <verb> …"), deliver the task's product: issuing, approving,
 * signing or publishing a document ("Đã ban hành Kế hoạch …"). Any other reported verb
 * ("Đã triển khai", "Đã nâng cấp", "Đã làm việc với") is a step, not the end.
 */
export const REPORTED_DONE_VERBS: readonly string[] = [
  'ban hành',
  'ký ban hành',
  'phê duyệt',
  'ký',
  'công bố',
  'hoàn tất',
  'xong',
];

/** The continuation that turns an in-progress phrase into a recurring one. */
export const RECURRING_TAIL = 'thường xuyên';

/** Labels written before the status ("Đánh giá tiến độ: Đang thực hiện"); skipped with their colon. */
export const LABEL_PREFIXES: readonly string[] = [
  'Đánh giá tiến độ',
  'Đánh giá',
  'Tiến độ thực hiện',
  'Tiến độ',
  'Kết quả thực hiện',
  'Kết quả',
  'Tình hình thực hiện',
  'Tình trạng',
  'Trạng thái',
];

/**
 * First words of a subject that may come before the status ("Bộ TTTT đã thiết lập …",
 * "Nhiệm vụ này đã hoàn thành"), compared with their accents. A cell that opens with a count
 * ("16 bộ, ngành chưa hoàn thành") is read the same way.
 */
export const SUBJECT_HEADS: readonly string[] = [
  'bộ',
  'sở',
  'ubnd',
  'ủy ban',
  'uỷ ban',
  'hđnd',
  'công an',
  'văn phòng',
  'cục',
  'tổng cục',
  'trung tâm',
  'ngân hàng',
  'bảo hiểm',
  'bhxh',
  'tổ công tác',
  'chủ tịch',
  'chính phủ',
  'tỉnh',
  'thành phố',
  'tp',
  'huyện',
  'các',
  'nhiệm vụ',
  'đơn vị',
  'địa phương',
  'cơ quan',
  'bca',
  'vpcp',
  'btttt',
  'nhnn',
  'c06',
];

/** Words asking for more time: flag extension-requested anywhere in the cell. */
export const EXTENSION_PHRASES: readonly string[] = [
  'xin lùi',
  'đề nghị lùi',
  'đề xuất lùi',
  'xin gia hạn',
  'đề nghị gia hạn',
];

/** Contrast words: "… tuy nhiên chưa …" after a done phrase means the job is not finished. */
export const CONTRAST_WORDS: readonly string[] = ['tuy nhiên', 'nhưng', 'song'];
