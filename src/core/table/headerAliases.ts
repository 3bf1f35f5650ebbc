import type { ColumnRole } from './model';

/**
 * Header spellings seen in real tables (DESIGN.md §1, vocabulary.md §3), by role. Matching is
 * accent- and case-insensitive on folded text; the longest matching spelling wins, so
 * "Tiến độ thực hiện" is the result, not the deadline.
 */
export const HEADER_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự'],
  task: [
    'Nội dung, nhiệm vụ',
    'Nội dung nhiệm vụ',
    'Nội dung, nhiệm vụ cụ thể',
    'Nhiệm vụ',
    'Nội dung',
    'Nội dung công việc',
    'Tên nhiệm vụ',
    'Nhiệm vụ cụ thể',
    'Công việc',
  ],
  directive: [
    'Văn bản chỉ đạo',
    'Căn cứ',
    'Văn bản giao nhiệm vụ',
    'Văn bản giao',
    'Căn cứ giao nhiệm vụ',
    'Nguồn giao',
  ],
  lead: [
    'Đơn vị thực hiện',
    'Đơn vị chủ trì',
    'Cơ quan chủ trì',
    'Cơ quan thực hiện',
    'Đơn vị chủ trì thực hiện',
    'Cơ quan, đơn vị chủ trì',
    'Chủ trì',
  ],
  partners: ['Đơn vị phối hợp', 'Cơ quan phối hợp', 'Cơ quan, đơn vị phối hợp', 'Phối hợp'],
  deadline: [
    'Thời gian hoàn thành',
    'Thời hạn',
    'Thời hạn hoàn thành',
    'Tiến độ',
    'Thời gian thực hiện',
    'Thời gian',
    'Hạn hoàn thành',
  ],
  result: [
    'Kết quả',
    'Kết quả thực hiện',
    'Tiến độ thực hiện',
    'Tình hình thực hiện',
    'Kết quả triển khai',
    'Tiến độ, kết quả thực hiện',
    'Kết quả, tiến độ thực hiện',
  ],
  status: ['Tình trạng', 'Trạng thái', 'Tình trạng thực hiện'],
  note: ['Ghi chú'],
};
