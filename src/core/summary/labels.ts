import type { IsoDate } from '../parse/deadlineSchema';
import type { Status } from '../parse/statusSchema';
import { formatIsoDate } from '../i18n/formatIsoDate';

/*
 * Every word of the meeting workbook. Its sheet names, headers and labels are a public contract in
 * Vietnamese (people file and quote these sheets), so they do not follow the task pane's language.
 */

/** The columns of the overview that split a task count by status, in order. */
export const STATUS_BUCKETS = ['done', 'inProgress', 'notDone', 'recurring', 'unknown'] as const;
export type StatusBucket = (typeof STATUS_BUCKETS)[number];

/** Which overview column a status counts in. */
export const BUCKET_OF_STATUS: Readonly<Record<Status, StatusBucket>> = {
  DONE: 'done',
  MOSTLY_DONE: 'done',
  IN_PROGRESS: 'inProgress',
  NOT_DONE: 'notDone',
  RECURRING: 'recurring',
  UNKNOWN: 'unknown',
  NOT_REPORTED: 'unknown',
};

export const BUCKET_LABELS: Readonly<Record<StatusBucket, string>> = {
  done: 'Hoàn thành',
  inProgress: 'Đang triển khai',
  notDone: 'Chưa hoàn thành',
  recurring: 'Thường xuyên',
  unknown: 'Chưa rõ',
};

/** A task's own status, on the agency sheets. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  DONE: 'Hoàn thành',
  MOSTLY_DONE: 'Cơ bản hoàn thành',
  IN_PROGRESS: 'Đang triển khai',
  NOT_DONE: 'Chưa hoàn thành',
  RECURRING: 'Thường xuyên',
  UNKNOWN: 'Chưa rõ',
  NOT_REPORTED: 'Chưa báo cáo',
};

export const SHEET_NAMES = { overview: 'Tổng hợp', late: 'Chậm muộn' } as const;

/** The overview row of tasks whose lead cell names no agency. */
export const NO_LEAD_LABEL = '(Chưa xác định đơn vị chủ trì)';
/** The same tasks as a group on "Chậm muộn", where the count follows in brackets. */
export const NO_LEAD_HEADING = 'Chưa xác định đơn vị chủ trì';
export const TOTAL_LABEL = 'Tổng cộng';

export const OVERVIEW = {
  title: 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ',
  coLeadNote:
    'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị; dòng Tổng cộng tính mỗi nhiệm vụ một lần.',
  chartTitle: 'Tình trạng nhiệm vụ theo đơn vị chủ trì',
  headers: {
    agency: 'Đơn vị',
    total: 'Tổng số nhiệm vụ',
    overdue: 'Quá hạn',
    dueSoon: 'Sắp đến hạn',
    rate: 'Tỷ lệ hoàn thành',
  },
} as const;

export const LATE = {
  title: 'NHIỆM VỤ CHẬM MUỘN',
  headers: {
    stt: 'STT',
    task: 'Nội dung, nhiệm vụ',
    directive: 'Văn bản chỉ đạo',
    agencies: 'Đơn vị thực hiện',
    deadline: 'Thời gian hoàn thành',
    daysLate: 'Số ngày quá hạn',
    result: 'Kết quả',
  },
} as const;

export const AGENCY = {
  headers: {
    stt: 'STT',
    task: 'Nội dung, nhiệm vụ',
    role: 'Vai trò',
    directive: 'Văn bản chỉ đạo',
    deadline: 'Thời hạn',
    due: 'Hạn (ngày)',
    status: 'Tình trạng',
    daysLate: 'Số ngày quá hạn',
    result: 'Kết quả',
  },
  roles: { lead: 'Chủ trì', partner: 'Phối hợp' },
} as const;

/** "Tính đến ngày 31/01/2024 — Nguồn: Chậm muộn T1-2024". */
export function asOfLine(asOf: IsoDate, source: string): string {
  const date = `Tính đến ngày ${formatIsoDate(asOf)}`;
  return source.trim() === '' ? date : `${date} — Nguồn: ${source}`;
}

/** "Bộ Công an (05 nhiệm vụ)": counts two digits wide, as the reports write group headings. */
export function groupHeading(name: string, count: number): string {
  return `${name} (${String(count).padStart(2, '0')} nhiệm vụ)`;
}

export function lateCountLine(count: number): string {
  return count === 0 ? 'Không có nhiệm vụ quá hạn.' : `Tổng số nhiệm vụ quá hạn: ${count}.`;
}

/** The counts an agency sheet states above its table. */
export type AgencyCountsLine = Readonly<Record<StatusBucket, number>> & {
  total: number;
  overdue: number;
  dueSoon: number;
  partner: number;
};

/** "Chủ trì 5 nhiệm vụ (hoàn thành 1, …); quá hạn 2; sắp đến hạn 0; phối hợp 3 nhiệm vụ". */
export function agencyCountsLine(counts: AgencyCountsLine): string {
  const byStatus = STATUS_BUCKETS.map(
    (bucket) => `${BUCKET_LABELS[bucket].toLocaleLowerCase('vi')} ${counts[bucket]}`,
  ).join(', ');
  return (
    `Chủ trì ${counts.total} nhiệm vụ (${byStatus}); quá hạn ${counts.overdue}; ` +
    `sắp đến hạn ${counts.dueSoon}; phối hợp ${counts.partner} nhiệm vụ`
  );
}

/** A revised deadline: "Hạn ban đầu: 31/12/2023; lùi đến: 31/03/2024". */
export function revisedDeadlineLine(original: IsoDate, revised: IsoDate): string {
  return `Hạn ban đầu: ${formatIsoDate(original)}; lùi đến: ${formatIsoDate(revised)}`;
}

/** A task left over from an earlier year, late since that year's end (or its deadline). */
export function carriedOverLine(year: number, countedFrom: IsoDate): string {
  return `Chưa hoàn thành từ năm ${year}; tính quá hạn từ: ${formatIsoDate(countedFrom)}`;
}

/** "Đơn vị thực hiện" when the task names its partners apart. */
export function leadAndPartnersText(lead: string, partners: string): string {
  return lead === '' ? `Phối hợp: ${partners}` : `Chủ trì: ${lead}; phối hợp: ${partners}`;
}

export const STANDING_SUFFIX = { overdue: ' — quá hạn', dueSoon: ' — sắp đến hạn' } as const;

/**
 * The standard layout of a normalised task table (`normalizeTable`). The reader maps the headers
 * of the columns the user writes back to their roles; the computed columns ("Hạn (ngày)", the
 * status read from the result, "Số ngày quá hạn") and the hidden agency column name no role, so
 * a re-read recomputes them from the result and the deadline instead of trusting a stale copy.
 * That is why the status column is "Đánh giá" and not "Tình trạng": the reader takes a
 * "Tình trạng" column as the status itself, ahead of the result.
 */
export const NORMALIZED = {
  sheetSuffix: ' (chuẩn hóa)',
  headers: {
    stt: 'STT',
    task: 'Nội dung, nhiệm vụ',
    directive: 'Văn bản chỉ đạo',
    lead: 'Đơn vị chủ trì',
    partners: 'Đơn vị phối hợp',
    deadline: 'Thời hạn',
    due: 'Hạn (ngày)',
    result: 'Kết quả',
    status: 'Đánh giá',
    overdue: 'Số ngày quá hạn',
    note: 'Ghi chú',
    agenciesAsWritten: 'Đơn vị (nguyên văn)',
  },
} as const;
