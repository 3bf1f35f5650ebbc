import { assertNever } from './assertNever';
import { formatIsoDate as d } from './formatIsoDate';
import type { Finding, RuleId } from '../rules/ruleTypes';
import type { Severity } from '../report/reportSchema';
import type { DateProblem } from '../parse/deadlineDates';
import type { Catalog } from './catalog';

type Words = Pick<Catalog, 'status' | 'role' | 'formatNumber' | 'formatList'>;

function problemVi(problem: DateProblem): string {
  switch (problem) {
    case 'day-out-of-range':
      return 'ngày không có trong tháng';
    case 'month-out-of-range':
      return 'tháng không tồn tại';
    case 'day-digits':
      return 'ngày viết sai số chữ số';
    case 'month-digits':
      return 'tháng viết sai số chữ số';
    case 'year-digits':
      return 'năm viết sai số chữ số';
    case 'two-digit-year':
      return 'năm chỉ có hai chữ số';
    case 'separator':
      return 'dấu phân cách bị lặp hoặc sai';
    default:
      return assertNever(problem);
  }
}

/** Vietnamese words for each finding, with the next step. */
export function findingVi(f: Finding, w: Words): string {
  const n = w.formatNumber;
  switch (f.code) {
    case 'header_not_found':
      return `Không tìm thấy dòng tiêu đề của bảng nhiệm vụ trong ${w.formatList(f.params.sheets.map((s) => `“${s}”`))} — bảng cần một dòng tiêu đề như “STT | Nội dung, nhiệm vụ | Đơn vị chủ trì | Thời hạn”.`;
    case 'missing_task_text':
      return 'Dòng nhiệm vụ không có nội dung — ghi nội dung nhiệm vụ hoặc xóa dòng thừa.';
    case 'missing_agency':
      return 'Nhiệm vụ chưa có đơn vị chủ trì — ghi đơn vị chủ trì thực hiện.';
    case 'cell_error':
      return `Ô ở cột ${w.role(f.params.role)} hiện lỗi Excel ${f.params.error} thay cho giá trị — sửa công thức hoặc nhập lại giá trị, rồi kiểm tra lại.`;
    case 'stt_gap':
      return f.params.previous === null
        ? `STT bắt đầu từ ${f.params.found} (thiếu ${f.params.expected}) — kiểm tra có nhiệm vụ bị sót hoặc đánh số lại.`
        : `STT nhảy từ ${f.params.previous} sang ${f.params.found} (thiếu ${f.params.expected}) — kiểm tra có nhiệm vụ bị sót hoặc đánh số lại.`;
    case 'stt_repeated':
      return `STT ${f.params.stt} bị lặp (đã có ở ô ${f.params.firstCell}) — đánh số lại.`;
    case 'stt_not_number':
      return `STT “${f.params.stt}” không phải là số thứ tự — ghi số (1, 2, 3…).`;
    case 'duplicate_task':
      return `Nhiệm vụ trùng nội dung với ${f.params.others.length === 1 ? 'ô' : 'các ô'} ${w.formatList(f.params.others)} — gộp hoặc xóa bản trùng.`;
    case 'status_conflict':
      return `Kết quả “${w.status(f.params.status)}” mâu thuẫn với nhiệm vụ trùng ở ô ${f.params.otherCell} (“${w.status(f.params.otherStatus)}”) — thống nhất kết quả của hai dòng.`;
    case 'status_self_conflict':
      return `Kết quả vừa ghi “${f.params.firstPhrase}” vừa ghi “${f.params.secondPhrase}” — ghi rõ một tình trạng.`;
    case 'status_unknown':
      return f.params.text === ''
        ? 'Nhiệm vụ chưa có kết quả — ghi kết quả, mở đầu bằng “Đã hoàn thành”, “Đang thực hiện” hoặc “Chưa hoàn thành”.'
        : `Không xác định được tình trạng từ kết quả “${f.params.text}” — mở đầu kết quả bằng “Đã hoàn thành”, “Đang thực hiện” hoặc “Chưa hoàn thành”.`;
    case 'deadline_missing':
      return 'Nhiệm vụ chưa có thời hạn — ghi thời hạn hoàn thành (ví dụ “Tháng 6/2024”, “Quý III/2024”, “Thường xuyên”).';
    case 'deadline_unparsed':
      return `Không đọc được thời hạn “${f.params.text}” — ghi theo dạng “30/6/2024”, “Tháng 6/2024”, “Quý III/2024”, “Năm 2024” hoặc “Thường xuyên”.`;
    case 'deadline_overdue':
      return `Quá hạn ${n(f.params.daysLate)} ngày: thời hạn ${d(f.params.due)}${f.params.original ? ` (thời hạn ban đầu ${d(f.params.original)})` : ''}, tình trạng “${w.status(f.params.status)}”.`;
    case 'deadline_overdue_carried':
      return `Nhiệm vụ chưa hoàn thành từ năm ${f.params.year}: quá hạn ${n(f.params.daysLate)} ngày so với ${d(f.params.due)}.`;
    case 'deadline_completed_late':
      return `Hoàn thành muộn ${n(f.params.daysLate)} ngày: thời hạn ${d(f.params.due)}, kết quả ghi ngày ${d(f.params.doneOn)}.`;
    case 'deadline_due_soon':
      return f.params.daysLeft === 0
        ? `Đến hạn hôm nay (${d(f.params.due)}), tình trạng “${w.status(f.params.status)}”.`
        : `Sắp đến hạn: còn ${n(f.params.daysLeft)} ngày (thời hạn ${d(f.params.due)}), tình trạng “${w.status(f.params.status)}”.`;
    case 'invalid_date':
      return `Ngày “${f.params.text}” ở cột ${w.role(f.params.column)} không hợp lệ (${problemVi(f.params.problem)}) — sửa lại ngày.`;
    case 'deadline_text_mismatch':
      return f.params.swapped
        ? `Thời hạn ${d(f.params.deadline)} khác ngày nội dung nhiệm vụ ghi (“${f.params.statedText}” = ${d(f.params.stated)}): có thể đã đảo ngày và tháng — kiểm tra lại thời hạn.`
        : `Thời hạn ${d(f.params.deadline)} khác ngày nội dung nhiệm vụ ghi (“${f.params.statedText}” = ${d(f.params.stated)}) — kiểm tra lại thời hạn.`;
    case 'deadline_before_directive':
      return `Thời hạn ${d(f.params.due)} sớm hơn ngày của văn bản giao nhiệm vụ (${f.params.document}, ${d(f.params.directiveDate)}) — kiểm tra lại thời hạn hoặc văn bản.`;
    case 'agency_unknown':
      return `Không nhận ra đơn vị “${f.params.name}”${f.params.occurrences > 1 ? ` (gặp ${n(f.params.occurrences)} lần)` : ''} — kiểm tra chính tả hoặc ghi tên đầy đủ.`;
    case 'count_list_mismatch':
      return `Ghi ${n(f.params.stated)} ${f.params.noun} nhưng danh sách kể ${n(f.params.listed)}: ${f.params.items.join('; ')} — sửa số hoặc danh sách.`;
    case 'list_duplicate_item':
      return `Danh sách kể “${f.params.item}” ${n(f.params.times)} lần${f.params.stated === null ? '' : `, nên chỉ có ${n(f.params.distinct)} đơn vị khác nhau trên ${n(f.params.stated)} đã ghi`} — bỏ tên lặp hoặc bổ sung tên còn thiếu.`;
    case 'ratio_mismatch':
      return `${n(f.params.part)}/${n(f.params.whole)} là ${pct(f.params.computed)}, không phải ${pct(f.params.stated)} — sửa tỷ lệ hoặc số liệu.`;
    case 'share_mismatch':
      return `${n(f.params.part)} trên tổng ${n(f.params.whole)} (ô ${f.params.wholeCell}) là ${pct(f.params.computed)}, không phải ${pct(f.params.stated)} — sửa tỷ lệ hoặc số liệu.`;
    case 'part_exceeds_whole':
      return `“${f.params.text}”: phần (${n(f.params.part)}) lớn hơn tổng (${n(f.params.whole)}) — kiểm tra lại số liệu.`;
    case 'group_count_mismatch':
      return `Nhóm ${f.params.group} ghi ${n(f.params.stated)} nhiệm vụ nhưng có ${n(f.params.counted)} dòng nhiệm vụ — sửa số ở tiêu đề nhóm hoặc bổ sung nhiệm vụ.`;
    case 'total_mismatch':
      return `Tổng ${n(f.params.total)} không bằng các phần ${f.params.parts.map(n).join(' + ')} = ${n(f.params.sum)} — kiểm tra lại số liệu.`;
    case 'figure_conflict':
      return `Số ${f.params.noun} là ${n(f.params.value)} ở đây nhưng ${n(f.params.otherValue)} ở ${where(f.params)} — thống nhất số liệu.`;
    case 'figure_change':
      return `Số ${f.params.noun} đổi từ ${n(f.params.otherValue)}${f.params.otherDate ? ` (${d(f.params.otherDate)})` : ''} ở ${where(f.params)} thành ${n(f.params.value)}${f.params.date ? ` (${d(f.params.date)})` : ''}: ${f.params.difference < 0 ? `ít hơn ${n(-f.params.difference)}` : `nhiều hơn ${n(f.params.difference)}`}.`;
    default:
      return assertNever(f);
  }
}

