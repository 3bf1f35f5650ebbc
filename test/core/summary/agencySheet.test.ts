import { type AgencySummary, aggregateByAgency } from '../../../src/core/summary/aggregateByAgency';
import { agencySheetName, buildAgencySheet } from '../../../src/core/summary/agencySheet';
import { type SheetSpec, sheetSpecSchema } from '../../../src/core/summary/sheetSpec';
import type { Task } from '../../../src/core/table/model';
import { agency, dated, tableOf, taskOf, writtenAgency } from './makeTable';

const AS_OF = '2024-06-30';
const CONTEXT = { asOf: AS_OF, source: 'Nhiệm vụ' };

function agenciesOf(tasks: readonly Task[]): AgencySummary[] {
  return aggregateByAgency([tableOf(tasks)], { asOf: AS_OF, dueSoonDays: 14 }).agencies;
}

function sheetOf(tasks: readonly Task[], index = 0): SheetSpec {
  const summary = agenciesOf(tasks)[index];
  if (summary === undefined) throw new Error('no agency row');
  return sheetSpecSchema.parse(buildAgencySheet(summary, CONTEXT));
}

describe('buildAgencySheet', () => {
  it('names the sheet by the registry short name and titles it with the full name', () => {
    const spec = sheetOf([taskOf({ lead: [agency('BLDTBXH')] })]);
    expect(spec.name).toBe('Bộ LĐTBXH');
    expect(spec.kind).toBe('agency');
    expect(spec.agency).toBe('BLDTBXH');
    expect(spec.titles.slice(0, 2)).toEqual([
      'Bộ Lao động – Thương binh và Xã hội',
      'Tính đến ngày 30/06/2024 — Nguồn: Nhiệm vụ',
    ]);
    expect(spec.columns.map((c) => [c.header, c.kind])).toEqual([
      ['STT', 'text'],
      ['Nội dung, nhiệm vụ', 'text'],
      ['Vai trò', 'text'],
      ['Văn bản chỉ đạo', 'text'],
      ['Thời hạn', 'text'],
      ['Hạn (ngày)', 'date'],
      ['Tình trạng', 'text'],
      ['Số ngày quá hạn', 'integer'],
      ['Kết quả', 'text'],
    ]);
  });

  it('abbreviates an agency the registry does not know, and keeps its written name as its key', () => {
    const written = writtenAgency('Ủy ban nhân dân thành phố Cần Thơ');
    const [summary] = agenciesOf([taskOf({ lead: [written] })]);
    if (summary === undefined) throw new Error('no row');
    expect(agencySheetName(summary)).toBe('UBND TP Cần Thơ');
    const spec = buildAgencySheet(summary, CONTEXT);
    expect(spec.agency).toBe('Ủy ban nhân dân thành phố Cần Thơ');
    expect(spec.titles[0]).toBe('Ủy ban nhân dân thành phố Cần Thơ');
  });

  it('states its counts above the table', () => {
    const spec = sheetOf([
      taskOf({ lead: [agency('BCA')], status: 'DONE' }),
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-05-31') }),
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-07-01'), status: 'IN_PROGRESS' }),
      taskOf({ lead: [agency('BCA')], status: 'NOT_REPORTED' }),
      taskOf({ lead: [agency('BTP')], partners: [agency('BCA')] }),
    ]);
    expect(spec.titles[2]).toBe(
      'Chủ trì 4 nhiệm vụ (hoàn thành 1, đang triển khai 1, chưa hoàn thành 1, thường xuyên 0, ' +
        'chưa rõ 1); quá hạn 1; sắp đến hạn 1; phối hợp 1 nhiệm vụ',
    );
  });

  it('lists lead tasks then partner tasks, overdue first, then by due date', () => {
    const undated = taskOf({ lead: [agency('BCA')], task: 'không hạn' });
    const later = taskOf({ lead: [agency('BCA')], task: 'tháng 9', deadline: dated('2024-09-30') });
    const sooner = taskOf({
      lead: [agency('BCA')],
      task: 'tháng 7',
      deadline: dated('2024-07-10'),
    });
    const lateLess = taskOf({
      lead: [agency('BCA')],
      task: 'trễ ít',
      deadline: dated('2024-06-01'),
    });
    const lateMore = taskOf({
      lead: [agency('BCA')],
      task: 'trễ nhiều',
      deadline: dated('2024-01-31'),
    });
    const partner = taskOf({ lead: [agency('BTP')], partners: [agency('BCA')], task: 'phối hợp' });
    const spec = sheetOf([undated, later, sooner, lateLess, lateMore, partner]);
    expect(spec.rows.map((row) => [row.style, row.cells[0], row.cells[1], row.cells[2]])).toEqual([
      ['group', 'I', 'Chủ trì (05 nhiệm vụ)', null],
      ['task', '1', 'trễ nhiều', 'Chủ trì'],
      ['task', '2', 'trễ ít', 'Chủ trì'],
      ['task', '3', 'tháng 7', 'Chủ trì'],
      ['task', '4', 'tháng 9', 'Chủ trì'],
      ['task', '5', 'không hạn', 'Chủ trì'],
      ['group', 'II', 'Phối hợp (01 nhiệm vụ)', null],
      ['task', '1', 'phối hợp', 'Phối hợp'],
    ]);
    expect(spec.rows[0]?.mergeFrom).toBe(1);
  });

  it('leaves out an empty partner group', () => {
    const spec = sheetOf([taskOf({ lead: [agency('BCA')] })]);
    expect(spec.rows.filter((r) => r.style === 'group').map((r) => r.cells[1])).toEqual([
      'Chủ trì (01 nhiệm vụ)',
    ]);
  });

  it('gives the deadline as written, its day as a real date, status and days late', () => {
    const spec = sheetOf([
      taskOf({
        lead: [agency('BCA')],
        directive: 'Chỉ thị 05',
        deadline: dated('2024-05-31', { text: 'Tháng 5/2024' }),
        result: 'Chưa xong',
      }),
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-07-05'), status: 'IN_PROGRESS' }),
      taskOf({ lead: [agency('BCA')], deadline: dated('2024-03-31'), status: 'MOSTLY_DONE' }),
      taskOf({ lead: [agency('BCA')], deadline: { kind: 'recurring', text: 'Thường xuyên' } }),
      taskOf({
        lead: [agency('BCA')],
        deadline: { kind: 'conditional', text: 'Theo lộ trình', due: '2024-12-31' },
        status: 'UNKNOWN',
      }),
    ]);
    expect(spec.rows.slice(1).map((row) => row.cells.slice(3))).toEqual([
      [
        'Chỉ thị 05',
        'Tháng 5/2024',
        { date: '2024-05-31' },
        'Chưa hoàn thành — quá hạn',
        30,
        'Chưa xong',
      ],
      [null, '2024-03-31', { date: '2024-03-31' }, 'Cơ bản hoàn thành', null, null],
      [null, '2024-07-05', { date: '2024-07-05' }, 'Đang triển khai — sắp đến hạn', null, null],
      [null, 'Thường xuyên', null, 'Chưa hoàn thành', null, null],
      [null, 'Theo lộ trình', null, 'Chưa rõ', null, null],
    ]);
  });

  it('dates a carried-over task from the end of the year it was left from', () => {
    const spec = sheetOf([
      taskOf({ lead: [agency('BCA')], task: 'Kết nối (nhiệm vụ chưa hoàn thành từ năm 2023)' }),
    ]);
    expect(spec.rows[1]?.cells.slice(4, 8)).toEqual([
      null,
      { date: '2023-12-31' },
      'Chưa hoàn thành — quá hạn',
      182,
    ]);
  });
});
