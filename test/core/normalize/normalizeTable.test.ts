import { checkGrid } from '../../../src/core/check/checkGrid';
import { normalizeTable } from '../../../src/core/normalize/normalizeTable';
import type {
  ChangeKind,
  NormalizeOptions,
  NormalizeResult,
} from '../../../src/core/normalize/normalizeSchema';
import { ALL_CHANGE_KINDS } from '../../../src/core/normalize/normalizeSchema';
import { isoToExcelSerial } from '../../../src/core/parse/calendar';
import { parseStatus } from '../../../src/core/parse/parseStatus';
import { NORMALIZED, STATUS_LABELS } from '../../../src/core/summary/labels';
import type { SheetSpec, SpecCell } from '../../../src/core/summary/sheetSpec';
import { sheetSpecSchema } from '../../../src/core/summary/sheetSpec';
import { sheetSpecToGrid } from '../../../src/core/summary/sheetSpecToGrid';
import { matchHeaderRole } from '../../../src/core/table/detectHeader';
import type { Grid } from '../../../src/core/table/grid';
import type { TaskTable } from '../../../src/core/table/model';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import { gridOf } from '../../helpers/fixtures';
import { findingKeys } from './findingKey';

const AS_OF = '2024-01-31';
const DATE_CELL = isoToExcelSerial('2023-12-31')!;
const H = NORMALIZED.headers;

/**
 * A messy table as staff keep them: titles, an old header, groups ("(03 nhiệm vụ)" over two
 * tasks), "1." numbering with a gap, HTML and doubled spaces, a task spilled over two rows, one
 * agency cell naming lead and partner, a real date cell, texts that look like formulas.
 */
const MESSY = gridOf(
  [
    ['BẢNG THEO DÕI NHIỆM VỤ ĐỀ ÁN 06', null, null, null, null, null],
    ['(Kèm theo Báo cáo số 12/BC-UBND ngày 31/01/2024)', null, null, null, null, null],
    [],
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị thực hiện', 'Thời gian hoàn thành', 'Kết quả', 'Sản phẩm'],
    ['I', 'Nhiệm vụ chung (03 nhiệm vụ)', null, null, null, null],
    [
      '1.',
      '<ul><li>Ban hành  kế hoạch</li></ul>',
      'Bộ Công an chủ trì, phối hợp Bộ Tư pháp',
      'Tháng 6/2022',
      'Chưa hoàn thành',
      'Kế hoạch',
    ],
    [null, 'và tổ chức triển khai', null, null, 'đang trình ký', null],
    ['3', '=SUM(A1:A2) là cách viết trong bảng', 'Sở  Y tế', DATE_CELL, 'Đã hoàn thành', null],
    ['II', 'Nhiệm vụ riêng', null, null, null, null],
    ['1', '+ Rà soát thủ tục', 'UBND tỉnh', 'Quý I/2024', '@ Đang triển khai', null],
  ],
  {
    sheet: 'Theo dõi',
    numberFormats: Array.from({ length: 10 }, (_, r) =>
      Array.from({ length: 6 }, (_, c) => (r === 7 && c === 3 ? 'dd/mm/yyyy' : 'General')),
    ),
  },
);

function read(grid: Grid): TaskTable {
  const result = readTaskTable(grid, { reportDate: AS_OF });
  if (!result.success) throw new Error(`not read: ${JSON.stringify(result.issues)}`);
  return result.data;
}

function normalize(grid: Grid, kinds?: readonly ChangeKind[], name?: string): NormalizeResult {
  const options: NormalizeOptions = { asOf: AS_OF };
  if (kinds !== undefined) options.kinds = new Set(kinds);
  if (name !== undefined) options.name = name;
  const result = normalizeTable(grid, read(grid), options);
  expect(sheetSpecSchema.safeParse(result.spec).success).toBe(true);
  return result;
}

/** Each row as header → cell, headings and tasks alike. */
function rowsOf(spec: SheetSpec): Record<string, SpecCell>[] {
  return spec.rows.map((row) =>
    Object.fromEntries(spec.columns.map((column, c) => [column.header, row.cells[c] ?? null])),
  );
}

function headers(spec: SheetSpec): string[] {
  return spec.columns.map((column) => column.header);
}

