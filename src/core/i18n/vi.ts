import { assertNever } from './assertNever';
import type { Catalog, UiMessages } from './catalog';

const numberFormat = new Intl.NumberFormat('vi-VN');

const ui: UiMessages = {
  appName: 'Kiểm tra bảng nhiệm vụ Đề án 06',
  appDescription:
    'Đọc bảng nhiệm vụ trên trang tính và cho biết đã hiểu bảng thế nào: dòng tiêu đề, các cột, số nhiệm vụ, tình trạng và thời hạn.',
  scopeLabel: 'Phạm vi',
  scopeAuto: 'Tự động: bảng quanh ô đang chọn',
  scopeSelection: 'Vùng đang chọn',
  scopeUsedRange: 'Cả trang tính',
  checkButton: 'Kiểm tra',
  reading: 'Đang đọc bảng…',
  readDone: ({ tasks }) => `Đã đọc bảng: ${numberFormat.format(tasks)} nhiệm vụ.`,
  errorTitle: 'Không đọc được bảng',
  warningTitle: 'Cần xem lại',
  resultHeading: 'Bảng đã đọc',
  sheetLabel: 'Trang tính',
  rangeLabel: 'Vùng bảng',
  headerRowLabel: 'Dòng tiêu đề',
  headerRowValue: ({ first, last }) => (first === last ? `Dòng ${first}` : `Dòng ${first}–${last}`),
  tasksLabel: 'Số nhiệm vụ',
  sectionsLabel: 'Số phần (A, B, …)',
  groupsLabel: 'Số nhóm (I, II, …)',
  columnsHeading: 'Các cột đã nhận',
  columnsHint:
    'Nếu một cột bị nhận sai, chọn lại cột đúng: bảng được đọc lại ngay, không cần bấm Kiểm tra.',
  columnNone: '(không có)',
  columnOption: ({ letter, header }) =>
    header === '' ? `Cột ${letter} (không có tiêu đề)` : `${letter} – ${header}`,
  missingColumns: ({ roles }) =>
    `Chưa nhận ra cột ${roles} — chọn cột đúng ở mục “Các cột đã nhận”.`,
  statusHeading: 'Nhiệm vụ theo tình trạng',
  statusColumn: 'Tình trạng',
  deadlineHeading: 'Nhiệm vụ theo thời hạn',
  deadlineColumn: 'Thời hạn',
  countColumn: 'Số nhiệm vụ',
};

const listFormat = new Intl.ListFormat('vi', { type: 'conjunction' });

/** Vietnamese, the first language of the add-in. */
export const vi: Catalog = {
  locale: 'vi',
  ui,
  role: (role) => {
    switch (role) {
      case 'stt':
        return 'STT';
      case 'task':
        return 'Nội dung nhiệm vụ';
      case 'directive':
        return 'Văn bản chỉ đạo';
      case 'lead':
        return 'Đơn vị chủ trì';
      case 'partners':
        return 'Đơn vị phối hợp';
      case 'deadline':
        return 'Thời hạn';
      case 'result':
        return 'Kết quả';
      case 'status':
        return 'Tình trạng';
      case 'note':
        return 'Ghi chú';
      default:
        return assertNever(role);
    }
  },
  status: (status) => {
    switch (status) {
      case 'DONE':
        return 'Hoàn thành';
      case 'MOSTLY_DONE':
        return 'Cơ bản hoàn thành';
      case 'IN_PROGRESS':
        return 'Đang thực hiện';
      case 'NOT_DONE':
        return 'Chưa hoàn thành';
      case 'RECURRING':
        return 'Thường xuyên';
      case 'UNKNOWN':
        return 'Chưa rõ';
      case 'NOT_REPORTED':
        return 'Chưa báo cáo';
      default:
        return assertNever(status);
    }
  },
  deadlineKind: (kind) => {
    switch (kind) {
      case 'date':
        return 'Có thời hạn';
      case 'recurring':
        return 'Thường xuyên';
      case 'conditional':
        return 'Theo điều kiện/lộ trình';
      case 'none':
        return 'Không có thời hạn';
      case 'unparsed':
        return 'Không đọc được';
      default:
        return assertNever(kind);
    }
  },
  readIssue: (issue) => {
    switch (issue.code) {
      case 'empty_grid':
        return 'Vùng được đọc không có dữ liệu — chọn vùng bảng nhiệm vụ, hoặc chọn phạm vi “Cả trang tính”, rồi bấm Kiểm tra.';
      case 'header_not_found':
        return 'Không tìm thấy dòng tiêu đề của bảng nhiệm vụ — chọn vùng bảng (gồm cả dòng tiêu đề) rồi bấm Kiểm tra.';
      case 'no_tasks':
        return 'Đã thấy dòng tiêu đề nhưng bên dưới không có nhiệm vụ nào — chọn vùng gồm cả các dòng nhiệm vụ rồi bấm Kiểm tra.';
      default:
        return assertNever(issue.code);
    }
  },
  appError: (code) => {
    switch (code) {
      case 'not_in_excel':
        return 'Tiện ích này chỉ chạy trong Excel — mở sổ tính bằng Excel (trên máy tính hoặc trên web) rồi mở lại ngăn tiện ích.';
      case 'requirement_not_met':
        return 'Phiên bản Excel này chưa hỗ trợ các chức năng mà tiện ích cần — cập nhật Office hoặc dùng Excel trên web.';
      case 'sheet_empty':
        return 'Trang tính đang trống — mở trang tính có bảng nhiệm vụ rồi bấm Kiểm tra.';
      case 'item_not_found':
        return 'Không tìm thấy trang tính hoặc vùng cần đọc (có thể vừa bị xóa hoặc đổi tên) — chọn lại vùng bảng rồi bấm Kiểm tra.';
      case 'invalid_argument':
        return 'Không đọc được vùng đang chọn — chọn một vùng liền khối (không chọn nhiều vùng rời nhau) rồi bấm Kiểm tra.';
      case 'access_denied':
        return 'Excel không cho đọc trang tính này (trang tính hoặc sổ tính có thể đang được bảo vệ) — bỏ bảo vệ hoặc mở một bản sao rồi bấm Kiểm tra.';
      case 'busy':
        return 'Excel đang bận, có thể do một ô đang được sửa — nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi bấm Kiểm tra lại.';
      case 'request_too_large':
        return 'Vùng cần đọc quá lớn — chọn riêng vùng bảng nhiệm vụ, chọn phạm vi “Vùng đang chọn” rồi bấm Kiểm tra.';
      case 'unknown':
        return 'Đã có lỗi không mong muốn khi đọc bảng — bấm Kiểm tra lại; nếu vẫn lỗi, lưu sổ tính, đóng rồi mở lại Excel.';
      default:
        return assertNever(code);
    }
  },
  formatNumber: (value) => numberFormat.format(value),
  formatList: (items) => listFormat.format(items),
};
