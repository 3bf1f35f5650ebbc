import {
  countHighlightRows,
  HIGHLIGHT_FILLS,
  HIGHLIGHT_KINDS,
  planHighlights,
} from '../../../src/core/highlight/planHighlights';
import type { Finding } from '../../../src/core/rules/ruleTypes';
import type { CellValue } from '../../../src/core/table/grid';
import type { TaskTable } from '../../../src/core/table/model';
import { readTaskTable } from '../../../src/core/table/readTaskTable';

const SHEET = 'Nhiệm vụ';

/** B3:F11: a header, a section row, then tasks 1–5; tasks 2 and 5 spill into a second row. */
function table(): TaskTable {
  const values: CellValue[][] = [
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
    ['A', 'Về pháp lý', null, null, null],
    [1, 'Rà soát văn bản', 'Bộ Công an', 'Tháng 6/2024', 'Đang triển khai'],
    [2, 'Sửa đổi Nghị định', 'Bộ Tư pháp', 'Quý IV/2024', 'Đang thực hiện'],
    [null, 'tiếp theo của nhiệm vụ 2', null, null, null],
    [3, 'Kết nối dữ liệu', 'Bộ Y tế', 'Năm 2024', 'Chưa triển khai'],
    [4, 'Cấp căn cước', 'Bộ Công an', 'Quý I/2024', 'Đang triển khai'],
    [5, 'Tích hợp dịch vụ công', 'Văn phòng Chính phủ', 'Tháng 3/2024', 'Chưa hoàn thành'],
    [null, 'tiếp theo của nhiệm vụ 5', null, null, null],
  ];
  const read = readTaskTable({ sheet: SHEET, origin: { row: 3, column: 2 }, values, merges: [] });
  if (!read.success) throw new Error(JSON.stringify(read.issues));
  return read.data;
}

/** Tasks: 1 → row 5, 2 → rows 6–7, 3 → row 8, 4 → row 9, 5 → rows 10–11. */
test('the table the cases use', () => {
  const t = table();
  expect(t.range).toBe('B3:F11');
  expect(t.tasks.map((task) => [task.row, task.lastRow])).toEqual([
    [5, 5],
    [6, 7],
    [8, 8],
    [9, 9],
    [10, 11],
  ]);
});

const due = '2024-06-30';

function overdue(cell: string, sheet = SHEET): Finding {
  return {
    rule: 'deadline-overdue',
    code: 'deadline_overdue',
    severity: 'error',
    sheet,
    cell,
    params: { due, daysLate: 10, status: 'IN_PROGRESS', original: null },
  };
}

function carried(cell: string): Finding {
  return {
    rule: 'deadline-overdue',
    code: 'deadline_overdue_carried',
    severity: 'error',
    sheet: SHEET,
    cell,
    params: { year: 2022, due, daysLate: 500, status: 'NOT_DONE' },
  };
}

function completedLate(cell: string): Finding {
  return {
    rule: 'deadline-overdue',
    code: 'deadline_completed_late',
    severity: 'info',
    sheet: SHEET,
    cell,
    params: { due, doneOn: '2024-07-10', daysLate: 10 },
  };
}

function dueSoon(cell: string): Finding {
  return {
    rule: 'deadline-due-soon',
    code: 'deadline_due_soon',
    severity: 'warning',
    sheet: SHEET,
    cell,
    params: { due, daysLeft: 5, status: 'IN_PROGRESS' },
  };
}

function unparsed(cell: string): Finding {
  return {
    rule: 'deadline-unparsed',
    code: 'deadline_unparsed',
    severity: 'warning',
    sheet: SHEET,
    cell,
    params: { text: 'abc' },
  };
}

function invalidDate(cell: string, column: 'deadline' | 'result'): Finding {
  return {
    rule: 'invalid-date',
    code: 'invalid_date',
    severity: 'error',
    sheet: SHEET,
    cell,
    params: { text: '30/2/2024', problem: 'day-out-of-range', column },
  };
}

