import { readFileSync } from 'node:fs';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import type { TaskTable } from '../../../src/core/table/model';
import type { MergeArea } from '../../../src/core/table/grid';
import { taskTableSchema } from '../../../src/core/table/model';
import { delimitedToGrid } from '../../../src/core/table/delimitedToGrid';
import {
  WORKBOOKS,
  fixturePath,
  gridOf,
  loadWorkbook,
  readTsv,
  squash,
  words,
} from '../../helpers/fixtures';

function read(grid: Parameters<typeof readTaskTable>[0], reportDate = '2024-01-31'): TaskTable {
  const result = readTaskTable(grid, { reportDate });
  if (!result.success) throw new Error(`not read: ${JSON.stringify(result.issues)}`);
  return result.data;
}

describe('readTaskTable on the fixture workbooks', () => {
  it.each(WORKBOOKS)(
    '$file: finds the table and every task ($tasks)',
    async ({ file, tasks, reportDate }) => {
      const [grid] = await loadWorkbook(file);
      const table = read(grid!, reportDate);
      expect(table.tasks).toHaveLength(tasks);
      expect(taskTableSchema.safeParse(table).success).toBe(true);
      for (const task of table.tasks) {
        expect(task.task.length).toBeGreaterThan(0);
        expect(task.cells.task).toMatch(new RegExp(`^[A-Z]+${task.row}$`));
      }
    },
  );

  it('reads the late-task annex of report 230: header on row 4, sections, groups, stated counts', async () => {
    const [grid] = await loadWorkbook('bao-cao-230-cham-muon-T01-2024.xlsx');
    const table = read(grid!);
    expect(table.headerRow).toBe(4);
    expect(table.range).toBe('A4:F38');
    expect(table.columns).toEqual({
      stt: 'A',
      task: 'B',
      directive: 'C',
      lead: 'D',
      deadline: 'E',
      result: 'F',
    });
    expect(table.titles[1]).toMatch(/230\/BC-TCTTKĐA ngày 31\/01\/2024/);
    expect(table.sections.map((s) => `${s.label} ${s.title}`)).toEqual([
      'A NHIỆM VỤ THEO LỘ TRÌNH ĐỀ ÁN',
      'B NHIỆM VỤ THEO CÁC CHỈ THỊ, NGHỊ QUYẾT, VĂN BẢN CỦA TCTTKĐA',
    ]);
    expect(table.groups.map((g) => [g.section, g.label, g.statedCount, g.taskCount])).toEqual([
      ['A', 'I', null, 1],
      ['A', 'II', 10, 9],
      ['B', 'I', null, 7],
      ['B', 'II', null, 9],
      ['B', 'III', null, 1],
    ]);
    const first = table.tasks[0]!;
    expect(first).toMatchObject({ row: 7, stt: '1', section: 'A', group: 'I' });
    expect(first.cells).toEqual({
      stt: 'A7',
      task: 'B7',
      directive: 'C7',
      lead: 'D7',
      deadline: 'E7',
      result: 'F7',
    });
  });

  it('reads Thanh Hóa Phụ lục I: "TT", "1.", lead and partner columns, groups with stated counts', async () => {
    const [grid] = await loadWorkbook('thanh-hoa-phu-luc-I-06-2024.xlsx');
    const table = read(grid!, '2024-06-28');
    expect(table.headerRow).toBe(4);
    expect(table.columns).toMatchObject({
      stt: 'A',
      task: 'B',
      lead: 'C',
      partners: 'D',
      deadline: 'E',
      result: 'F',
    });
    expect(table.tasks.map((t) => t.stt)).toEqual(
      Array.from({ length: 72 }, (_, i) => String(i + 1)),
    );
    expect(table.groups.map((g) => g.label)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
    ]);
    expect(table.groups[0]).toMatchObject({
      title: 'Về pháp lý (03 nhiệm vụ)',
      statedCount: 3,
      taskCount: 3,
    });
    const expected = readTsv('tables', '004_phu_luc_I_nhiem_vu.tsv').filter(
      (r) => r.kind === 'group',
    );
    expect(table.groups.map((g) => g.taskCount)).toEqual(
      expected.map((r) => Number(r.actual_count)),
    );
  });

  it('reads the Directive 05 assignment list: no result column, so nothing is reported', async () => {
    const [grid] = await loadWorkbook('chi-thi-05-2023-phu-luc.xlsx');
    const table = read(grid!, '2023-02-23');
    expect(table.columns.result).toBeUndefined();
    expect(table.sections.map((s) => s.label)).toEqual(['A', 'B', 'C']);
    expect(new Set(table.tasks.map((t) => t.status.status))).toEqual(new Set(['NOT_REPORTED']));
  });

  it('reads notice 4318 without an STT column', async () => {
    const [grid] = await loadWorkbook('thong-bao-4318-2024-nhiem-vu.xlsx');
    const table = read(grid!, '2024-05-28');
    expect(table.columns).toEqual({ task: 'A', lead: 'B', partners: 'C', deadline: 'D' });
    expect(table.tasks.every((t) => t.stt === null)).toBe(true);
    expect(table.tasks[0]!.row).toBe(2);
    expect(table.tasks.at(-1)!.row).toBe(26);
  });

  it('gives the task texts, documents, agencies, deadlines and results of the extracted table', async () => {
    const [grid] = await loadWorkbook('bao-cao-230-cham-muon-T01-2024.xlsx');
    const table = read(grid!);
    const rows = readTsv('tables', '000_nhiem_vu_cham_muon_T1-2024.tsv').filter(
      (r) => r.kind === 'task',
    );
    expect(table.tasks).toHaveLength(rows.length);
    table.tasks.forEach((task, i) => {
      const row = rows[i]!;
      expect([task.section, task.group, task.stt]).toEqual([row.section, row.group, row.stt]);
      expect(squash(task.task)).toBe(squash(row.noi_dung_nhiem_vu));
      expect(squash(task.leadText)).toBe(squash(row.don_vi_thuc_hien));
      expect(squash(task.deadlineText)).toBe(squash(row.thoi_gian_hoan_thanh));
    });
  });
});