/** "row:header" of every cell two specs with the same rows hold differently, shared columns only. */
function differences(a: SheetSpec, b: SheetSpec): string[] {
  const rowsA = rowsOf(a);
  const rowsB = rowsOf(b);
  expect(rowsB).toHaveLength(rowsA.length);
  const shared = headers(a).filter((header) => headers(b).includes(header));
  return rowsA.flatMap((row, index) =>
    shared.flatMap((header) =>
      JSON.stringify(row[header]) === JSON.stringify(rowsB[index]?.[header])
        ? []
        : [`${index}:${header}`],
    ),
  );
}

function kindsOf(result: NormalizeResult): ChangeKind[] {
  return [...new Set(result.changes.map((change) => change.kind))].sort();
}

describe('normalizeTable: the standard layout', () => {
  const all = normalize(MESSY);

  it('lays the columns out in the standard order, extra columns and the hidden agency cell last', () => {
    expect(headers(all.spec)).toEqual([
      'STT',
      'Nội dung, nhiệm vụ',
      'Văn bản chỉ đạo',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Hạn (ngày)',
      'Kết quả',
      'Đánh giá',
      'Số ngày quá hạn',
      'Sản phẩm',
      'Đơn vị (nguyên văn)',
    ]);
    expect(all.spec.columns.filter((c) => c.hidden === true).map((c) => c.header)).toEqual([
      'Đơn vị (nguyên văn)',
    ]);
    expect(all.spec.columns.find((c) => c.header === 'Hạn (ngày)')?.kind).toBe('date');
    expect(all.spec.columns.find((c) => c.header === 'Số ngày quá hạn')?.kind).toBe('integer');
    expect(all.spec.kind).toBe('normalized');
    expect(all.spec.name).toBe('Theo dõi (chuẩn hóa)');
    expect(all.spec.agency).toBeNull();
    expect(all.spec.chart).toBeNull();
  });

  it('keeps the title lines, so the report date stays readable', () => {
    expect(all.spec.titles).toEqual([
      'BẢNG THEO DÕI NHIỆM VỤ ĐỀ ÁN 06',
      '(Kèm theo Báo cáo số 12/BC-UBND ngày 31/01/2024)',
    ]);
  });

  it('writes every row, headings as group rows in place, with every kind applied', () => {
    expect(all.spec.rows.map((row) => [row.style, row.mergeFrom])).toEqual([
      ['group', 1],
      ['task', undefined],
      ['task', undefined],
      ['group', 1],
      ['task', undefined],
    ]);
    expect(rowsOf(all.spec)).toEqual([
      expect.objectContaining({ STT: 'I', 'Nội dung, nhiệm vụ': 'Nhiệm vụ chung (03 nhiệm vụ)' }),
      {
        STT: '1',
        'Nội dung, nhiệm vụ': 'Ban hành kế hoạch\nvà tổ chức triển khai',
        'Văn bản chỉ đạo': null,
        'Đơn vị chủ trì': 'Bộ Công an',
        'Đơn vị phối hợp': 'Bộ Tư pháp',
        'Thời hạn': 'Tháng 6/2022',
        'Hạn (ngày)': { date: '2022-06-30' },
        'Kết quả': 'Chưa hoàn thành\nđang trình ký',
        'Đánh giá': 'Chưa hoàn thành',
        'Số ngày quá hạn': 580,
        'Sản phẩm': 'Kế hoạch',
        'Đơn vị (nguyên văn)': 'Bộ Công an chủ trì, phối hợp Bộ Tư pháp',
      },
      {
        STT: '2',
        'Nội dung, nhiệm vụ': '=SUM(A1:A2) là cách viết trong bảng',
        'Văn bản chỉ đạo': null,
        'Đơn vị chủ trì': 'Sở Y tế',
        'Đơn vị phối hợp': null,
        // A real date cell keeps the day it shows.
        'Thời hạn': '31/12/2023',
        'Hạn (ngày)': { date: '2023-12-31' },
        'Kết quả': 'Đã hoàn thành',
        'Đánh giá': 'Hoàn thành',
        'Số ngày quá hạn': null,
        'Sản phẩm': null,
        'Đơn vị (nguyên văn)': 'Sở Y tế',
      },
      expect.objectContaining({ STT: 'II', 'Nội dung, nhiệm vụ': 'Nhiệm vụ riêng' }),
      expect.objectContaining({
        STT: '1',
        'Nội dung, nhiệm vụ': '+ Rà soát thủ tục',
        'Đơn vị chủ trì': 'Ủy ban nhân dân tỉnh',
        'Kết quả': '@ Đang triển khai',
        'Đánh giá': 'Chưa rõ',
        'Đơn vị (nguyên văn)': 'UBND tỉnh',
      }),
    ]);
    // Heading rows carry nothing but their label and title.
    expect(all.spec.rows[0]?.cells.slice(2).every((cell) => cell === null)).toBe(true);
  });

  it('lists each change with its source cell, before and after', () => {
    expect(all.changes).toEqual([
      {
        kind: 'clean-text',
        row: 6,
        cell: 'B6',
        before: '<ul><li>Ban hành  kế hoạch</li></ul>',
        after: 'Ban hành kế hoạch',
      },
      {
        kind: 'merge-rows',
        row: 6,
        cell: null,
        before:
          '1. | Ban hành kế hoạch | Bộ Công an chủ trì, phối hợp Bộ Tư pháp | Tháng 6/2022 | ' +
          'Chưa hoàn thành | Kế hoạch\nvà tổ chức triển khai | đang trình ký',
        after:
          '1. | Ban hành kế hoạch\nvà tổ chức triển khai | Bộ Công an chủ trì, phối hợp Bộ Tư pháp | ' +
          'Tháng 6/2022 | Chưa hoàn thành\nđang trình ký | Kế hoạch',
      },
      { kind: 'renumber', row: 6, cell: 'A6', before: '1.', after: '1' },
      {
        kind: 'agencies',
        row: 6,
        cell: 'C6',
        before: 'Bộ Công an chủ trì, phối hợp Bộ Tư pháp',
        after: 'Chủ trì: Bộ Công an; phối hợp: Bộ Tư pháp',
      },
      { kind: 'deadline-date', row: 6, cell: 'D6', before: 'Tháng 6/2022', after: '30/06/2022' },
      { kind: 'status', row: 6, cell: 'E6', before: '', after: 'Chưa hoàn thành' },
      { kind: 'overdue', row: 6, cell: 'D6', before: '', after: '580' },
      { kind: 'clean-text', row: 8, cell: 'C8', before: 'Sở  Y tế', after: 'Sở Y tế' },
      { kind: 'renumber', row: 8, cell: 'A8', before: '3', after: '2' },
      { kind: 'deadline-date', row: 8, cell: 'D8', before: '31/12/2023', after: '31/12/2023' },
      { kind: 'status', row: 8, cell: 'E8', before: '', after: 'Hoàn thành' },
      {
        kind: 'agencies',
        row: 10,
        cell: 'C10',
        before: 'UBND tỉnh',
        after: 'Ủy ban nhân dân tỉnh',
      },
      { kind: 'deadline-date', row: 10, cell: 'D10', before: 'Quý I/2024', after: '31/03/2024' },
      { kind: 'status', row: 10, cell: 'E10', before: '', after: 'Chưa rõ' },
    ]);
  });

  it('counts every kind, 0 when none', () => {
    expect(all.counts).toEqual({
      'merge-rows': 1,
      'clean-text': 2,
      renumber: 2,
      agencies: 2,
      'deadline-date': 3,
      status: 3,
      overdue: 1,
    });
    for (const kind of ALL_CHANGE_KINDS) {
      expect(all.counts[kind]).toBe(all.changes.filter((change) => change.kind === kind).length);
    }
  });

  it('reads back with the same findings, the STT gap fixed by renumbering', () => {
    const original = checkGrid(MESSY, { asOf: AS_OF });
    const back = checkGrid(sheetSpecToGrid(all.spec), { asOf: AS_OF });
    expect(findingKeys(original.findings).filter((key) => key.includes('stt_gap'))).toHaveLength(1);
    expect(findingKeys(back.findings)).toEqual(
      findingKeys(original.findings).filter((key) => !key.includes('"stt-sequence"')),
    );
    // "(03 nhiệm vụ)" over two tasks is still reported: the heading was kept as written.
    expect(back.findings.map((f) => f.code)).toContain('group_count_mismatch');
  });
});

