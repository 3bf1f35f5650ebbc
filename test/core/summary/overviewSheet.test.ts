import { aggregateByAgency } from '../../../src/core/summary/aggregateByAgency';
import { buildOverviewSheet } from '../../../src/core/summary/overviewSheet';
import { sheetSpecSchema } from '../../../src/core/summary/sheetSpec';
import type { Task } from '../../../src/core/table/model';
import { agency, dated, tableOf, taskOf } from './makeTable';

const CONTEXT = { asOf: '2024-06-30', source: 'Phụ lục I' };

function overviewOf(tasks: readonly Task[]): ReturnType<typeof buildOverviewSheet> {
  const aggregate = aggregateByAgency([tableOf(tasks)], { asOf: '2024-06-30', dueSoonDays: 14 });
  return sheetSpecSchema.parse(buildOverviewSheet(aggregate, CONTEXT));
}

describe('buildOverviewSheet', () => {
  it('has the fixed title, header and column kinds', () => {
    const spec = overviewOf([taskOf({ lead: [agency('BCA')] })]);
    expect(spec.name).toBe('Tổng hợp');
    expect(spec.kind).toBe('overview');
    expect(spec.agency).toBeNull();
    expect(spec.titles).toEqual([
      'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ',
      'Tính đến ngày 30/06/2024 — Nguồn: Phụ lục I',
    ]);
    expect(spec.columns.map((c) => [c.header, c.kind])).toEqual([
      ['Đơn vị', 'text'],
      ['Tổng số nhiệm vụ', 'integer'],
      ['Hoàn thành', 'integer'],
      ['Đang triển khai', 'integer'],
      ['Chưa hoàn thành', 'integer'],
      ['Thường xuyên', 'integer'],
      ['Chưa rõ', 'integer'],
      ['Quá hạn', 'integer'],
      ['Sắp đến hạn', 'integer'],
      ['Tỷ lệ hoàn thành', 'percent'],
    ]);
    expect(spec.columns[0]?.width).toBe(34);
  });

  it('writes one row per agency, the total last, and a chart of the agency rows', () => {
    const spec = overviewOf([
      taskOf({ lead: [agency('BCA'), agency('BTP')], status: 'DONE' }),
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-01-31') }),
      taskOf({ lead: [agency('BTP')], deadline: dated('2024-07-05'), status: 'IN_PROGRESS' }),
      taskOf({ lead: [agency('BTP')], status: 'RECURRING' }),
      taskOf({ lead: [], status: 'NOT_REPORTED' }),
    ]);
    expect(spec.rows).toEqual([
      { style: 'task', cells: ['Bộ Công an', 2, 1, 0, 1, 0, 0, 1, 0, 0.5] },
      { style: 'task', cells: ['Bộ Tư pháp', 3, 1, 1, 0, 1, 0, 0, 1, 1 / 3] },
      { style: 'task', cells: ['(Chưa xác định đơn vị chủ trì)', 1, 0, 0, 0, 0, 1, 0, 0, 0] },
      { style: 'total', cells: ['Tổng cộng', 5, 1, 1, 1, 1, 1, 1, 1, 0.2] },
    ]);
    expect(spec.titles[2]).toBe(
      'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị; dòng Tổng cộng tính mỗi nhiệm vụ một lần.',
    );
    expect(spec.chart).toEqual({
      title: 'Tình trạng nhiệm vụ theo đơn vị chủ trì',
      categoryColumn: 0,
      seriesColumns: [2, 3, 4, 5, 6],
      rows: { from: 0, to: 2 },
    });
  });

  it('has only the total row, no rate and no chart without tasks', () => {
    const spec = overviewOf([]);
    expect(spec.rows).toEqual([
      { style: 'total', cells: ['Tổng cộng', 0, 0, 0, 0, 0, 0, 0, 0, null] },
    ]);
    expect(spec.chart).toBeNull();
  });

  it('leaves the source out of the date line when there is none', () => {
    const aggregate = aggregateByAgency([], { asOf: '2024-06-30', dueSoonDays: 14 });
    const spec = buildOverviewSheet(aggregate, { asOf: '2024-06-30', source: '  ' });
    expect(spec.titles[1]).toBe('Tính đến ngày 30/06/2024');
  });
});
