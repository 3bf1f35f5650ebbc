import { planInPlaceNormalize } from '../../../src/core/edit/planInPlaceNormalize';
import type { SheetSpec, SpecColumn } from '../../../src/core/summary/sheetSpec';
import { gridOf } from '../../helpers/fixtures';
import { checkPlan, tableOf } from './planHelpers';

function column(header: string, kind: SpecColumn['kind'] = 'text'): SpecColumn {
  return { header, kind, width: 12, align: 'left' };
}

function specOf(columns: SpecColumn[], rows: SheetSpec['rows']): SheetSpec {
  return {
    name: 'Trang1 (chuẩn hóa)',
    kind: 'normalized',
    agency: null,
    titles: ['DANH MỤC NHIỆM VỤ', 'Dòng ghi chú không được ghi vào chỗ cũ'],
    columns,
    rows,
    chart: null,
  };
}

describe('planInPlaceNormalize', () => {
  // 45291 is 31/12/2023.
  const grid = gridOf(
    [
      ['DANH MỤC NHIỆM VỤ', null, null, null],
      [null, null, null, null],
      ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
      ['A. NHIỆM VỤ CHUNG', null, null, null],
      ['1.', 'Việc một', 'Bộ Công an', 45291],
      ['2.', 'Việc hai', null, 'Năm 2024'],
      [null, 'tiếp việc hai', null, null],
      ['3.', 'Việc ba', 'Bộ Tư pháp', null],
    ],
    {
      merges: [
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 4, left: 1, bottom: 4, right: 4 },
        { top: 5, left: 3, bottom: 6, right: 3 },
      ],
      numberFormats: [[], [], [], [], ['General', 'General', 'General', 'dd/mm/yyyy']],
    },
  );
  const table = tableOf(grid);
  const spec = specOf(
    [
      column('STT'),
      column('Nội dung, nhiệm vụ'),
      column('Đơn vị chủ trì'),
      column('Thời hạn'),
      column('Hạn (ngày)', 'date'),
    ],
    [
      { style: 'group', cells: ['A', 'NHIỆM VỤ CHUNG', null, null, null], mergeFrom: 1 },
      {
        style: 'task',
        cells: ['1', 'Việc một', 'Bộ Công an', '31/12/2023', { date: '2023-12-31' }],
      },
      {
        style: 'task',
        cells: ['2', 'Việc hai tiếp việc hai', 'Bộ Công an', 'Năm 2024', { date: '2024-12-31' }],
      },
      { style: 'task', cells: ['3', '=Việc ba', 'Bộ Tư pháp', null, null] },
    ],
  );

  it('writes the new block from the header row and empties the old rows below it', () => {
    expect(table.range).toBe('A3:D8');
    const plan = planInPlaceNormalize(table, grid, spec);
    checkPlan(plan);
    const GENERAL_ROW = ['General', 'General', 'General', 'General', 'dd/mm/yyyy'];
    expect(plan).toEqual({
      kind: 'normalize',
      sheet: 'Trang1',
      area: 'A3:E8',
      unmerge: ['A4:D4', 'C5:C6'],
      writes: [
        {
          address: 'A3:E7',
          values: [
            ['STT', 'Nội dung, nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Hạn (ngày)'],
            ['A', 'NHIỆM VỤ CHUNG', '', '', ''],
            ['1', 'Việc một', 'Bộ Công an', '31/12/2023', { date: '2023-12-31' }],
            ['2', 'Việc hai tiếp việc hai', 'Bộ Công an', 'Năm 2024', { date: '2024-12-31' }],
            ['3', '=Việc ba', 'Bộ Tư pháp', '', ''],
          ],
          numberFormats: [Array(5).fill('General'), ...Array(4).fill(GENERAL_ROW)],
        },
        { address: 'A8:D8', values: [['', '', '', '']], numberFormats: [Array(4).fill('General')] },
      ],
      // Header 1, heading 2, rows 3 + 4 + 3, the emptied row 3.
      cellCount: 16,
      taskCount: 3,
    });
  });

  it('counts no change where the new block reads as the old table did', () => {
    const same = gridOf([
      ['STT', 'Nội dung, nhiệm vụ', 'Thời hạn'],
      ['1', 'Việc một', 45291],
    ]);
    const plan = planInPlaceNormalize(
      tableOf(same),
      same,
      specOf(
        [column('STT'), column('Nội dung, nhiệm vụ'), column('Thời hạn', 'date')],
        [{ style: 'task', cells: ['1', 'Việc một', { date: '2023-12-31' }] }],
      ),
    );
    checkPlan(plan);
    expect(plan.cellCount).toBe(0);
    expect(plan.writes.map((write) => write.address)).toEqual(['A1:C2']);
  });

  it('puts a two-row header on one row, widens the area to a merge that sticks out', () => {
    const twoRows = gridOf(
      [
        ['STT', 'Nội dung,', 'Đơn vị', null, 'Thời gian', 'Kết quả'],
        [null, 'nhiệm vụ', 'Chủ trì', 'Phối hợp', 'hoàn thành', null],
        ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I/2024', 'Đã hoàn thành'],
        ['2', 'Tập huấn', 'Sở Nội vụ', null, 'Quý II/2024', 'Đang triển khai'],
      ],
      {
        merges: [
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 4, left: 6, bottom: 6, right: 6 },
        ],
      },
    );
    const table2 = tableOf(twoRows);
    expect(table2.headerRows).toBe(2);
    const plan = planInPlaceNormalize(
      table2,
      twoRows,
      specOf(
        [column('STT'), column('Nội dung, nhiệm vụ'), column('Kết quả')],
        [
          { style: 'group', cells: ['I', 'Nhóm một', null], mergeFrom: 1 },
          { style: 'task', cells: ['1', 'Ban hành kế hoạch', 'Đã hoàn thành'] },
          { style: 'task', cells: ['2', 'Tập huấn', 'Đang triển khai'] },
          { style: 'total', cells: [null, 'Tổng cộng', null] },
        ],
      ),
    );
    const cells = checkPlan(plan);
    expect(plan.area).toBe('A1:F6');
    expect(plan.unmerge).toEqual(['C1:D1', 'F4:F6']);
    expect(plan.writes.map((write) => write.address)).toEqual(['A1:F4', 'A5:C5']);
    expect(cells.get('A1')).toBe('STT');
    expect(cells.get('B2')).toBe('Nhóm một');
    expect(cells.get('D2')).toBe('');
    expect(cells.get('B5')).toBe('Tổng cộng');
    // Right of the old table's last row, below nothing of it: left alone.
    for (const address of ['D5', 'E5', 'F5', 'F6']) expect(cells.has(address)).toBe(false);
  });

  it('leaves the title lines above the table alone', () => {
    const plan = planInPlaceNormalize(table, grid, spec);
    const cells = checkPlan(plan);
    for (const address of cells.keys()) expect(Number(/\d+/.exec(address)?.[0])).toBeGreaterThan(2);
    expect(plan.unmerge).not.toContain('A1:D1');
  });
});