describe('kinds', () => {
  test.each([
    ['deadline_overdue', 'overdue', overdue('E5')],
    ['deadline_overdue_carried', 'overdue', carried('E5')],
    ['deadline_due_soon', 'due-soon', dueSoon('E5')],
    ['deadline_unparsed', 'unparsed', unparsed('E5')],
    ['invalid_date in the deadline column', 'unparsed', invalidDate('E5', 'deadline')],
  ] as const)('%s colours its task as %s', (_, kind, finding) => {
    expect(planHighlights(table(), [finding])).toEqual({
      sheet: SHEET,
      areas: [{ kind, address: 'B5:F5' }],
    });
  });

  test('deadline_completed_late is information: nothing is coloured', () => {
    expect(planHighlights(table(), [completedLate('E5')]).areas).toEqual([]);
  });

  test('invalid_date outside the deadline column is not a deadline problem', () => {
    expect(planHighlights(table(), [invalidDate('F5', 'result')]).areas).toEqual([]);
  });

  test('other rules colour nothing', () => {
    const missing: Finding = {
      rule: 'deadline-missing',
      code: 'deadline_missing',
      severity: 'warning',
      sheet: SHEET,
      cell: 'E5',
      params: {},
    };
    expect(planHighlights(table(), [missing]).areas).toEqual([]);
  });
});

describe('priority', () => {
  test('overdue beats due-soon beats unparsed, in whatever order the findings come', () => {
    const findings = [unparsed('E5'), dueSoon('E5'), overdue('C5'), unparsed('E8'), dueSoon('F8')];
    expect(planHighlights(table(), findings).areas).toEqual([
      { kind: 'overdue', address: 'B5:F5' },
      { kind: 'due-soon', address: 'B8:F8' },
    ]);
    expect(planHighlights(table(), [...findings].reverse()).areas).toEqual([
      { kind: 'overdue', address: 'B5:F5' },
      { kind: 'due-soon', address: 'B8:F8' },
    ]);
  });

  test('the kinds in urgency order', () => {
    expect(HIGHLIGHT_KINDS).toEqual(['overdue', 'due-soon', 'unparsed']);
  });
});

describe('areas', () => {
  test('a multi-row task is coloured over all its rows, whichever of its rows the finding names', () => {
    expect(planHighlights(table(), [overdue('C7')]).areas).toEqual([
      { kind: 'overdue', address: 'B6:F7' },
    ]);
    expect(planHighlights(table(), [dueSoon('E10')]).areas).toEqual([
      { kind: 'due-soon', address: 'B10:F11' },
    ]);
  });

  test('adjacent rows of one kind merge into one area; another kind or a gap splits them', () => {
    const findings = [overdue('E5'), overdue('E6'), overdue('E8'), dueSoon('E9'), overdue('E10')];
    expect(planHighlights(table(), findings).areas).toEqual([
      { kind: 'overdue', address: 'B5:F8' },
      { kind: 'due-soon', address: 'B9:F9' },
      { kind: 'overdue', address: 'B10:F11' },
    ]);
    expect(planHighlights(table(), [overdue('E5'), overdue('E8')]).areas).toEqual([
      { kind: 'overdue', address: 'B5:F5' },
      { kind: 'overdue', address: 'B8:F8' },
    ]);
  });

  test('findings that map to no task, or name another sheet, are left out', () => {
    const findings = [
      overdue('B3'), // the header
      overdue('C4'), // the section row
      overdue('E40'), // below the table
      overdue('E5', 'Tổng hợp'),
      { ...overdue('E8'), cell: 'not a cell' },
    ];
    expect(planHighlights(table(), findings)).toEqual({ sheet: SHEET, areas: [] });
  });

  test('no findings, no areas', () => {
    expect(planHighlights(table(), [])).toEqual({ sheet: SHEET, areas: [] });
  });
});

test('countHighlightRows counts the sheet rows of each kind', () => {
  const plan = planHighlights(table(), [overdue('E5'), overdue('E6'), dueSoon('E10')]);
  expect(countHighlightRows(plan)).toEqual({ overdue: 3, 'due-soon': 2, unparsed: 0 });
});

describe('HIGHLIGHT_FILLS', () => {
  const channels = (hex: string) =>
    [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = channels(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  test('three distinct #RRGGBB fills', () => {
    const fills = Object.values(HIGHLIGHT_FILLS);
    expect(new Set(fills).size).toBe(3);
    for (const fill of fills) expect(fill).toMatch(/^#[0-9A-F]{6}$/);
  });

  test('black text stays readable on each (WCAG AAA, 7:1)', () => {
    for (const fill of Object.values(HIGHLIGHT_FILLS)) {
      expect((luminance(fill) + 0.05) / 0.05).toBeGreaterThanOrEqual(7);
    }
  });

  test('they differ in lightness too, overdue the darkest', () => {
    const l = (kind: keyof typeof HIGHLIGHT_FILLS) => luminance(HIGHLIGHT_FILLS[kind]);
    expect(l('overdue')).toBeLessThan(l('unparsed') - 0.1);
    expect(l('unparsed')).toBeLessThan(l('due-soon') - 0.05);
  });
});