describe('normalizeTable: each kind changes its own part only', () => {
  const none = normalize(MESSY, []);
  const all = normalize(MESSY);

  it('with no kind ticked, copies the table exactly as written, row by row', () => {
    expect(none.changes).toEqual([]);
    expect(Object.values(none.counts).every((count) => count === 0)).toBe(true);
    expect(headers(none.spec)).toEqual([
      'STT',
      'Nội dung, nhiệm vụ',
      'Văn bản chỉ đạo',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Kết quả',
      'Sản phẩm',
    ]);
    expect(none.spec.rows.map((row) => row.cells)).toEqual([
      ['I', 'Nhiệm vụ chung (03 nhiệm vụ)', null, null, null, null, null, null],
      [
        '1.',
        '<ul><li>Ban hành  kế hoạch</li></ul>',
        null,
        'Bộ Công an chủ trì, phối hợp Bộ Tư pháp',
        null,
        'Tháng 6/2022',
        'Chưa hoàn thành',
        'Kế hoạch',
      ],
      // The continuation row keeps only its own cells.
      [null, 'và tổ chức triển khai', null, null, null, null, 'đang trình ký', null],
      [
        '3',
        '=SUM(A1:A2) là cách viết trong bảng',
        null,
        'Sở  Y tế',
        null,
        '31/12/2023',
        'Đã hoàn thành',
        null,
      ],
      ['II', 'Nhiệm vụ riêng', null, null, null, null, null, null],
      ['1', '+ Rà soát thủ tục', null, 'UBND tỉnh', null, 'Quý I/2024', '@ Đang triển khai', null],
    ]);
  });

  it('merge-rows alone: the continuation row joins its task, nothing else moves', () => {
    const merged = normalize(MESSY, ['merge-rows']);
    expect(kindsOf(merged)).toEqual(['merge-rows']);
    expect(merged.counts['merge-rows']).toBe(1);
    expect(headers(merged.spec)).toEqual(headers(none.spec));
    const rows = none.spec.rows.map((row) => row.cells);
    expect(merged.spec.rows.map((row) => row.cells)).toEqual([
      rows[0],
      [
        '1.',
        '<ul><li>Ban hành  kế hoạch</li></ul>\nvà tổ chức triển khai',
        null,
        'Bộ Công an chủ trì, phối hợp Bộ Tư pháp',
        null,
        'Tháng 6/2022',
        'Chưa hoàn thành\nđang trình ký',
        'Kế hoạch',
      ],
      rows[3],
      rows[4],
      rows[5],
    ]);
  });

  it('clean-text alone: only the cells with HTML or stray spaces change, one change each', () => {
    const cleaned = normalize(MESSY, ['clean-text']);
    expect(kindsOf(cleaned)).toEqual(['clean-text']);
    expect(differences(none.spec, cleaned.spec)).toEqual([
      '1:Nội dung, nhiệm vụ',
      '3:Đơn vị chủ trì',
    ]);
    expect(cleaned.changes.map((change) => change.cell)).toEqual(['B6', 'C8']);
  });

  it('clean-text off keeps "<ul><li>" and doubled spaces with every other kind on', () => {
    const raw = normalize(
      MESSY,
      ALL_CHANGE_KINDS.filter((kind) => kind !== 'clean-text'),
    );
    expect(kindsOf(raw)).not.toContain('clean-text');
    expect(rowsOf(raw.spec)[1]?.['Nội dung, nhiệm vụ']).toBe(
      '<ul><li>Ban hành  kế hoạch</li></ul>\nvà tổ chức triển khai',
    );
    expect(rowsOf(raw.spec)[2]?.['Đơn vị (nguyên văn)']).toBe('Sở  Y tế');
    expect(differences(all.spec, raw.spec)).toEqual([
      '1:Nội dung, nhiệm vụ',
      '2:Đơn vị (nguyên văn)',
    ]);
  });

  it('renumber alone: only the STT of tasks changes, 1, 2 … under each heading', () => {
    const renumbered = normalize(MESSY, ['renumber']);
    expect(kindsOf(renumbered)).toEqual(['renumber']);
    expect(differences(none.spec, renumbered.spec)).toEqual(['1:STT', '3:STT']);
    expect(rowsOf(renumbered.spec).map((row) => row.STT)).toEqual(['I', '1', null, '2', 'II', '1']);
    const off = normalize(
      MESSY,
      ALL_CHANGE_KINDS.filter((kind) => kind !== 'renumber'),
    );
    expect(rowsOf(off.spec).map((row) => row.STT)).toEqual(['I', '1.', '3', 'II', '1']);
    expect(differences(all.spec, off.spec)).toEqual(['1:STT', '2:STT']);
  });

  it('agencies alone: lead and partners by canonical name, the cell as written kept hidden', () => {
    const agencies = normalize(MESSY, ['agencies']);
    expect(kindsOf(agencies)).toEqual(['agencies']);
    expect(headers(agencies.spec)).toEqual([...headers(none.spec), H.agenciesAsWritten]);
    expect(differences(none.spec, agencies.spec)).toEqual([
      '1:Đơn vị chủ trì',
      '1:Đơn vị phối hợp',
      '3:Đơn vị chủ trì',
      '5:Đơn vị chủ trì',
    ]);
    expect(rowsOf(agencies.spec)[3]?.['Đơn vị chủ trì']).toBe('Sở Y tế');
    expect(rowsOf(agencies.spec)[3]?.[H.agenciesAsWritten]).toBe('Sở  Y tế');
    // Uncleaned, "Sở  Y tế" is what the canonical name changes.
    expect(agencies.changes.map((change) => change.cell)).toEqual(['C6', 'C8', 'C10']);
  });

  it('agencies off: lead and partners as written, no hidden column', () => {
    const off = normalize(
      MESSY,
      ALL_CHANGE_KINDS.filter((kind) => kind !== 'agencies'),
    );
    expect(headers(off.spec)).not.toContain(H.agenciesAsWritten);
    expect(rowsOf(off.spec).map((row) => [row['Đơn vị chủ trì'], row['Đơn vị phối hợp']])).toEqual([
      [null, null],
      ['Bộ Công an chủ trì, phối hợp Bộ Tư pháp', null],
      ['Sở Y tế', null],
      [null, null],
      ['UBND tỉnh', null],
    ]);
    expect(differences(all.spec, off.spec)).toEqual([
      '1:Đơn vị chủ trì',
      '1:Đơn vị phối hợp',
      '4:Đơn vị chủ trì',
    ]);
  });

  it.each([
    ['deadline-date', H.due],
    ['status', H.status],
    ['overdue', H.overdue],
  ] as const)('%s alone adds its column "%s" and changes nothing else', (kind, header) => {
    const alone = normalize(MESSY, [kind]);
    expect(kindsOf(alone)).toEqual([kind]);
    expect(headers(alone.spec).filter((h) => !headers(none.spec).includes(h))).toEqual([header]);
    expect(differences(none.spec, alone.spec)).toEqual([]);
    const off = normalize(
      MESSY,
      ALL_CHANGE_KINDS.filter((other) => other !== kind),
    );
    expect(headers(off.spec)).toEqual(headers(all.spec).filter((h) => h !== header));
    expect(differences(all.spec, off.spec)).toEqual([]);
    expect(off.changes).toEqual(all.changes.filter((change) => change.kind !== kind));
  });
});