describe('readTaskTable on the pasted report table', () => {
  const text = readFileSync(fixturePath('pasted', 'bao-cao-230-cham-muon-raw.tsv'), 'utf8');
  const table = read(delimitedToGrid(text, 'Dán'));
  const rows = readTsv('tables', '000_nhiem_vu_cham_muon_T1-2024.tsv');

  // The paste stops at the heading of group III: its one task is not in the file, so 26 of 27.
  it('finds the 26 pasted tasks, the sections (one written as a markdown heading) and the groups', () => {
    expect(table.tasks).toHaveLength(26);
    expect(table.sections.map((s) => s.label)).toEqual(['A', 'B']);
    expect(table.groups.map((g) => `${g.section ?? ''}.${g.label}:${g.taskCount}`)).toEqual([
      'A.I:1',
      'A.II:9',
      'B.I:7',
      'B.II:9',
      'B.III:0',
    ]);
    expect(table.groups[1]!.statedCount).toBe(10);
  });

  it('strips the HTML and keeps every value of the extracted table', () => {
    const tasks = rows.filter((r) => r.kind === 'task');
    table.tasks.forEach((task, i) => {
      const row = tasks[i]!;
      expect(squash(task.task)).toBe(squash(row.noi_dung_nhiem_vu));
      expect(words(task.directive)).toBe(words(row.van_ban_chi_dao));
      expect(squash(task.leadText)).toBe(squash(row.don_vi_thuc_hien));
      expect(squash(task.deadlineText)).toBe(squash(row.thoi_gian_hoan_thanh));
      expect(words(task.result)).toBe(words(row.ket_qua));
      expect(task.task).not.toMatch(/<|&nbsp;/);
    });
  });
});