export function ruleVi(rule: RuleId): string {
  switch (rule) {
    case 'header-not-found':
      return 'Không thấy dòng tiêu đề';
    case 'missing-value':
      return 'Thiếu nội dung hoặc đơn vị';
    case 'stt-sequence':
      return 'Số thứ tự (STT)';
    case 'duplicate-task':
      return 'Nhiệm vụ trùng lặp';
    case 'status-conflict':
      return 'Kết quả mâu thuẫn';
    case 'status-unknown':
      return 'Chưa rõ tình trạng';
    case 'deadline-missing':
      return 'Thiếu thời hạn';
    case 'deadline-unparsed':
      return 'Không đọc được thời hạn';
    case 'deadline-overdue':
      return 'Quá hạn';
    case 'deadline-due-soon':
      return 'Sắp đến hạn';
    case 'invalid-date':
      return 'Ngày không hợp lệ';
    case 'deadline-text-mismatch':
      return 'Thời hạn khác nội dung';
    case 'deadline-before-directive':
      return 'Thời hạn trước ngày văn bản giao';
    case 'agency-unknown':
      return 'Đơn vị không nhận ra';
    case 'count-list-mismatch':
      return 'Số lượng khác danh sách';
    case 'list-duplicate-item':
      return 'Danh sách kể trùng';
    case 'ratio-mismatch':
      return 'Tỷ lệ không khớp';
    case 'part-exceeds-whole':
      return 'Phần lớn hơn tổng';
    case 'group-count-mismatch':
      return 'Số nhiệm vụ của nhóm';
    case 'total-mismatch':
      return 'Tổng không khớp';
    case 'figure-conflict':
      return 'Số liệu khác nhau';
    default:
      return assertNever(rule);
  }
}

export function severityVi(severity: Severity): string {
  switch (severity) {
    case 'error':
      return 'Lỗi';
    case 'warning':
      return 'Cảnh báo';
    case 'info':
      return 'Thông tin';
    default:
      return assertNever(severity);
  }
}

/** "41,74%" the Vietnamese way. */
function pct(value: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value)}%`;
}

/** Where the other figure stands: "ô F24", "ô F24 trang “T12”", "… tệp a.xlsx". */
function where(p: { otherCell: string; otherSheet: string; otherFile: string | null }): string {
  return `ô ${p.otherCell} trang “${p.otherSheet}”${p.otherFile ? ` tệp ${p.otherFile}` : ''}`;
}
