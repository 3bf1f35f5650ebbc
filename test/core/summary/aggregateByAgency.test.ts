import {
  type AgencyAggregate,
  type AgencySummary,
  aggregateByAgency,
  doneRate,
} from '../../../src/core/summary/aggregateByAgency';
import type { Status } from '../../../src/core/parse/statusSchema';
import { agency, dated, tableOf, taskOf, writtenAgency } from './makeTable';

const AS_OF = '2024-06-30';

function aggregate(...tasks: ReturnType<typeof taskOf>[]): AgencyAggregate {
  return aggregateByAgency([tableOf(tasks)], { asOf: AS_OF, dueSoonDays: 14 });
}

function rowNamed(result: AgencyAggregate, name: string): AgencySummary {
  const row = result.agencies.find((a) => a.name === name);
  if (row === undefined) throw new Error(`no row ${name}`);
  return row;
}

describe('aggregateByAgency', () => {
  it('counts a task with two co-leads under both, and once in the total', () => {
    const shared = taskOf({ lead: [agency('BCA'), agency('BTP')], status: 'IN_PROGRESS' });
    const own = taskOf({ lead: [agency('BCA')], status: 'DONE' });
    const result = aggregate(shared, own);
    expect(result.agencies.map((a) => [a.name, a.counts.total])).toEqual([
      ['Bộ Công an', 2],
      ['Bộ Tư pháp', 1],
    ]);
    expect(result.totals.total).toBe(2);
    expect(result.totals).toMatchObject({ done: 1, inProgress: 1 });
    expect(result.coLeads).toBe(true);
    expect(rowNamed(result, 'Bộ Tư pháp').lead.map((e) => e.task)).toEqual([shared]);
  });

  it('keeps a single-lead table free of the co-lead note', () => {
    expect(aggregate(taskOf({ lead: [agency('BCA')] })).coLeads).toBe(false);
  });

  it('puts tasks without a lead on their own row, last', () => {
    const orphan = taskOf({ lead: [], deadline: dated('2024-01-31') });
    const result = aggregate(orphan, taskOf({ lead: [agency('BYT')] }));
    expect(result.agencies.map((a) => [a.name, a.source, a.counts.total])).toEqual([
      ['Bộ Y tế', 'registry', 1],
      ['(Chưa xác định đơn vị chủ trì)', 'none', 1],
    ]);
    // Last although it has the most overdue tasks.
    expect(result.agencies[1]?.counts.overdue).toBe(1);
    expect(result.totals.total).toBe(2);
  });

  it('gives collective owners their own rows, apart from the bodies they cover', () => {
    const result = aggregate(
      taskOf({ lead: [agency('ALL_MIN_LOC')] }),
      taskOf({ lead: [agency('ALL_PROV')] }),
      taskOf({ lead: [agency('BCA')] }),
    );
    expect(result.agencies.map((a) => a.id).sort()).toEqual(['ALL_MIN_LOC', 'ALL_PROV', 'BCA']);
  });

  it('groups an unknown agency by its folded written name and keeps the first spelling', () => {
    const result = aggregate(
      taskOf({ lead: [writtenAgency('Ban Quản lý dự án XYZ')] }),
      taskOf({ lead: [writtenAgency('BAN QUẢN LÝ DỰ ÁN XYZ')] }),
    );
    expect(result.agencies.map((a) => [a.name, a.source, a.id, a.counts.total])).toEqual([
      ['Ban Quản lý dự án XYZ', 'written', null, 2],
    ]);
  });

  it('counts a lead named twice in one cell once', () => {
    const result = aggregate(taskOf({ lead: [agency('BCA'), agency('BCA')] }));
    expect(result.agencies.map((a) => a.counts.total)).toEqual([1]);
    expect(result.coLeads).toBe(false);
  });

  it('sorts by overdue, then total, then name in Vietnamese order', () => {
    const late = dated('2024-01-31');
    const result = aggregate(
      taskOf({ lead: [agency('BYT')] }),
      taskOf({ lead: [agency('BYT')] }),
      taskOf({ lead: [agency('BYT')] }),
      taskOf({ lead: [agency('BTC')], deadline: late }),
      taskOf({ lead: [agency('BTC')] }),
      taskOf({ lead: [agency('BXD')], deadline: late }),
      taskOf({ lead: [agency('BXD')] }),
      taskOf({ lead: [agency('BCA')], deadline: late }),
      taskOf({ lead: [agency('BCA')], deadline: late }),
      taskOf({ lead: [agency('BTP')] }),
      taskOf({ lead: [agency('BQP')] }),
      taskOf({ lead: [agency('BGDDT')] }),
    );
    expect(result.agencies.map((a) => a.name)).toEqual([
      'Bộ Công an', // 2 overdue
      'Bộ Tài chính', // 1 overdue, 2 tasks; "Tài" before "Xây"
      'Bộ Xây dựng',
      'Bộ Y tế', // 0 overdue, 3 tasks
      // 0 overdue, 1 task each, by name: "Giáo" < "Quốc" < "Tư"
      'Bộ Giáo dục và Đào tạo',
      'Bộ Quốc phòng',
      'Bộ Tư pháp',
    ]);
  });

  it('orders names with Vietnamese letters as Vietnamese does (Đ after D)', () => {
    const result = aggregate(
      taskOf({ lead: [writtenAgency('Đoàn Thanh niên')] }),
      taskOf({ lead: [writtenAgency('Ủy ban Dân tộc')] }),
      taskOf({ lead: [writtenAgency('Dân số')] }),
      taskOf({ lead: [writtenAgency('Ea Súp')] }),
    );
    expect(result.agencies.map((a) => a.name)).toEqual([
      'Dân số',
      'Đoàn Thanh niên',
      'Ea Súp',
      'Ủy ban Dân tộc',
    ]);
  });

  it.each<[Status, string]>([
    ['DONE', 'done'],
    ['MOSTLY_DONE', 'done'],
    ['IN_PROGRESS', 'inProgress'],
    ['NOT_DONE', 'notDone'],
    ['RECURRING', 'recurring'],
    ['UNKNOWN', 'unknown'],
    ['NOT_REPORTED', 'unknown'],
  ])('counts %s as %s', (status, bucket) => {
    const { totals } = aggregate(taskOf({ lead: [agency('BCA')], status }));
    expect(totals).toEqual({
      total: 1,
      done: 0,
      inProgress: 0,
      notDone: 0,
      recurring: 0,
      unknown: 0,
      overdue: 0,
      dueSoon: 0,
      [bucket]: 1,
    });
  });

  it('counts overdue as assessTask does, carried-over tasks included', () => {
    const result = aggregate(
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-06-29') }),
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-06-30') }),
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-01-31'), status: 'DONE' }),
      taskOf({ lead: [agency('BCA')], task: 'Kết nối (nhiệm vụ chưa hoàn thành từ năm 2022)' }),
    );
    expect(result.totals.overdue).toBe(2);
    expect(result.tasks.map((t) => t.standing)).toEqual([
      'overdue',
      'due-soon',
      'other',
      'overdue',
    ]);
  });

  it('counts due soon up to dueSoonDays inclusive, not one day more', () => {
    const result = aggregateByAgency(
      [
        tableOf([
          taskOf({ lead: [agency('BCA')], deadline: dated('2024-07-10') }),
          taskOf({ lead: [agency('BCA')], deadline: dated('2024-07-11') }),
          taskOf({ lead: [agency('BCA')], deadline: dated('2024-06-30') }),
          taskOf({ lead: [agency('BCA')], deadline: dated('2024-07-05'), status: 'RECURRING' }),
        ]),
      ],
      { asOf: '2024-06-30', dueSoonDays: 10 },
    );
    expect(result.tasks.map((t) => t.standing)).toEqual(['due-soon', 'other', 'due-soon', 'other']);
    expect(result.totals.dueSoon).toBe(2);
  });

  it('rates done over total, and gives no rate without tasks', () => {
    const result = aggregate(
      taskOf({ lead: [agency('BCA')], status: 'DONE' }),
      taskOf({ lead: [agency('BCA')], status: 'MOSTLY_DONE' }),
      taskOf({ lead: [agency('BCA')], status: 'NOT_DONE' }),
    );
    expect(doneRate(result.totals)).toBeCloseTo(2 / 3);
    expect(doneRate(aggregate().totals)).toBeNull();
  });

  it('lists partner tasks beside, except where the agency also leads', () => {
    const both = taskOf({ lead: [agency('BCA')], partners: [agency('BCA'), agency('BTP')] });
    const partnerOnly = taskOf({ lead: [agency('BTP')], partners: [agency('BCA')] });
    const result = aggregate(both, partnerOnly);
    const bca = rowNamed(result, 'Bộ Công an');
    expect(bca.lead.map((e) => e.task)).toEqual([both]);
    expect(bca.partner.map((e) => e.task)).toEqual([partnerOnly]);
    expect(rowNamed(result, 'Bộ Tư pháp').partner.map((e) => e.task)).toEqual([both]);
  });

  it('gives an agency that only partners no row', () => {
    const result = aggregate(taskOf({ lead: [agency('BCA')], partners: [agency('VPCP')] }));
    expect(result.agencies.map((a) => a.id)).toEqual(['BCA']);
  });

  it('adds the tasks of several tables, keeping their order', () => {
    const first = taskOf({ lead: [agency('BCA')] });
    const second = taskOf({ lead: [agency('BCA')] });
    const result = aggregateByAgency([tableOf([first]), tableOf([second], 'Khác')], {
      asOf: AS_OF,
      dueSoonDays: 14,
    });
    expect(result.totals.total).toBe(2);
    expect(result.tasks.map((t) => [t.task, t.order])).toEqual([
      [first, 0],
      [second, 1],
    ]);
  });

  it('has no rows and zero totals for no tasks', () => {
    const result = aggregate();
    expect(result.agencies).toEqual([]);
    expect(result.totals.total).toBe(0);
  });
});