describe('readTaskTable: header detection', () => {
  const body = [
    ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024', 'Đã hoàn thành'],
    ['2', 'Rà soát thủ tục', 'Sở Y tế', 'Tháng 6/2024', 'Chưa hoàn thành'],
  ];

  it('finds a header below title rows and blank lines', () => {
    const table = read(
      gridOf([
        ['BẢNG THEO DÕI NHIỆM VỤ ĐỀ ÁN 06'],
        ['(Kèm theo Báo cáo số 12/BC-UBND ngày 31/3/2024)'],
        [],
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành', 'Kết quả thực hiện'],
        ...body,
      ]),
    );
    expect(table.headerRow).toBe(4);
    expect(table.columns).toEqual({ stt: 'A', task: 'B', lead: 'C', deadline: 'D', result: 'E' });
    expect(table.tasks.map((t) => t.row)).toEqual([5, 6]);
    expect(table.titles).toEqual([
      'BẢNG THEO DÕI NHIỆM VỤ ĐỀ ÁN 06',
      '(Kèm theo Báo cáo số 12/BC-UBND ngày 31/3/2024)',
    ]);
  });

  it('prefers the longest spelling: "Tiến độ thực hiện" is the result, "Tiến độ" the deadline', () => {
    const table = read(
      gridOf([
        ['TT', 'Nhiệm vụ', 'Tiến độ thực hiện', 'Đơn vị thực hiện', 'Tiến độ'],
        ...body.map((r) => [r[0]!, r[1]!, r[4]!, r[2]!, r[3]!]),
      ]),
    );
    expect(table.columns).toEqual({ stt: 'A', task: 'B', result: 'C', lead: 'D', deadline: 'E' });
    expect(table.tasks[0]!.deadline).toMatchObject({ kind: 'date', due: '2024-03-31' });
  });

  it('matches headers without accents, in capitals, with line breaks inside', () => {
    const table = read(
      gridOf([
        ['STT', 'NOI DUNG,\nNHIEM VU', 'DON VI\nCHU TRI', 'THOI GIAN\nHOAN THANH', 'KET QUA'],
        ...body,
      ]),
    );
    expect(table.columns).toEqual({ stt: 'A', task: 'B', lead: 'C', deadline: 'D', result: 'E' });
  });

  it('joins a header split over two rows', () => {
    const table = read(
      gridOf(
        [
          ['STT', 'Nội dung,', 'Đơn vị', null, 'Thời gian', 'Kết quả'],
          [null, 'nhiệm vụ', 'Chủ trì', 'Phối hợp', 'hoàn thành', null],
          ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I/2024', 'Đã hoàn thành'],
        ],
        { merges: [{ top: 1, left: 3, bottom: 1, right: 4 }] },
      ),
    );
    expect(table.headerRows).toBe(2);
    expect(table.columns).toEqual({
      stt: 'A',
      task: 'B',
      lead: 'C',
      partners: 'D',
      deadline: 'E',
      result: 'F',
    });
    expect(table.tasks).toHaveLength(1);
    expect(table.tasks[0]!.row).toBe(3);
  });

  it('reads one-hot status columns under a merged "Kết quả"', () => {
    const table = read(
      gridOf(
        [
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Kết quả', null],
          [null, null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành'],
          ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024', 'x', null],
          ['2', 'Rà soát thủ tục', 'Sở Y tế', 'Quý II/2024', null, 'x'],
        ],
        { merges: [{ top: 1, left: 5, bottom: 1, right: 6 }] },
      ),
    );
    expect(table.tasks.map((t) => t.status.status)).toEqual(['DONE', 'NOT_DONE']);
  });

  it('keeps columns in any order and works without STT or result', () => {
    const table = read(
      gridOf([
        ['Thời hạn', 'Đơn vị chủ trì', 'Nhiệm vụ'],
        ['Quý I/2024', 'Sở Tư pháp', 'Ban hành kế hoạch'],
        ['', 'Sở Y tế', 'Rà soát thủ tục'],
      ]),
    );
    expect(table.columns).toEqual({ deadline: 'A', lead: 'B', task: 'C' });
    expect(table.tasks.map((t) => [t.stt, t.task, t.status.status])).toEqual([
      [null, 'Ban hành kế hoạch', 'NOT_REPORTED'],
      [null, 'Rà soát thủ tục', 'NOT_REPORTED'],
    ]);
  });

  it("applies the user's column corrections", () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Cột X', 'Thời hạn'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024'],
    ]);
    expect(read(grid).columns.lead).toBeUndefined();
    const corrected = readTaskTable(grid, { columnOverrides: { lead: 'C' } });
    expect(corrected.success && corrected.data.columns.lead).toBe('C');
    expect(corrected.success && corrected.data.tasks[0]!.lead.map((a) => a.name)).toEqual([
      'Sở Tư pháp',
    ]);
  });

  it('reports an empty grid, a grid without header, and a header without tasks', () => {
    expect(readTaskTable(gridOf([[null], ['  ']]))).toEqual({
      success: false,
      issues: [{ code: 'empty_grid', params: { sheet: 'Trang1' } }],
    });
    expect(
      readTaskTable(
        gridOf([
          ['Họ tên', 'Ngày sinh'],
          ['Nguyễn Văn A', '1/1/1990'],
        ]),
      ),
    ).toMatchObject({ success: false, issues: [{ code: 'header_not_found' }] });
    expect(readTaskTable(gridOf([['STT', 'Nhiệm vụ', 'Thời hạn']]))).toMatchObject({
      success: false,
      issues: [{ code: 'no_tasks' }],
    });
  });

  it('does not take a long data row for a header', () => {
    const table = read(
      gridOf([
        [
          'Nhiệm vụ của các bộ, ngành và địa phương trong thời gian tới cần hoàn thành đúng thời hạn được giao',
          'Kết quả thực hiện các nhiệm vụ',
        ],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
        ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024'],
      ]),
    );
    expect(table.headerRow).toBe(2);
  });
});

