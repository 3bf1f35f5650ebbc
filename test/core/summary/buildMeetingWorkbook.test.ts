import { buildMeetingWorkbook } from '../../../src/core/summary/buildMeetingWorkbook';
import { type SheetSpec, sheetSpecSchema } from '../../../src/core/summary/sheetSpec';
import { foldCase } from '../../../src/core/summary/foldCase';
import { checkGrid } from '../../../src/core/check/checkGrid';
import type { Task, TaskTable } from '../../../src/core/table/model';
import { gridOf } from '../../helpers/fixtures';
import { agency, dated, tableOf, taskOf, writtenAgency } from './makeTable';

const OPTIONS = { asOf: '2024-06-30', dueSoonDays: 14, source: 'Nhiệm vụ' };

function build(tables: readonly TaskTable[]): SheetSpec[] {
  const specs = buildMeetingWorkbook(tables, OPTIONS);
  for (const spec of specs) expect(sheetSpecSchema.parse(spec)).toEqual(spec);
  return specs;
}

const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '+1+1', '@SUM(A1)', '-2+3'] as const;

describe('buildMeetingWorkbook', () => {
  it('makes only the overview and an empty late sheet for a table without tasks', () => {
    const specs = build([tableOf([])]);
    expect(specs.map((spec) => [spec.name, spec.kind])).toEqual([
      ['Tổng hợp', 'overview'],
      ['Chậm muộn', 'late'],
    ]);
    const [overview, late] = specs;
    expect(overview?.rows.map((row) => row.style)).toEqual(['total']);
    expect(overview?.chart).toBeNull();
    expect(late?.rows).toEqual([]);
  });

  it('makes no table at all into the same two sheets', () => {
    expect(build([]).map((spec) => spec.name)).toEqual(['Tổng hợp', 'Chậm muộn']);
  });

  it('follows the overview order with one sheet per lead agency, none for tasks without a lead', () => {
    const specs = build([
      tableOf([
        taskOf({ lead: [agency('BYT')] }),
        taskOf({ lead: [agency('BCA')], deadline: dated('2024-01-31') }),
        taskOf({ lead: [] }),
      ]),
    ]);
    const overviewNames = specs[0]?.rows.map((row) => row.cells[0]);
    expect(overviewNames).toEqual([
      'Bộ Công an',
      'Bộ Y tế',
      '(Chưa xác định đơn vị chủ trì)',
      'Tổng cộng',
    ]);
    expect(specs.slice(2).map((spec) => [spec.name, spec.titles[0]])).toEqual([
      ['Bộ Công an', 'Bộ Công an'],
      ['Bộ Y tế', 'Bộ Y tế'],
    ]);
  });

  it('keeps sheet names valid and unique, whatever the agencies are called', () => {
    const names = [
      'Ủy ban nhân dân thành phố Hà Nội',
      'UBND TP Hà Nội',
      'ubnd tp hà nội',
      'Ban chỉ đạo: Chuyển đổi số / Đề án 06 [tỉnh]?*',
      'Tổng hợp',
      'chậm muộn',
      'History',
      "'Ban dự án'",
      'Trung tâm Phục vụ hành chính công và Chuyển đổi số của tỉnh',
      'Trung tâm Phục vụ hành chính công và Chuyển đổi số của huyện',
    ];
    const specs = build([tableOf(names.map((name) => taskOf({ lead: [writtenAgency(name)] })))]);
    const sheetNames = specs.map((spec) => spec.name);
    expect(new Set(sheetNames.map(foldCase)).size).toBe(sheetNames.length);
    for (const name of sheetNames) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
      expect(name).not.toMatch(/^'|'$/);
      expect(foldCase(name)).not.toBe('history');
    }
    expect(sheetNames.slice(0, 2)).toEqual(['Tổng hợp', 'Chậm muộn']);
    const byTitle = new Map(specs.map((spec) => [spec.titles[0], spec.name]));
    // "UBND TP Hà Nội" comes first in Vietnamese order ("UB…" before "Ủy"), so it keeps the name.
    expect(byTitle.get('UBND TP Hà Nội')).toBe('UBND TP Hà Nội');
    expect(byTitle.get('Ủy ban nhân dân thành phố Hà Nội')).toBe('UBND TP Hà Nội (2)');
    expect(byTitle.get('Tổng hợp')).toBe('Tổng hợp (2)');
  });

  it('passes formula-looking texts through unchanged', () => {
    const tasks: Task[] = FORMULA_LIKE.map((text) =>
      taskOf({
        task: text,
        directive: text,
        lead: [writtenAgency(text)],
        leadText: text,
        deadline: dated('2024-05-31', { text }),
        deadlineText: text,
        result: text,
      }),
    );
    const specs = build([tableOf(tasks)]);
    const strings = (spec: SheetSpec | undefined): string[] =>
      (spec?.rows ?? []).flatMap((row) =>
        row.cells.filter((cell): cell is string => typeof cell === 'string'),
      );
    const late = specs[1];
    for (const text of FORMULA_LIKE) {
      const lateRow = late?.rows.find((row) => row.style === 'task' && row.cells[1] === text);
      expect(lateRow?.cells).toEqual(['1', text, text, text, text, 30, text]);
      const sheet = specs.find((spec) => spec.kind === 'agency' && spec.agency === text);
      expect(sheet?.titles[0]).toBe(text);
      expect(sheet?.rows[1]?.cells).toEqual([
        '1',
        text,
        'Chủ trì',
        text,
        text,
        { date: '2024-05-31' },
        'Chưa hoàn thành — quá hạn',
        30,
        text,
      ]);
    }
    expect(specs[0]?.rows.map((row) => row.cells[0])).toEqual(
      expect.arrayContaining([...FORMULA_LIKE]),
    );
    expect(strings(late)).toEqual(expect.arrayContaining([...FORMULA_LIKE]));
  });

  it('keeps formula-looking cells read from a sheet as they were', () => {
    const grid = gridOf([
      ['STT', 'Nội dung nhiệm vụ', 'Văn bản chỉ đạo', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['1', '=HYPERLINK("http://x","y")', '@SUM(A1)', 'Bộ Công an', 'Tháng 5/2024', '+1+1'],
    ]);
    const { table } = checkGrid(grid, { asOf: OPTIONS.asOf });
    if (table === null) throw new Error('table not read');
    const late = build([table])[1];
    expect(late?.rows[1]?.cells).toEqual([
      '1',
      '=HYPERLINK("http://x","y")',
      '@SUM(A1)',
      'Bộ Công an',
      'Tháng 5/2024',
      30,
      '+1+1',
    ]);
  });
});
