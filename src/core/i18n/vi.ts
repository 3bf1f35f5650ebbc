import { assertNever } from './assertNever';
import { findingVi, ruleVi, severityVi } from './findingsVi';
import { formatIsoDate } from './formatIsoDate';
import type { Catalog, UiMessages } from './catalog';

const numberFormat = new Intl.NumberFormat('vi-VN');

const ui: UiMessages = {
  appName: 'Kiểm tra bảng nhiệm vụ Đề án 06',
  appDescription:
    'Kiểm tra bảng nhiệm vụ trên trang tính: lỗi trong bảng, nhiệm vụ quá hạn và sắp đến hạn. Bấm vào một vấn đề để đến ô của nó.',
  scopeLabel: 'Phạm vi',
  scopeAuto: 'Tự động: bảng quanh ô đang chọn',
  scopeSelection: 'Vùng đang chọn',
  scopeUsedRange: 'Cả trang tính',
  checkButton: 'Kiểm tra',
  reading: 'Đang đọc bảng…',
  checkingRows: ({ rows }) => `Đang kiểm tra ${numberFormat.format(rows)} dòng…`,
  readingRows: ({ read, total }) =>
    `Đang đọc ${numberFormat.format(read)}/${numberFormat.format(total)} dòng…`,
  checkCancel: 'Hủy',
  cancelledTitle: 'Đã hủy',
  toolbarLabel: 'Thao tác chính',
  toolbarHighlight: 'Tô màu hạn',
  toolbarSummary: 'Tổng hợp',
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
  reportDateLabel: 'Ngày báo cáo',
  reportDateHint: ({ date }) =>
    `Đang dùng ngày ${date}: hạn được tính đến ngày này. Ngày được lưu cùng sổ tính.`,
  reportDateInvalid: ({ date }) => `Ngày chưa đủ hoặc không hợp lệ — vẫn dùng ngày ${date}.`,
  reportDateOffer: ({ date }) => `Tiêu đề bảng ghi ngày báo cáo ${date} — dùng ngày này?`,
  reportDateUse: ({ date }) => `Dùng ngày ${date}`,
  reportDateKeep: 'Giữ ngày đang dùng',
  reportDateLoadFailed:
    'Không đọc được ngày báo cáo đã lưu trong sổ tính — đang dùng ngày hôm nay; chọn lại ngày báo cáo nếu cần.',
  reportDateSaveFailed:
    'Chưa lưu được ngày báo cáo vào sổ tính — ngày này vẫn được dùng để kiểm tra; nếu sổ tính đang ở chế độ chỉ đọc, hãy lưu một bản sao rồi chọn lại ngày.',
  checkDone: ({ tasks, findings }) =>
    `Đã kiểm tra ${numberFormat.format(tasks)} nhiệm vụ: ${findings === 0 ? 'không có vấn đề nào' : `${numberFormat.format(findings)} vấn đề`}.`,
  tabsLabel: 'Kết quả kiểm tra',
  tabFindings: ({ count }) => `Vấn đề (${numberFormat.format(count)})`,
  tabHighlight: 'Tô màu',
  highlightHeading: 'Tô màu hạn',
  findingsHeading: 'Các vấn đề phát hiện',
  findingsEmpty: 'Không phát hiện vấn đề nào trong bảng.',
  findingsEmptyDetail: ({ tasks }) => `Đã kiểm tra ${numberFormat.format(tasks)} nhiệm vụ.`,
  filterSeverityLabel: 'Lọc theo mức độ',
  filterTextLabel: 'Tìm trong các vấn đề',
  filterTextPlaceholder: 'Ô, đơn vị, nội dung…',
  filteredCount: ({ shown, total }) =>
    shown === total
      ? `${numberFormat.format(total)} vấn đề`
      : `Đang hiện ${numberFormat.format(shown)}/${numberFormat.format(total)} vấn đề`,
  filteredNone: 'Không có vấn đề nào khớp bộ lọc — bật lại mức độ đã tắt hoặc xóa từ cần tìm.',
  collapseAll: 'Thu gọn tất cả',
  expandAll: 'Mở rộng tất cả',
  navLabel: 'Đi lần lượt qua các vấn đề',
  navPrevious: 'Trước',
  navNext: 'Tiếp',
  navPosition: ({ index, total }) =>
    `Vấn đề ${numberFormat.format(index)}/${numberFormat.format(total)}`,
  findingCell: ({ cell }) => `Ô ${cell}`,
  findingSelected: ({ cell, index, total }) =>
    `Đã chọn ô ${cell} (vấn đề ${numberFormat.format(index)}/${numberFormat.format(total)}).`,
  selectCellFailed: 'Không chọn được ô',
  highlightIntro: ({ date }) =>
    `Tô màu nền các dòng nhiệm vụ theo hạn, tính đến ngày báo cáo ${date}. Định dạng cũ được ghi nhớ để “Xóa tô màu” trả lại đúng như trước.`,
  legendHeading: 'Chú thích màu',
  legendOverdue: 'Quá hạn',
  legendDueSoon: 'Sắp đến hạn',
  legendUnparsed: 'Không đọc được thời hạn',
  legendRows: ({ count }) => `${numberFormat.format(count)} dòng`,
  highlightOverdueRows: ({ count }) => `${numberFormat.format(count)} dòng quá hạn`,
  highlightDueSoonRows: ({ count }) => `${numberFormat.format(count)} dòng sắp đến hạn`,
  highlightUnparsedRows: ({ count }) =>
    `${numberFormat.format(count)} dòng không đọc được thời hạn`,
  highlightButton: ({ rows }) => `Tô màu ${rows}`,
  highlightNothing: 'Không có dòng nào cần tô màu',
  highlightNeedsTable:
    'Chưa đọc được bảng nhiệm vụ nên chưa tô màu được — chọn vùng bảng rồi bấm Kiểm tra.',
  clearButton: 'Xóa tô màu',
  clearHint: 'Trả lại định dạng các dòng như trước khi tô màu.',
  highlighting: 'Đang tô màu…',
  clearing: 'Đang xóa tô màu…',
  highlightDone: ({ rows }) => `Đã tô màu ${numberFormat.format(rows)} dòng.`,
  highlightStale: ({ date }) =>
    `Màu trên trang tính đang tính theo ngày báo cáo ${date} — bấm nút tô màu để cập nhật theo ngày mới.`,
  clearDone: 'Đã xóa tô màu, định dạng cũ đã được trả lại.',
  highlightFailed: 'Không tô màu được',
  clearFailed: 'Không xóa được tô màu',
  tabCompare: 'So sánh',
  compareIntro:
    'So sánh số liệu của bảng này với một trang tính khác trong sổ (ví dụ bản của tháng trước): số liệu đổi giữa hai kỳ báo cáo và số liệu mâu thuẫn cùng kỳ.',
  compareSheetLabel: 'So sánh với trang tính',
  compareNoOtherSheet:
    'Sổ tính chỉ có một trang tính — sao chép bảng của kỳ trước vào một trang tính khác rồi so sánh.',
  compareButton: 'So sánh',
  comparing: 'Đang so sánh…',
  compareClean: ({ sheet }) =>
    `Không có số liệu nào thay đổi hay mâu thuẫn so với trang “${sheet}”.`,
  compareDone: ({ sheet, count }) =>
    `So với trang “${sheet}”: ${numberFormat.format(count)} số liệu thay đổi hoặc mâu thuẫn.`,
  compareHere: ({ cell }) => `Ô ${cell} (trang này)`,
  compareThere: ({ cell, sheet }) => `Ô ${cell} (trang “${sheet}”)`,
  compareFailed: 'Không so sánh được',
  compareNoTable: ({ sheet }) =>
    `Trang “${sheet}” không có bảng nhiệm vụ đọc được — chọn trang tính khác.`,
  tabSummary: 'Tổng hợp',
  summaryHeading: 'Bảng tổng hợp cho cuộc họp',
  summaryIntro: ({ date }) =>
    `Tạo các trang tính cho cuộc họp từ bảng đã kiểm tra, với ngày báo cáo ${date}: trang tổng hợp theo đơn vị chủ trì, trang các nhiệm vụ chậm muộn và mỗi đơn vị chủ trì một trang. Bạn xem trước rồi mới tạo; trang tính bạn tự tạo không bao giờ bị ghi đè.`,
  summaryButton: 'Tạo bảng tổng hợp',
  summaryPreparing: 'Đang chuẩn bị bảng tổng hợp…',
  summaryCannotWrite:
    'Phiên bản Excel này chưa tạo được trang tính mới cho bảng tổng hợp — cập nhật Office hoặc dùng Excel trên web.',
  summaryPreviewHeading: ({ count }) => `Sẽ tạo ${numberFormat.format(count)} trang tính`,
  summaryFactsHeading: 'Số liệu chính',
  summaryFactTasks: 'Nhiệm vụ',
  summaryFactOverdue: 'Quá hạn',
  summaryFactDueSoon: ({ days }) => `Sắp đến hạn (trong ${numberFormat.format(days)} ngày)`,
  summaryFactAgencies: 'Đơn vị chủ trì',
  summarySheetsHeading: 'Các trang sẽ tạo',
  summaryKindOverview: 'Tổng hợp',
  summaryKindLate: 'Chậm muộn',
  summaryKindAgency: 'Theo đơn vị',
  summaryKindNormalized: 'Bảng chuẩn hóa',
  summaryReplaces: 'thay trang đã tạo trước',
  summaryAgencySheets: ({ count }) => `${numberFormat.format(count)} trang theo đơn vị`,
  summaryRenamedTitle: 'Trang tính của bạn được giữ nguyên',
  summaryRenamed: ({ kept, name }) =>
    `Trang “${kept}” của bạn được giữ nguyên; trang mới sẽ tên “${name}”.`,
  summaryRemoved: ({ names }) => `Các trang đã tạo trước không còn cần sẽ bị xóa: ${names}.`,
  summaryConfirm: 'Tạo các trang',
  summaryCancel: 'Hủy',
  summaryWriting: 'Đang tạo các trang…',
  summaryProgress: ({ done, total }) =>
    `Đã xong ${numberFormat.format(done)}/${numberFormat.format(total)}`,
  summaryDone: ({ count, sheets }) => `Đã tạo ${numberFormat.format(count)} trang: ${sheets}.`,
  summaryRemovedDone: ({ names }) => `Đã xóa các trang tạo trước không còn cần: ${names}.`,
  summaryFailed: 'Không tạo được bảng tổng hợp',
  summaryPrepareFailed: 'Không chuẩn bị được bảng tổng hợp',
  summaryErrorProtected:
    'Sổ tính đang được bảo vệ (hoặc một trang đã tạo trước bị khóa) — bỏ bảo vệ rồi thử lại.',
  summaryErrorBusy:
    'Excel đang bận, có thể do một ô đang được sửa — nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.',
  summaryErrorChanged:
    'Các trang tính vừa thay đổi (một trang bị đổi tên hoặc xóa) — bấm “Tạo bảng tổng hợp” để xem trước lại rồi tạo.',
  summaryErrorTooLarge:
    'Bảng tổng hợp quá lớn để Excel trên web nhận một lần — mở sổ tính bằng Excel trên máy tính rồi thử lại.',
  summaryErrorUnknown:
    'Đã có lỗi không mong muốn khi tạo các trang — thử lại; nếu vẫn lỗi, lưu sổ tính, đóng rồi mở lại Excel.',
  // Chuẩn hóa
  tabNormalize: 'Chuẩn hóa',
  normalizeHeading: 'Chuẩn hóa bảng',
  normalizeIntro:
    'Đưa bảng về mẫu chuẩn: gộp các dòng bị tách của một nhiệm vụ, bỏ thẻ HTML và khoảng trắng thừa, đánh lại STT theo từng phần, ghi đơn vị chủ trì và phối hợp theo tên chuẩn, thời hạn thành ngày, thêm cột tình trạng và cột số ngày quá hạn. Bạn xem trước từng thay đổi rồi mới áp dụng.',
  normalizeButton: 'Xem trước khi chuẩn hóa',
  normalizePrepareFailed: 'Không chuẩn bị được bảng chuẩn hóa',
  normalizeErrorUnknown:
    'Đã có lỗi không mong muốn khi chuẩn hóa bảng — bấm Kiểm tra để đọc lại bảng rồi thử lại; nếu vẫn lỗi, gửi trang tính này cho người hỗ trợ.',
  normalizePreviewHeading: ({ count }) =>
    count === 0
      ? 'Bảng đã theo mẫu chuẩn — không có thay đổi nào'
      : `Sẽ có ${numberFormat.format(count)} thay đổi`,
  normalizeKindsLabel: 'Các loại thay đổi',
  normalizeKindMergeRows: 'Gộp các dòng bị tách của một nhiệm vụ',
  normalizeKindCleanText: 'Bỏ thẻ HTML, khoảng trắng thừa',
  normalizeKindRenumber: 'Đánh lại STT theo từng phần, nhóm',
  normalizeKindAgencies: 'Đơn vị chủ trì, phối hợp theo tên chuẩn',
  normalizeKindDeadline: 'Thời hạn thành ngày (giữ nguyên văn bên cạnh)',
  normalizeKindStatus: 'Cột tình trạng, đọc từ kết quả',
  normalizeKindOverdue: 'Cột số ngày quá hạn',
  normalizeKindCount: ({ kind, count }) => `${kind}: ${numberFormat.format(count)} thay đổi`,
  normalizeShowChanges: 'Xem các thay đổi',
  normalizeShowChangesOf: ({ kind }) => `Xem các thay đổi: ${kind}`,
  normalizeShowMore: ({ count, rest }) =>
    `Xem thêm ${numberFormat.format(count)} (còn ${numberFormat.format(rest)})`,
  normalizeChangeRow: ({ row }) => `Dòng ${String(row)}`,
  normalizeEmptyText: '(trống)',
  normalizeDestinationLabel: 'Ghi bảng chuẩn hóa vào',
  normalizeToNewSheet: ({ name }) => `Trang tính mới “${name}”`,
  normalizeNewSheetHint:
    'Bảng gốc giữ nguyên. Chuẩn hóa lại bảng này sẽ thay trang chuẩn hóa tạo lần trước, không động đến trang tính nào khác.',
  normalizeNewSheetUnavailable:
    'Phiên bản Excel này chưa tạo được trang tính mới — chọn ghi đè lên bảng hiện tại, hoặc cập nhật Office hay dùng Excel trên web.',
  normalizeInPlace: 'Ghi đè lên bảng hiện tại',
  normalizeInPlaceNote:
    'Các ô của bảng được ghi lại theo mẫu chuẩn; có thể hoàn tác khi ngăn này còn mở.',
  normalizeInPlaceHint: ({ cells }) =>
    `Sẽ sửa ${numberFormat.format(cells)} ô của bảng; có thể hoàn tác khi ngăn này còn mở.`,
  normalizeInPlaceUnavailable:
    'Phiên bản Excel này chưa hoàn tác chính xác được các ô gộp nên chưa ghi đè lên bảng được — cập nhật Office hoặc dùng Excel trên web.',
  normalizeWriting: 'Đang ghi bảng chuẩn hóa…',
  normalizeWritten: ({ name }) => `Đã ghi bảng chuẩn hóa vào trang “${name}”.`,
  normalizeReplacedDone: 'Trang chuẩn hóa tạo lần trước đã được thay.',
  normalizeWriteFailed: 'Không ghi được bảng chuẩn hóa',
  bulkHeading: 'Sửa hàng loạt trên vùng chọn',
  bulkIntro:
    'Chọn các dòng nhiệm vụ trên trang tính rồi chọn việc cần làm: bạn xem trước số ô sẽ sửa rồi mới áp dụng, và có thể hoàn tác khi ngăn này còn mở.',
  bulkResultHint: 'Ghi vào cột Kết quả của từng nhiệm vụ đang chọn, thay nội dung cũ.',
  bulkStatusKeep: '(giữ nguyên)',
  bulkNoResultColumn:
    'Bảng không có cột Kết quả nên chưa đặt được kết quả — chọn cột đúng ở thẻ “Bảng đã đọc”.',
  bulkNoStatusColumn: 'Bảng không có cột Tình trạng: tình trạng được đọc từ kết quả.',
  bulkNoSttColumn: 'Bảng không có cột STT — chọn cột đúng ở thẻ “Bảng đã đọc”.',
  bulkSetStatusButton: 'Đặt cho các nhiệm vụ đang chọn',
  bulkFillDownButton: 'Điền đơn vị đã gộp xuống từng dòng',
  bulkFillDownHint:
    'Ô đơn vị chủ trì, phối hợp gộp chung cho nhiều nhiệm vụ trong vùng chọn được tách ra, mỗi nhiệm vụ ghi đủ tên đơn vị.',
  bulkRenumberButton: 'Đánh lại STT',
  bulkRenumberHint: 'Cả bảng: STT 1, 2, … trong từng phần và nhóm, giữ cách ghi của bảng.',
  bulkReadingSelection: 'Đang đọc vùng chọn…',
  bulkSelectionFailed: 'Không đọc được vùng chọn',
  bulkSelectionEmpty:
    'Vùng đang chọn không có dòng nào của bảng — chọn các dòng nhiệm vụ trên trang tính rồi thử lại.',
  bulkOtherSheet: ({ selected, sheet }) =>
    `Vùng đang chọn ở trang “${selected}”, còn bảng đã kiểm tra ở trang “${sheet}” — chọn các dòng trên trang “${sheet}”, hoặc bấm Kiểm tra để đọc bảng của trang đang mở.`,
  bulkPreviewHeading: ({ cells, tasks }) =>
    `Sẽ sửa ${numberFormat.format(cells)} ô của ${numberFormat.format(tasks)} nhiệm vụ`,
  bulkNothing: 'Không có ô nào cần sửa',
  bulkSelectedRows: ({ edit, rows }) => `${edit} — các dòng đang chọn: ${rows}.`,
  bulkWholeTable: ({ edit }) => `${edit} — cả bảng.`,
  bulkSetsResult: ({ result }) => `Kết quả mới: “${result}”.`,
  bulkSetsResultAndStatus: ({ result, status }) =>
    `Kết quả mới: “${result}”; tình trạng: ${status}.`,
  bulkClose: 'Đóng',
  editKindNormalize: 'Chuẩn hóa bảng',
  editKindSetStatus: 'Đặt tình trạng và kết quả',
  editKindFillDown: 'Điền đơn vị xuống từng dòng',
  editKindRenumber: 'Đánh lại STT',
  editUnavailable:
    'Phiên bản Excel này chưa hoàn tác chính xác được các ô gộp nên chưa sửa trực tiếp trên bảng được — cập nhật Office hoặc dùng Excel trên web.',
  editConfirm: 'Áp dụng',
  editCancel: 'Hủy',
  editApplying: 'Đang sửa bảng…',
  editApplied: ({ edit, cells, tasks }) =>
    `${edit}: đã sửa ${numberFormat.format(cells)} ô của ${numberFormat.format(tasks)} nhiệm vụ.`,
  editApplyFailed: 'Không sửa được bảng',
  editUndo: 'Hoàn tác',
  editUndoNote: ({ edit, cells }) =>
    `Trả lại ${numberFormat.format(cells)} ô của lần sửa “${edit}” như trước; dùng được khi ngăn này còn mở.`,
  editUndoing: 'Đang hoàn tác…',
  editUndone: ({ edit }) => `Đã hoàn tác “${edit}”: các ô đã trở lại như trước.`,
  editUndoChangedTitle: 'Hoàn tác sẽ ghi đè',
  editUndoChanged: ({ count }) =>
    `${numberFormat.format(count)} ô đã được sửa sau khi áp dụng — hoàn tác sẽ ghi đè các thay đổi đó.`,
  editUndoAnyway: 'Vẫn hoàn tác',
  editUndoKeep: 'Không hoàn tác',
  editUndoFailed: 'Không hoàn tác được',
  editErrorProtected:
    'Trang tính đang được bảo vệ — bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
  editErrorChanged:
    'Trang tính của bảng vừa bị đổi tên hoặc xóa — bấm Kiểm tra để đọc lại bảng rồi thử lại.',
  editErrorUndoGone: 'Trang tính đã sửa không còn nữa (có thể đã bị xóa) nên không hoàn tác được.',
  editErrorTooLarge:
    'Bảng quá lớn để Excel trên web nhận một lần — mở sổ tính bằng Excel trên máy tính rồi thử lại.',
  editErrorUnknown:
    'Đã có lỗi không mong muốn khi ghi vào trang tính — thử lại; nếu vẫn lỗi, lưu sổ tính, đóng rồi mở lại Excel.',
  // Dán bảng
  viewSwitchLabel: 'Việc cần làm',
  viewCheck: 'Kiểm tra trang tính',
  viewPaste: 'Dán bảng',
  pasteHeading: 'Dán bảng từ báo cáo',
  pasteIntro:
    'Sao chép bảng nhiệm vụ (gồm cả dòng tiêu đề) từ Word, PDF, trang web hoặc thư rồi dán vào ô dưới đây: bảng được đọc và kiểm tra ngay, sổ tính không bị thay đổi.',
  pasteBoxLabel: 'Bảng cần đọc',
  pasteBoxHint:
    'Nhấn Ctrl+V (⌘V trên máy Mac) trong ô này; hoặc gõ, sửa văn bản (các cột cách nhau bằng Tab) rồi bấm “Đọc bảng”.',
  pasteBoxPlaceholder: 'Dán bảng vào đây…',
  pasteReadButton: 'Đọc bảng',
  pasteDone: ({ tasks, findings }) =>
    `Đã đọc ${numberFormat.format(tasks)} nhiệm vụ từ bảng đã dán: ${findings === 0 ? 'không có vấn đề nào' : `${numberFormat.format(findings)} vấn đề`}.`,
  pasteErrorTitle: 'Không đọc được bảng đã dán',
  pasteNothing:
    'Không có bảng trong nội dung đã dán — hãy sao chép bảng nhiệm vụ (gồm cả dòng tiêu đề) từ báo cáo rồi dán lại vào ô này.',
  pasteHeaderNotFound:
    'Không tìm thấy dòng tiêu đề trong bảng đã dán — hãy sao chép cả dòng tiêu đề (STT, Nội dung, …) rồi dán lại.',
  pasteNoTasks:
    'Đã thấy dòng tiêu đề nhưng bên dưới không có nhiệm vụ nào — hãy sao chép cả các dòng nhiệm vụ rồi dán lại.',
  pasteTabsLabel: 'Kết quả đọc bảng đã dán',
  pasteRowHeading: ({ cell, row }) => `Ô ${cell} — dòng ${row} của bảng đã dán`,
  pasteFindingShown: ({ cell, row, index, total }) =>
    `Ô ${cell} (vấn đề ${numberFormat.format(index)}/${numberFormat.format(total)}): dòng ${row} của bảng đã dán được hiện bên dưới danh sách.`,
  pasteInsertButton: 'Chèn thành trang tính mới',
  pasteInsertHint:
    'Bảng được ghi theo mẫu chuẩn vào một trang tính mới; không trang tính nào bị thay thế.',
  pasteCannotWrite:
    'Phiên bản Excel này chưa tạo được trang tính mới — cập nhật Office hoặc dùng Excel trên web.',
  pasteInserting: 'Đang chèn trang tính…',
  pasteInserted: ({ sheet }) => `Đã chèn bảng vào trang tính mới “${sheet}”.`,
  pasteInsertFailed: 'Không chèn được trang tính',
  pasteErrorTooLarge:
    'Bảng quá lớn để Excel trên web nhận một lần — mở sổ tính bằng Excel trên máy tính rồi thử lại.',
  demoPageTitle: 'Trang thử – Kiểm tra bảng nhiệm vụ Đề án 06',
  demoIntro:
    'Trang thử: ngăn tác vụ thật trên một sổ tính giữ trong bộ nhớ, không cần Excel. Tệp bạn mở chỉ được đọc trong trình duyệt, không tải lên đâu cả.',
  demoWorkbookRegion: 'Bảng tính',
  demoPaneRegion: 'Ngăn tác vụ',
  demoSampleLabel: 'Tệp mẫu',
  demoOpenFile: 'Mở tệp .xlsx…',
  demoViewing: ({ file }) => `Đang xem: ${file}`,
  demoLoading: ({ file }) => `Đang mở ${file}…`,
  demoLoadFailed: ({ file }) => `Không mở được tệp “${file}”`,
  demoLoadFailedHint:
    'Tệp phải là sổ tính Excel .xlsx (không phải .xls hay .csv) — lưu lại dưới dạng .xlsx rồi mở lại, hoặc chọn một tệp mẫu.',
  demoSheetsLabel: 'Các trang tính',
  demoEmptySheet: 'Trang tính này trống.',
  demoRowsShown: ({ first, last, total }) =>
    `Đang hiện dòng ${numberFormat.format(first)}–${numberFormat.format(last)} trong ${numberFormat.format(total)} dòng.`,
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
        return 'Không tìm thấy dòng tiêu đề — chọn vùng bảng rồi bấm Kiểm tra.';
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
      case 'cancelled':
        return 'Đã hủy kiểm tra — bấm Kiểm tra để chạy lại.';
      case 'unknown':
        return 'Đã có lỗi không mong muốn khi đọc bảng — bấm Kiểm tra lại; nếu vẫn lỗi, lưu sổ tính, đóng rồi mở lại Excel.';
      default:
        return assertNever(code);
    }
  },
  finding: (finding) => findingVi(finding, vi),
  rule: ruleVi,
  severity: severityVi,
  formatDate: formatIsoDate,
  formatNumber: (value) => numberFormat.format(value),
  formatList: (items) => listFormat.format(items),
};
