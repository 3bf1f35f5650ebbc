import type { Grid } from '../../../src/core/table/grid';
import type { TaskTable } from '../../../src/core/table/model';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import { gridOf } from '../../helpers/fixtures';

/** The task of annex B.I STT 5 of report 230 (31/01/2024), as the annex writes it. */
export const TASK_230_B_I_5 =
  'Đơn giản hóa thủ tục hành chính và giấy tờ công dân liên quan đến quản lý dân cư đã được Chính phủ phê duyệt tại 19 Nghị quyết chuyên đề theo thẩm quyền hoặc trình cơ quan có thẩm quyền ban hành, bảo đảm chất lượng, tiến độ';

/** The December 2023 register's result for that task: 558 procedures left. */
export const RESULT_558 =
  'Còn 558 thủ tục hành chính chưa được thực thi, chậm tiến độ 04 tháng, nguy cơ các thủ tục hành chính sẽ không được đơn giản hóa, người dân vẫn phải xuất trình nhiều giấy tờ. Trách nhiệm trên thuộc 14 bộ, ngành, trong đó, có 9 bộ, ngành có tỷ lệ đơn giản hóa thủ tục hành chính theo 19 Nghị quyết đạt thấp (dưới 50%)';

/** The annex's result (31/01/2024), shortened: 551 procedures left. */
export const RESULT_551 =
  'Còn 551 thủ tục hành chính chưa được thực thi (chiếm 41,74%), chậm tiến độ 04 tháng, nguy cơ các thủ tục hành chính sẽ không được đơn giản hóa, người dân vẫn phải xuất trình nhiều giấy tờ. Trách nhiệm trên thuộc 14 bộ, ngành, trong đó, có 07 bộ, ngành có tỷ lệ đơn giản hóa thủ tục hành chính theo 19 Nghị quyết đạt thấp (dưới 50%)';

export const DIRECTIVES =
  'Nghị quyết số 50/NQ-CP, ngày 8/4/2023; Công văn 452/TTg-KSTT ngày 23/5/2023; Thông báo số 299/TB-VPCP ngày 31/7/2023';

export const HEADER = [
  'STT',
  'Nội dung, nhiệm vụ',
  'Văn bản chỉ đạo',
  'Đơn vị thực hiện',
  'Thời gian hoàn thành',
  'Kết quả',
];

/** Another task, so a register is not one row. */
const OTHER_TASK = [
  1,
  'Hoàn thành kết nối, chia sẻ dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư',
  'Quyết định số 06/QĐ-TTg ngày 06/01/2022',
  'Bộ Tư pháp',
  'Năm 2022',
  'Đã kết nối 63/63 tỉnh, thành phố; còn 12 tỉnh chưa đồng bộ dữ liệu',
];

/**
 * The rows of a task register: a title naming its report date ("ngày 31/12/2023"), the header on
 * row 3, the other task on row 4 and the 230 B.I.5 task on row 5 (result in F5).
 */
export function registerRows(date: string | null, result: string): (string | number | null)[][] {
  return [
    ['SỔ THEO DÕI NHIỆM VỤ ĐỀ ÁN 06', null, null, null, null, null],
    [
      date === null
        ? '(Theo dõi nhiệm vụ chậm muộn)'
        : `(Kèm theo Báo cáo số 01/BC-TCTTKĐA ngày ${date})`,
      null,
      null,
      null,
      null,
      null,
    ],
    HEADER,
    OTHER_TASK,
    [2, TASK_230_B_I_5, DIRECTIVES, 'Các bộ, ngành, địa phương', '6/2023', result],
  ];
}

export function registerGrid(sheet: string, date: string | null, result: string): Grid {
  return gridOf(registerRows(date, result), { sheet });
}

export function tableOf(grid: Grid): TaskTable {
  const read = readTaskTable(grid, {});
  if (!read.success) throw new Error(`no table on ${grid.sheet}`);
  return read.data;
}