describe('normalizeTable: computed columns', () => {
  it('dates a revised deadline by its revised day, and leaves undated ones empty', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      [
        '1',
        'Ban hành kế hoạch',
        'Sở Tư pháp',
        'Tháng 12/2023, lùi đến Tháng 3/2024',
        'Đang triển khai',
      ],
      ['2', 'Rà soát thủ tục', 'Sở Y tế', 'Thường xuyên', 'Đang triển khai'],
      ['3', 'Cập nhật dữ liệu', 'Sở Nội vụ', null, 'Chưa hoàn thành'],
    ]);
    const table = read(grid);
    const result = normalize(grid, ['deadline-date']);
    const revised = table.tasks[0]!.deadline;
    expect(revised).toMatchObject({ kind: 'date', due: '2024-03-31' });
    expect(rowsOf(result.spec).map((row) => row[H.due])).toEqual([
      { date: '2024-03-31' },
      null,
      null,
    ]);
    expect(result.changes).toEqual([
      {
        kind: 'deadline-date',
        row: 2,
        cell: 'D2',
        before: 'Tháng 12/2023, lùi đến Tháng 3/2024',
        after: '31/03/2024',
      },
    ]);
  });

  it('writes each status by its label and the days late of overdue tasks only', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', '31/12/2023', 'Đang triển khai'],
      ['2', 'Rà soát thủ tục', 'Sở Y tế', '31/12/2023', 'Đã hoàn thành'],
      ['3', 'Cập nhật dữ liệu', 'Sở Nội vụ', '29/02/2024', 'Chưa hoàn thành'],
    ]);
    const result = normalize(grid, ['status', 'overdue']);
    expect(rowsOf(result.spec).map((row) => [row[H.status], row[H.overdue]])).toEqual([
      [STATUS_LABELS.IN_PROGRESS, 31],
      [STATUS_LABELS.DONE, null],
      [STATUS_LABELS.NOT_DONE, null],
    ]);
    expect(result.counts).toMatchObject({ status: 3, overdue: 1 });
  });

  it('does not add a result column an assignment list lacks: its tasks stay "not reported"', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024'],
    ]);
    const result = normalize(grid);
    expect(headers(result.spec)).not.toContain(H.result);
    expect(rowsOf(result.spec)[0]?.[H.status]).toBe(STATUS_LABELS.NOT_REPORTED);
    const back = read(sheetSpecToGrid(result.spec));
    expect(back.tasks[0]?.status.status).toBe('NOT_REPORTED');
  });
});

