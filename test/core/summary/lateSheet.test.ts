import { aggregateByAgency } from '../../../src/core/summary/aggregateByAgency';
import { buildLateSheet } from '../../../src/core/summary/lateSheet';
import { type SheetSpec, sheetSpecSchema } from '../../../src/core/summary/sheetSpec';
import type { Task } from '../../../src/core/table/model';
import { agency, dated, tableOf, taskOf, writtenAgency } from './makeTable';

const AS_OF = '2024-06-30';

function lateOf(tasks: readonly Task[]): SheetSpec {
  const aggregate = aggregateByAgency([tableOf(tasks)], { asOf: AS_OF, dueSoonDays: 14 });
  return sheetSpecSchema.parse(buildLateSheet(aggregate, { asOf: AS_OF, source: 'Nhiệm vụ' }));
}

const LATE = dated('2024-05-31', { text: 'Tháng 5/2024', precision: 'month' });

describe('buildLateSheet', () => {
  it('has the annex title and header', () => {
    const spec = lateOf([taskOf({ lead: [agency('BCA')], deadline: LATE })]);
    expect(spec.name).toBe('Chậm muộn');
    expect(spec.kind).toBe('late');
    expect(spec.titles).toEqual([
      'NHIỆM VỤ CHẬM MUỘN',
      'Tính đến ngày 30/06/2024 — Nguồn: Nhiệm vụ',
      'Tổng số nhiệm vụ quá hạn: 1.',
    ]);
    expect(spec.columns.map((c) => c.header)).toEqual([
      'STT',
      'Nội dung, nhiệm vụ',
      'Văn bản chỉ đạo',
      'Đơn vị thực hiện',
      'Thời gian hoàn thành',
      'Số ngày quá hạn',
      'Kết quả',
    ]);
    expect(spec.columns[5]?.kind).toBe('integer');
    expect(spec.chart).toBeNull();
  });

  it('lists each overdue task once, under its first lead, groups in overview order', () => {
    const coLed = taskOf({
      task: 'Kết nối dữ liệu hộ tịch',
      directive: 'Chỉ thị 05/CT-TTg',
      lead: [agency('BTP'), agency('BCA')],
      deadline: LATE,
      result: 'Chưa hoàn thành',
    });
    const tasks = [
      taskOf({ lead: [agency('BCA')], deadline: LATE }),
      taskOf({ lead: [agency('BCA')], deadline: LATE }),
      coLed,
      taskOf({ lead: [], deadline: LATE, leadText: null }),
      taskOf({ lead: [agency('BTP')], deadline: dated('2024-07-31') }),
      taskOf({ lead: [agency('BYT')], deadline: LATE, status: 'DONE' }),
    ];
    const spec = lateOf(tasks);
    expect(spec.rows.map((row) => [row.style, row.cells[0], row.cells[1]])).toEqual([
      ['group', 'I', 'Bộ Công an (02 nhiệm vụ)'],
      ['task', '1', tasks[0]?.task],
      ['task', '2', tasks[1]?.task],
      ['group', 'II', 'Bộ Tư pháp (01 nhiệm vụ)'],
      ['task', '1', 'Kết nối dữ liệu hộ tịch'],
      ['group', 'III', 'Chưa xác định đơn vị chủ trì (01 nhiệm vụ)'],
      ['task', '1', tasks[3]?.task],
    ]);
    expect(spec.rows[4]?.cells).toEqual([
      '1',
      'Kết nối dữ liệu hộ tịch',
      'Chỉ thị 05/CT-TTg',
      'Bộ Tư pháp, Bộ Công an',
      'Tháng 5/2024',
      30,
      'Chưa hoàn thành',
    ]);
    expect(spec.rows[6]?.cells[3]).toBeNull();
  });

  it('merges each group heading from its second column', () => {
    const spec = lateOf([taskOf({ lead: [agency('BCA')], deadline: LATE })]);
    expect(spec.rows[0]).toEqual({
      style: 'group',
      cells: ['I', 'Bộ Công an (01 nhiệm vụ)', null, null, null, null, null],
      mergeFrom: 1,
    });
  });

  it('writes the lead as written, and the partners when the table names them apart', () => {
    const spec = lateOf([
      taskOf({
        lead: [agency('BCA')],
        leadText: 'Bộ Công an (C06)',
        partners: [agency('BTTTT')],
        partnersText: 'Bộ TTTT; các địa phương',
        deadline: LATE,
      }),
      taskOf({
        lead: [agency('BTC')],
        leadText: 'Bộ Tài chính chủ trì phối hợp VPCP',
        partners: [agency('VPCP')],
        deadline: LATE,
      }),
      taskOf({ lead: [agency('BYT')], leadText: null, deadline: LATE }),
    ]);
    expect(spec.rows.filter((r) => r.style === 'task').map((r) => r.cells[3])).toEqual([
      'Chủ trì: Bộ Công an (C06); phối hợp: Bộ TTTT; các địa phương',
      'Bộ Tài chính chủ trì phối hợp VPCP',
      'Bộ Y tế',
    ]);
  });

  it('adds the original deadline under a revised one, counting from the revision', () => {
    const revised = dated('2024-03-31', {
      text: 'Tháng 12/2023, lùi đến 31/3/2024',
      original: { due: '2023-12-31', precision: 'month', text: 'Tháng 12/2023' },
    });
    const spec = lateOf([taskOf({ lead: [agency('BCA')], deadline: revised })]);
    expect(spec.rows[1]?.cells[4]).toBe(
      'Tháng 12/2023, lùi đến 31/3/2024\nHạn ban đầu: 31/12/2023; lùi đến: 31/03/2024',
    );
    expect(spec.rows[1]?.cells[5]).toBe(91);
  });

  it('says from when a carried-over task is late', () => {
    const spec = lateOf([
      taskOf({
        lead: [agency('BCA')],
        task: 'Kết nối dữ liệu (nhiệm vụ chưa hoàn thành từ năm 2022)',
        deadline: dated('2024-12-31', { text: 'Năm 2024', precision: 'year' }),
      }),
      taskOf({ lead: [agency('BCA')], result: 'Chuyển tiếp từ năm 2023' }),
    ]);
    const cells = spec.rows.filter((r) => r.style === 'task').map((r) => [r.cells[4], r.cells[5]]);
    expect(cells).toEqual([
      ['Năm 2024\nChưa hoàn thành từ năm 2022; tính quá hạn từ: 31/12/2022', 547],
      ['Chưa hoàn thành từ năm 2023; tính quá hạn từ: 31/12/2023', 182],
    ]);
  });

  it('shows a real date cell as its date, not its serial', () => {
    const spec = lateOf([
      taskOf({
        lead: [agency('BCA')],
        deadline: dated('2024-05-31', { text: '31/05/2024' }),
        deadlineText: '45443',
      }),
    ]);
    expect(spec.rows[1]?.cells[4]).toBe('31/05/2024');
  });

  it('has no rows and says so when nothing is late', () => {
    const spec = lateOf([taskOf({ lead: [agency('BCA')], deadline: dated('2024-12-31') })]);
    expect(spec.rows).toEqual([]);
    expect(spec.titles[2]).toBe('Không có nhiệm vụ quá hạn.');
  });

  it('groups an unknown first lead under its written name', () => {
    const spec = lateOf([
      taskOf({ lead: [writtenAgency('Ban Quản lý khu kinh tế')], deadline: LATE }),
    ]);
    expect(spec.rows[0]?.cells[1]).toBe('Ban Quản lý khu kinh tế (01 nhiệm vụ)');
  });
});