describe('readTaskTable: row kinds', () => {
  const header = [
    'STT',
    'Nội dung, nhiệm vụ',
    'Đơn vị thực hiện',
    'Thời gian hoàn thành',
    'Kết quả',
  ];

  it('reads STT written "1", "1.", "01" and section/group labels "A", "A.", "I", "II:"', () => {
    const table = read(
      gridOf([
        header,
        ['A', 'NHIỆM VỤ THEO LỘ TRÌNH'],
        ['I.', 'Về pháp lý (02 nhiệm vụ)'],
        ['1', 'Nhiệm vụ một', 'Bộ Công an', 'Năm 2024', 'Đang thực hiện'],
        ['02', 'Nhiệm vụ hai', 'Bộ Tư pháp', 'Năm 2024', 'Đang thực hiện'],
        ['II:', 'Về dữ liệu'],
        ['3.', 'Nhiệm vụ ba', 'Bộ Y tế', 'Năm 2024', 'Đang thực hiện'],
        ['B.', 'NHIỆM VỤ KHÁC'],
        ['1', 'Nhiệm vụ bốn', 'Bộ Y tế', 'Năm 2024', 'Đang thực hiện'],
      ]),
    );
    expect(table.tasks.map((t) => [t.stt, t.section, t.group])).toEqual([
      ['1', 'A', 'I'],
      ['02', 'A', 'I'],
      ['3', 'A', 'II'],
      ['1', 'B', null],
    ]);
    expect(table.groups.map((g) => [g.label, g.title, g.statedCount, g.taskCount])).toEqual([
      ['I', 'Về pháp lý (02 nhiệm vụ)', 2, 2],
      ['II', 'Về dữ liệu', null, 1],
    ]);
  });

  it('reads a heading written in one cell: "I. Nhiệm vụ chung …" or "#### B. …"', () => {
    const table = read(
      gridOf([
        header,
        ['<b>A. NHIỆM VỤ THEO LỘ TRÌNH</b>'],
        ['I: Nhiệm vụ chung (01 nhiệm vụ)'],
        ['1', 'Nhiệm vụ một', 'Bộ Công an', 'Năm 2024', 'Đang thực hiện'],
        ['#### B. NHIỆM VỤ KHÁC'],
        ['1', 'Nhiệm vụ hai', 'Bộ Y tế', 'Năm 2024', 'Đang thực hiện'],
      ]),
    );
    expect(table.sections.map((s) => [s.label, s.title])).toEqual([
      ['A', 'NHIỆM VỤ THEO LỘ TRÌNH'],
      ['B', 'NHIỆM VỤ KHÁC'],
    ]);
    expect(table.groups.map((g) => [g.label, g.statedCount])).toEqual([['I', 1]]);
    expect(table.tasks.map((t) => t.section)).toEqual(['A', 'B']);
  });

  it('merges continuation rows (empty STT) into the task above, keeping the first cell addresses', () => {
    const table = read(
      gridOf([
        header,
        [
          '1',
          'Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư',
          'Bộ Công an,',
          'Tháng 6/2023',
          'Chưa hoàn thành',
        ],
        [
          null,
          'với cơ sở dữ liệu hộ tịch điện tử.',
          'Bộ Tư pháp',
          null,
          '(Mới kết nối thử nghiệm)',
        ],
        [null, null, null, null, null],
        ['2', 'Nhiệm vụ hai', 'Bộ Y tế', 'Năm 2024', 'Đang thực hiện'],
      ]),
    );
    expect(table.tasks).toHaveLength(2);
    const [first] = table.tasks;
    expect(first!.task).toBe(
      'Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư\nvới cơ sở dữ liệu hộ tịch điện tử.',
    );
    expect(first!.result).toBe('Chưa hoàn thành\n(Mới kết nối thử nghiệm)');
    expect(first!.lead.map((a) => a.id)).toEqual(['BCA', 'BTP']);
    expect(first!.cells.task).toBe('B2');
    expect([first!.row, first!.lastRow]).toEqual([2, 3]);
  });

  it('reads a deadline written only on a continuation row (the first row’s cell blank)', () => {
    const table = read(
      gridOf([
        header,
        ['1', 'Nhiệm vụ một', 'Bộ Công an', null, 'Chưa hoàn thành'],
        [null, 'phần tiếp theo', null, 'Quý I/2024', null],
        ['2', 'Nhiệm vụ hai', 'Bộ Y tế', 'Tháng 6/2023', null],
        [null, null, null, '(gia hạn: Quý IV/2023)', null],
      ]),
    );
    const [first, second] = table.tasks;
    expect(first!.deadlineText).toBe('Quý I/2024');
    expect(first!.deadline).toMatchObject({ kind: 'date', due: '2024-03-31' });
    expect(first!.cells.deadline).toBe('D2');
    // Two rows: the joined text is read, as before.
    expect(second!.deadlineText).toBe('Tháng 6/2023\n(gia hạn: Quý IV/2023)');
  });

  it('keeps the other cells of a section or group row', () => {
    const table = read(
      gridOf([
        header,
        ['A', 'NHIỆM VỤ THEO LỘ TRÌNH', null, 'Quý I/2024', 'Ghi chú A'],
        ['I.', 'Nhiệm vụ chung', 'Bộ Công an', null, null],
        ['1', 'Nhiệm vụ một', 'Bộ Công an', 'Năm 2024', 'Đang thực hiện'],
        ['II. Nhiệm vụ cụ thể', null, null, null, 'Ghi chú II'],
        ['2', 'Nhiệm vụ hai', 'Bộ Y tế', 'Năm 2024', 'Đang thực hiện'],
      ]),
    );
    expect(table.sections).toEqual([
      expect.objectContaining({
        label: 'A',
        title: 'NHIỆM VỤ THEO LỘ TRÌNH',
        extra: [
          { header: 'Thời gian hoàn thành', cell: 'D2', text: 'Quý I/2024' },
          { header: 'Kết quả', cell: 'E2', text: 'Ghi chú A' },
        ],
      }),
    ]);
    const [i, ii] = table.groups;
    expect(i!.extra).toEqual([{ header: 'Đơn vị thực hiện', cell: 'C3', text: 'Bộ Công an' }]);
    expect(ii).toMatchObject({ label: 'II', title: 'Nhiệm vụ cụ thể' });
    expect(ii!.extra).toEqual([{ header: 'Kết quả', cell: 'E5', text: 'Ghi chú II' }]);
    // A heading with nothing beside its label and title has no `extra` at all.
    const plain = read(gridOf([header, ['A', 'Nhiệm vụ'], ['1', 'Một', 'Bộ Y tế', 'Năm 2024']]));
    expect(plain.sections[0]).not.toHaveProperty('extra');
  });

  it('keeps a total row with its figures, and ends the task above with it', () => {
    const table = read(
      gridOf([
        header,
        ['1', 'Nhiệm vụ một', 'Bộ Công an', 'Năm 2024', 'Đang thực hiện'],
        ['Tổng cộng', '1 nhiệm vụ', null, null, '45/63 tỉnh'],
        [null, null, null, null, '(đến 31/01/2024)'],
      ]),
    );
    expect(table.tasks).toHaveLength(1);
    expect([table.tasks[0]!.row, table.tasks[0]!.lastRow]).toEqual([2, 2]);
    expect(table.tasks[0]!.result).toBe('Đang thực hiện');
    expect(table.totals).toEqual([
      {
        row: 3,
        lastRow: 4,
        cells: [
          { header: 'STT', cell: 'A3', text: 'Tổng cộng' },
          { header: 'Nội dung, nhiệm vụ', cell: 'B3', text: '1 nhiệm vụ' },
          { header: 'Kết quả', cell: 'E3', text: '45/63 tỉnh' },
          { header: 'Kết quả', cell: 'E4', text: '(đến 31/01/2024)' },
        ],
      },
    ]);
    expect(taskTableSchema.safeParse(table).success).toBe(true);
  });

  it('skips blank rows, dash separators, repeated headers and column numbering', () => {
    const table = read(
      gridOf([
        header,
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['1', 'Nhiệm vụ một', 'Bộ Công an', 'Năm 2024', 'Đang thực hiện'],
        ['-----', '--------'],
        header,
        ['2', 'Nhiệm vụ hai', 'Bộ Y tế', 'Năm 2024', 'Đang thực hiện'],
        ['Tổng cộng', '2 nhiệm vụ'],
      ]),
    );
    expect(table.tasks.map((t) => t.task)).toEqual(['Nhiệm vụ một', 'Nhiệm vụ hai']);
  });

  it('treats a wide merged row without a label as a group heading', () => {
    const table = read(
      gridOf(
        [
          header,
          ['Nhiệm vụ của Bộ Công an'],
          ['1', 'Nhiệm vụ một', 'Bộ Công an', 'Năm 2024', 'Đang thực hiện'],
        ],
        { merges: [{ top: 2, left: 1, bottom: 2, right: 5 }] },
      ),
    );
    expect(table.groups.map((g) => g.title)).toEqual(['Nhiệm vụ của Bộ Công an']);
    expect(table.tasks).toHaveLength(1);
  });

  it('tells wide merged headings on a sheet of thousands of merges (each a lookup)', () => {
    // 3,000 groups, each a short text merged across the row (unmerged, it would read as a task
    // numbered "Nhóm 1"), and a narrow merge on each task row.
    const rows: (string | null)[][] = [header];
    const merges: MergeArea[] = [];
    for (let g = 0; g < 3000; g += 1) {
      const top = rows.length + 1;
      rows.push([`Nhóm ${String(g + 1)}`]);
      merges.push({ top, left: 1, bottom: top, right: 5 });
      rows.push([String(g + 1), `Nhiệm vụ số ${String(g + 1)}`, 'Bộ Công an', null, null]);
      merges.push({ top: top + 1, left: 4, bottom: top + 1, right: 5 });
    }
    const table = read(gridOf(rows, { merges }));
    expect(table.groups).toHaveLength(3000);
    expect(table.groups[2999]).toMatchObject({ title: 'Nhóm 3000' });
    expect(table.tasks).toHaveLength(3000);
  });

  it('keeps sheet addresses when the grid starts away from A1', () => {
    const table = read(
      gridOf([header, ['1', 'Nhiệm vụ một', 'Bộ Công an', 'Năm 2024', 'Đang thực hiện']], {
        origin: { row: 10, column: 3 },
      }),
    );
    expect(table.range).toBe('C10:G11');
    expect(table.columns.task).toBe('D');
    expect(table.tasks[0]!.cells.deadline).toBe('F11');
  });

  it('reads a real Excel date in the deadline column', () => {
    const table = read(
      gridOf([header, ['1', 'Nhiệm vụ một', 'Bộ Công an', 45473, 'Đang thực hiện']], {
        numberFormats: [
          ['General', 'General', 'General', 'General', 'General'],
          ['General', 'General', 'General', 'dd/mm/yyyy', 'General'],
        ],
      }),
    );
    expect(table.tasks[0]!.deadline).toMatchObject({ kind: 'date', due: '2024-06-30' });
  });
});

describe('readTaskTable: no header', () => {
  it('does not take merged section and group rows for a header', async () => {
    const [grid] = await loadWorkbook('bao-cao-230-cham-muon-T01-2024.xlsx');
    // The annex without its title and header rows; the merged section rows stay.
    const body = { ...grid!, values: grid!.values.slice(4), origin: { row: 5, column: 1 } };
    expect(readTaskTable(body)).toMatchObject({
      success: false,
      issues: [{ code: 'header_not_found' }],
    });
    const misaligned = { ...grid!, values: grid!.values.slice(4) };
    expect(readTaskTable(misaligned)).toMatchObject({
      success: false,
      issues: [{ code: 'header_not_found' }],
    });
  });
});