describe('normalizeTable: headers read back to the same roles', () => {
  it('maps the standard headers to their roles and the computed ones to none', () => {
    expect(
      Object.fromEntries(Object.entries(H).map(([key, header]) => [key, matchHeaderRole(header)])),
    ).toEqual({
      stt: 'stt',
      task: 'task',
      directive: 'directive',
      lead: 'lead',
      partners: 'partners',
      deadline: 'deadline',
      due: null,
      result: 'result',
      status: null,
      overdue: null,
      note: 'note',
      agenciesAsWritten: null,
    });
  });

  it('does not head the status column "Tình trạng": the reader would take its label for the status', () => {
    // "Tình trạng" is a status column to the reader, which prefers it to the result …
    expect(matchHeaderRole('Tình trạng')).toBe('status');
    // … and the labels do not all read back as the status they name.
    const misread = Object.entries(STATUS_LABELS).filter(
      ([status, label]) => parseStatus(label, { source: 'status' }).status !== status,
    );
    expect(misread.map(([status]) => status)).toEqual(
      expect.arrayContaining(['UNKNOWN', 'NOT_REPORTED']),
    );
  });

  it('reads every status back from the result, whatever the computed column says', () => {
    const result = normalize(MESSY);
    const back = read(sheetSpecToGrid(result.spec));
    expect(back.columns.status).toBeUndefined();
    expect(back.tasks.map((task) => task.status.status)).toEqual(
      read(MESSY).tasks.map((task) => task.status.status),
    );
    expect(back.tasks.map((task) => task.extra.map((extra) => extra.header))).toEqual([
      [H.due, H.status, H.overdue, 'Sản phẩm', H.agenciesAsWritten],
      [H.due, H.status, H.agenciesAsWritten],
      [H.due, H.status, H.agenciesAsWritten],
    ]);
  });

  it('keeps a status column of the source as written, beside the computed one', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả', 'Trạng thái'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Đã trình UBND tỉnh', 'Đã hoàn thành'],
    ]);
    const result = normalize(grid);
    expect(headers(result.spec)).toEqual([
      'STT',
      'Nội dung, nhiệm vụ',
      'Văn bản chỉ đạo',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Kết quả',
      'Trạng thái',
      H.status,
      H.overdue,
      H.agenciesAsWritten,
    ]);
    const back = read(sheetSpecToGrid(result.spec));
    expect(back.tasks[0]?.statusText).toBe('Đã hoàn thành');
    expect(back.tasks[0]?.status.status).toBe('DONE');
  });

  it('keeps one-hot status columns under a two-row header, headed by their own word', () => {
    const grid = gridOf(
      [
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Kết quả', null],
        [null, null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành'],
        ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024', 'x', null],
        ['2', 'Rà soát thủ tục', 'Sở Y tế', 'Quý II/2024', null, 'x'],
      ],
      { merges: [{ top: 1, left: 5, bottom: 1, right: 6 }] },
    );
    const result = normalize(grid);
    expect(headers(result.spec)).toContain('Đã hoàn thành');
    expect(headers(result.spec)).toContain('Chưa hoàn thành');
    const back = read(sheetSpecToGrid(result.spec));
    expect(back.tasks.map((task) => task.status.status)).toEqual(['DONE', 'NOT_DONE']);
    expect(findingKeys(checkGrid(sheetSpecToGrid(result.spec), { asOf: AS_OF }).findings)).toEqual(
      findingKeys(checkGrid(grid, { asOf: AS_OF }).findings),
    );
  });

  it('keeps a note column as "Ghi chú"', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Ghi chú'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Chờ ý kiến Bộ'],
    ]);
    const result = normalize(grid, []);
    expect(headers(result.spec)).toContain('Ghi chú');
    expect(read(sheetSpecToGrid(result.spec)).tasks[0]?.note).toBe('Chờ ý kiến Bộ');
  });
});

