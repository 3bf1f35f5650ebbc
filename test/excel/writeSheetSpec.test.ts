import type { SheetSpec, SpecRow } from '../../src/core/summary/sheetSpec';
import { AppError } from '../../src/excel/errors';
import { ACTION_BYTES, sheetOperations } from '../../src/excel/writeSheetSpec';

function spec(tasks: number, groups = 1): SheetSpec {
  const rows: SpecRow[] = [];
  for (let g = 0; g < groups; g++) {
    rows.push({ style: 'group', cells: [`${g + 1}`, `Đơn vị ${g + 1}`, null], mergeFrom: 1 });
    for (let i = 0; i < tasks / groups; i++) {
      rows.push({ style: 'task', cells: [i + 1, `Nhiệm vụ ${i + 1}`, 0.5] });
    }
  }
  rows.push({ style: 'total', cells: ['Tổng cộng', null, 0.5] });
  return {
    name: 'Chậm muộn',
    kind: 'late',
    agency: null,
    titles: ['NHIỆM VỤ CHẬM MUỘN', 'Tính đến ngày 31/01/2024'],
    columns: [
      { header: 'STT', kind: 'integer', width: 6, align: 'center' },
      { header: 'Nội dung', kind: 'text', width: 50, align: 'left' },
      { header: 'Tỷ lệ', kind: 'percent', width: 10, align: 'right' },
    ],
    rows,
    chart: null,
  };
}

const FULL = { pageLayout: true };

describe('sheetOperations', () => {
  test('as many operations for 10,000 task rows as for 100', () => {
    expect(sheetOperations(spec(10_000), FULL)).toHaveLength(
      sheetOperations(spec(100), FULL).length,
    );
  });

  test('group and total rows add one operation each, merging or not', () => {
    const base = sheetOperations(spec(100, 1), FULL).length;
    expect(sheetOperations(spec(100, 5), FULL)).toHaveLength(base + 4);
  });

  test('print setup only when the host has it', () => {
    const withLayout = sheetOperations(spec(10), FULL).length;
    expect(sheetOperations(spec(10), { pageLayout: false })).toHaveLength(withLayout - 1);
  });

  test('a block larger than a chunk is cut into row chunks within the limit', () => {
    const limit = 20_000;
    const operations = sheetOperations(spec(2_000), FULL, limit);
    const whole = sheetOperations(spec(2_000), FULL);
    expect(operations.length).toBeGreaterThan(whole.length);
    for (const operation of operations) expect(operation.bytes).toBeLessThanOrEqual(limit);
    // The estimate counts every row once: the chunks add up to the whole, plus an envelope each.
    const total = (list: typeof operations) => list.reduce((sum, op) => sum + op.bytes, 0);
    const extra = operations.length - whole.length;
    expect(total(operations)).toBe(total(whole) + extra * ACTION_BYTES);
  });

  test('a chart outside the table, or over columns that are not contiguous, is refused', () => {
    const chart = { title: 'x', categoryColumn: 1, seriesColumns: [2], rows: { from: 0, to: 1 } };
    expect(() => sheetOperations({ ...spec(4), chart }, FULL)).not.toThrow();
    const outside = [
      { ...chart, rows: { from: 0, to: 99 } },
      { ...chart, rows: { from: 2, to: 1 } },
      { ...chart, seriesColumns: [3] },
      { ...chart, seriesColumns: [0, 2] },
    ];
    for (const bad of outside) {
      expect(() => sheetOperations({ ...spec(4), chart: bad }, FULL)).toThrow(AppError);
    }
  });
});
