import type { Grid } from '../../src/core/table/grid';
import type { ColumnMap, Task, TaskTable } from '../../src/core/table/model';
import type { Deadline } from '../../src/core/parse/deadlineSchema';
import type { Status } from '../../src/core/parse/statusSchema';
import type { SheetRead } from '../../src/taskpane/services';

/** A small task table: a title row, the header, a section, a group and three tasks. */
export const sampleGrid: Grid = {
  sheet: 'Nhiệm vụ',
  origin: { row: 1, column: 1 },
  values: [
    ['DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2024', null, null, null, null],
    ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
    ['A', 'NHIỆM VỤ CHUNG', null, null, null],
    ['I', 'Về pháp lý (03 nhiệm vụ)', null, null, null],
    [
      '1',
      'Xây dựng Nghị định quy định về định danh và xác thực điện tử',
      'Bộ Công an',
      'Tháng 6/2024',
      'Đã hoàn thành',
    ],
    [
      '2',
      'Tuyên truyền về lợi ích của Đề án 06',
      'Bộ Thông tin và Truyền thông',
      'Thường xuyên',
      'Đang thực hiện',
    ],
    [
      '3',
      'Kết nối Cơ sở dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư',
      'Bộ Tư pháp',
      'Quý IV/2023',
      'Chưa hoàn thành',
    ],
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 5 },
    { top: 3, left: 2, bottom: 3, right: 5 },
    { top: 4, left: 2, bottom: 4, right: 5 },
  ],
};

export const sampleRead: SheetRead = {
  grid: sampleGrid,
  scope: 'auto',
  selection: 'B5',
  activeCell: 'B5',
};

function task(row: number, stt: string, lead: string, deadline: Deadline, status: Status): Task {
  return {
    row,
    lastRow: row,
    stt,
    section: 'A',
    group: 'I',
    task: `Nhiệm vụ ${stt}`,
    directive: null,
    leadText: lead,
    partnersText: null,
    deadlineText: deadline.text,
    result: null,
    statusText: null,
    note: null,
    lead: [],
    partners: [],
    deadline,
    status: { status, phrase: '', flags: [] },
    cells: {},
    extra: [],
  };
}

const unparsed = (text: string): Deadline => ({ kind: 'unparsed', text });

/**
 * What readTaskTable would make of the sample, written by hand so the UI tests do not depend on
 * the parsers; a deadline column moved to E makes every deadline unreadable.
 */
export function sampleTable(overrides: ColumnMap = {}): TaskTable {
  let columns: ColumnMap = { stt: 'A', task: 'B', lead: 'C', deadline: 'D', result: 'E' };
  for (const [role, letter] of Object.entries(overrides)) {
    // As readTaskTable does: a column read for one role is taken from the role that had it.
    const others = Object.entries(columns).filter(([other, at]) => other !== role && at !== letter);
    columns = Object.fromEntries(letter === '' ? others : [...others, [role, letter]]);
  }
  const moved = columns.deadline !== 'D';
  return {
    sheet: 'Nhiệm vụ',
    range: 'A2:E7',
    headerRow: 2,
    headerRows: 1,
    columns,
    headers: {},
    sections: [{ label: 'A', title: 'NHIỆM VỤ CHUNG', row: 3, cell: 'A3' }],
    groups: [
      {
        label: 'I',
        title: 'Về pháp lý (03 nhiệm vụ)',
        statedCount: 3,
        section: 'A',
        row: 4,
        cell: 'A4',
        taskCount: 3,
      },
    ],
    tasks: [
      task(
        5,
        '1',
        'Bộ Công an',
        moved
          ? unparsed('Đã hoàn thành')
          : {
              kind: 'date',
              due: '2024-06-30',
              precision: 'month',
              text: 'Tháng 6/2024',
              recurring: false,
              flags: [],
            },
        'DONE',
      ),
      task(
        6,
        '2',
        'Bộ Thông tin và Truyền thông',
        moved ? unparsed('Đang thực hiện') : { kind: 'recurring', text: 'Thường xuyên' },
        'IN_PROGRESS',
      ),
      task(
        7,
        '3',
        'Bộ Tư pháp',
        moved
          ? unparsed('Chưa hoàn thành')
          : {
              kind: 'date',
              due: '2023-12-31',
              precision: 'quarter',
              text: 'Quý IV/2023',
              recurring: false,
              flags: [],
            },
        'NOT_DONE',
      ),
    ],
    titles: ['DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2024'],
  };
}