describe('normalizeTable: tables without an STT column', () => {
  const grid = gridOf([
    ['Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn'],
    ['I. Nhiệm vụ chung', null, null, null],
    ['Ban hành kế hoạch', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I/2024'],
    ['Rà soát thủ tục', 'Sở Y tế', null, 'trước ngày 30/5/2024'],
  ]);

  it('numbers the tasks when renumbering', () => {
    const result = normalize(grid);
    expect(rowsOf(result.spec).map((row) => [row.STT, row['Nội dung, nhiệm vụ']])).toEqual([
      ['I', 'Nhiệm vụ chung'],
      ['1', 'Ban hành kế hoạch'],
      ['2', 'Rà soát thủ tục'],
    ]);
    expect(result.changes.filter((c) => c.kind === 'renumber')).toEqual([
      { kind: 'renumber', row: 3, cell: null, before: '', after: '1' },
      { kind: 'renumber', row: 4, cell: null, before: '', after: '2' },
    ]);
  });

  it('adds no empty STT column when not renumbering, which would merge every row into one task', () => {
    const result = normalize(
      grid,
      ALL_CHANGE_KINDS.filter((kind) => kind !== 'renumber'),
    );
    expect(headers(result.spec)[0]).toBe('Nội dung, nhiệm vụ');
    expect(result.spec.rows[0]).toEqual({
      style: 'group',
      cells: [
        'I. Nhiệm vụ chung',
        ...headers(result.spec)
          .slice(1)
          .map(() => null),
      ],
      mergeFrom: 0,
    });
    const back = read(sheetSpecToGrid(result.spec));
    expect(back.tasks.map((task) => task.task)).toEqual(['Ban hành kế hoạch', 'Rà soát thủ tục']);
    expect(back.groups.map((group) => [group.label, group.title, group.taskCount])).toEqual([
      ['I', 'Nhiệm vụ chung', 2],
    ]);
  });
});

describe('normalizeTable: rows kept apart', () => {
  it('round-trips a task spilled over rows, merged or not, past a header repeated inside it', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024', 'Đã trình'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [null, 'và triển khai', null, null, 'UBND tỉnh'],
      ['2', 'Rà soát thủ tục', 'Sở Y tế', 'Quý II/2024', 'Đang triển khai'],
    ]);
    const original = read(grid);
    expect(original.tasks.map((task) => [task.row, task.lastRow])).toEqual([
      [2, 5],
      [6, 6],
    ]);
    const apart = normalize(grid, []);
    expect(rowsOf(apart.spec).map((row) => row['Nội dung, nhiệm vụ'])).toEqual([
      'Ban hành kế hoạch',
      'và triển khai',
      'Rà soát thủ tục',
    ]);
    const merged = normalize(grid, ['merge-rows']);
    expect(rowsOf(merged.spec).map((row) => row['Kết quả'])).toEqual([
      'Đã trình\nUBND tỉnh',
      'Đang triển khai',
    ]);
    for (const result of [apart, merged]) {
      const back = read(sheetSpecToGrid(result.spec));
      expect(back.tasks.map((task) => [task.task, task.result])).toEqual(
        original.tasks.map((task) => [task.task, task.result]),
      );
    }
  });
  it('keeps the other cells of a heading row in their columns, the row then left unmerged', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['A', 'NHIỆM VỤ CHUNG', null, 'Quý I/2024', null],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024', 'Đã trình'],
    ]);
    const result = normalize(grid, []);
    const [heading] = result.spec.rows;
    expect(heading?.style).toBe('group');
    expect(heading?.mergeFrom).toBeUndefined();
    expect(rowsOf(result.spec)[0]).toMatchObject({ STT: 'A', [H.deadline]: 'Quý I/2024' });
    const back = read(sheetSpecToGrid(result.spec));
    expect(back.sections[0]?.extra?.map((cell) => cell.text)).toEqual(['Quý I/2024']);
  });

  it('keeps a total row as written, after the task it ends, and reads it back as a total', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp', 'Quý I/2024', 'Đã trình'],
      ['Tổng cộng', '1 nhiệm vụ', null, null, '45/63 tỉnh'],
      [null, null, null, null, '(đến 31/01/2024)'],
    ]);
    for (const kinds of [[], ALL_CHANGE_KINDS]) {
      const result = normalize(grid, kinds);
      expect(result.spec.rows.map((row) => row.style)).toEqual(['task', 'total', 'total']);
      const rows = rowsOf(result.spec);
      expect([rows[1]?.STT, rows[1]?.['Kết quả'], rows[2]?.['Kết quả']]).toEqual([
        'Tổng cộng',
        '45/63 tỉnh',
        '(đến 31/01/2024)',
      ]);
      const back = read(sheetSpecToGrid(result.spec));
      expect(back.tasks.map((task) => task.result)).toEqual(['Đã trình']);
      expect(back.totals?.flatMap((total) => total.cells.map((cell) => cell.text))).toEqual([
        'Tổng cộng',
        '1 nhiệm vụ',
        '45/63 tỉnh',
        '(đến 31/01/2024)',
      ]);
    }
  });
});

describe('normalizeTable: idempotence', () => {
  it('finds nothing to change in a table it normalised, whatever kinds were ticked', () => {
    for (const kinds of [ALL_CHANGE_KINDS, ['clean-text', 'merge-rows'] as ChangeKind[]]) {
      const first = normalize(MESSY, kinds, 'Chuẩn');
      const written = sheetSpecToGrid(first.spec);
      const again = normalizeTable(written, read(written), {
        asOf: AS_OF,
        kinds: new Set(kinds),
        name: 'Chuẩn',
      });
      expect(again.changes).toEqual([]);
      expect(again.spec).toEqual(first.spec);
    }
  });

  it('gives a table already in the standard layout changes for the added columns only', () => {
    const first = normalize(MESSY, ['clean-text', 'merge-rows', 'renumber', 'agencies']);
    const written = sheetSpecToGrid(first.spec);
    const again = normalizeTable(written, read(written), { asOf: AS_OF });
    expect(again.counts).toEqual({
      'merge-rows': 0,
      'clean-text': 0,
      renumber: 0,
      agencies: 0,
      'deadline-date': 3,
      status: 3,
      overdue: 1,
    });
  });
});

describe('normalizeTable: the sheet name', () => {
  it('shortens a long sheet name so " (chuẩn hóa)" fits in 31 characters', () => {
    const grid = { ...MESSY, sheet: 'Nhiệm vụ chậm muộn tháng 1 năm 2024' };
    const { spec } = normalize(grid);
    expect(spec.name.length).toBeLessThanOrEqual(31);
    expect(spec.name.endsWith(' (chuẩn hóa)')).toBe(true);
  });

  it('takes the name asked for, made valid', () => {
    expect(normalize(MESSY, [], 'Bảng: 1/2024').spec.name).toBe('Bảng 1 2024');
  });

  it('titles a table without title lines by its sheet', () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'],
      ['1', 'Ban hành kế hoạch', 'Sở Tư pháp'],
    ]);
    expect(normalize(grid).spec.titles).toEqual(['Trang1 (chuẩn hóa)']);
  });
});
