import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CellValue } from '../../../src/core/table/grid';
import {
  deadlineSchema,
  type Deadline,
  type Precision,
} from '../../../src/core/parse/deadlineSchema';
import {
  findDatesInText,
  parseDeadline,
  type ParseDeadlineOptions,
} from '../../../src/core/parse/parseDeadline';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Rows of a fixture TSV (tab-separated, header row, no tabs inside cells) keyed by the header. */
function readTsv(...parts: string[]): Record<string, string>[] {
  const [head = '', ...lines] = readFileSync(join(FIXTURES, ...parts), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
  const keys = head.split('\t');
  return lines.map((line) => {
    const fields = line.split('\t');
    return Object.fromEntries(keys.map((key, i) => [key, fields[i] ?? '']));
  });
}

/** Parses and checks the result against the public schema, so every case also checks the shape. */
function parse(value: CellValue, format?: string, options: ParseDeadlineOptions = {}): Deadline {
  const result = parseDeadline(value, format, options);
  expect(deadlineSchema.safeParse(result).success).toBe(true);
  return result;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const PRECISION_OF: Readonly<Record<string, Precision>> = {
  DATE: 'day',
  END_OF_MONTH: 'month',
  END_OF_QUARTER: 'quarter',
  END_OF_YEAR: 'year',
};

/**
 * Checks a reading against the fixtures' hand-checked kind: DATE / END_OF_* → a date on `iso`;
 * X+RECURRING → that date, recurring; X+OTHER → that date with a condition beside it; START → a
 * recurring task from `iso`; RECURRING → recurring; MISSING → none; OTHER → conditional or
 * unparsed (and a due, when given, is `iso`); OTHER→X → X with the year taken from the report.
 */
function expectKind(result: Deadline, kind: string, iso: string): void {
  const [base = '', extra] = kind.split('+');
  if (base.startsWith('OTHER→')) {
    expect(result).toMatchObject({
      kind: 'date',
      due: iso,
      precision: PRECISION_OF[base.slice(6)],
    });
    expect(result.kind === 'date' && result.flags).toContain('year-inferred');
    return;
  }
  switch (base) {
    case 'MISSING':
      expect(result).toEqual({ kind: 'none', text: '' });
      return;
    case 'RECURRING':
      expect(result.kind).toBe('recurring');
      expect(result).not.toHaveProperty('from');
      return;
    case 'START':
      expect(result).toMatchObject({ kind: 'recurring', from: iso });
      return;
    case 'OTHER':
      expect(['conditional', 'unparsed']).toContain(result.kind);
      if (result.kind === 'conditional' && result.due !== undefined && ISO.test(iso)) {
        expect(result.due).toBe(iso);
      }
      return;
    default:
      expect(result).toMatchObject({
        kind: 'date',
        due: iso,
        precision: PRECISION_OF[base],
        recurring: extra === 'RECURRING',
      });
      if (extra === 'OTHER')
        expect(result.kind === 'date' && result.flags).toContain('conditional-part');
  }
}

describe('parseDeadline on the fixture tables', () => {
  const tables = [
    { file: '000_nhiem_vu_cham_muon_T1-2024.tsv', reportDate: '2024-01-31', tasks: 27 },
    { file: '004_phu_luc_I_nhiem_vu.tsv', reportDate: '2024-06-28', tasks: 72 },
  ];

  describe.each(tables)('$file', ({ file, reportDate, tasks }) => {
    const rows = readTsv('tables', file).filter((row) => row.kind === 'task');

    test(`holds ${tasks} task rows`, () => {
      expect(rows).toHaveLength(tasks);
    });

    test.each(rows.map((row) => [row.row_id, row.thoi_gian_hoan_thanh, row] as const))(
      '%s: %j',
      (_id, text, row) => {
        const result = parse(text ?? '', undefined, { reportDate });
        expectKind(result, row.deadline_kind_derived ?? '', row.deadline_iso_derived ?? '');
      },
    );
  });
});

describe('parseDeadline on the gold FORM examples', () => {
  const REPORT_DATES: Readonly<Record<string, string>> = {
    '000': '2024-01-31',
    '002': '2023-02-23',
    '003': '2024-05-28',
    '004': '2024-06-28',
  };
  const rows = readTsv('gold-findings.tsv').filter(
    (row) => row.type === 'DEADLINE' && row.verdict === 'FORM',
  );

  test('holds 54 examples', () => {
    expect(rows).toHaveLength(54);
  });

  test.each(rows.map((row) => [row.id, row.quote, row] as const))('%s: %j', (_id, quote, row) => {
    const values = Object.fromEntries(
      (row.values ?? '').split(';').map((pair) => pair.trim().split('=') as [string, string]),
    );
    const reportDate = REPORT_DATES[(row.seed_file ?? '').slice(0, 3)];
    expect(reportDate).toBeDefined();
    const result = parse(quote ?? '', undefined, reportDate === undefined ? {} : { reportDate });
    expectKind(result, values.kind ?? '', values.iso ?? '');
  });
});

type Case = [text: string, expected: Partial<Record<string, unknown>>];

const day = (due: string): Record<string, unknown> => ({ kind: 'date', due, precision: 'day' });
const month = (due: string): Record<string, unknown> => ({ kind: 'date', due, precision: 'month' });
const quarter = (due: string): Record<string, unknown> => ({
  kind: 'date',
  due,
  precision: 'quarter',
});
const half = (due: string): Record<string, unknown> => ({ kind: 'date', due, precision: 'half' });
const year = (due: string): Record<string, unknown> => ({ kind: 'date', due, precision: 'year' });

describe('parseDeadline on written forms', () => {
  const cases: Case[] = [
    // a day
    ['30/6/2024', day('2024-06-30')],
    ['Trước ngày 15/02/2024', day('2024-02-15')],
    ['ngày 1/12/2023', day('2023-12-01')],
    ['23/2/2024', day('2024-02-23')],
    ['Hoàn thành trước ngày 01/7/2024', day('2024-07-01')],
    ['Ban hành trước 31/12/2022', day('2022-12-31')],
    ['trước 30 tháng 6 năm 2024', day('2024-06-30')],
    ['ngày 10 tháng 5 năm 2024', day('2024-05-10')],
    ['báo cáo Tổ Công tác kết quả trước 31/5/2024', day('2024-05-31')],
    ['có lộ trình hoàn thành đồng bộ trước 15/6/2024', day('2024-06-15')],
    ['Hoàn thành trước 29/01/2024.', day('2024-01-29')],
    ['29/02/2024', day('2024-02-29')],
    ['15.6.2024', day('2024-06-15')],
    ['2024-06-30', day('2024-06-30')],
    ['16/12/2023-15/06/2024', day('2024-06-15')],
    // a month
    ['Tháng 6/2022', month('2022-06-30')],
    ['tháng 02/2024', month('2024-02-29')],
    ['Tháng 02/2023', month('2023-02-28')],
    ['6/2023', month('2023-06-30')],
    ['11/2023', month('2023-11-30')],
    ['Trong tháng 9/2022', month('2022-09-30')],
    ['Hoàn thành trong 6/2024', month('2024-06-30')],
    ['Đến hết tháng 3/2024', month('2024-03-31')],
    ['chậm nhất trong tháng 4 năm 2023', month('2023-04-30')],
    ['triển khai ngay trong tháng 02 năm 2023', month('2023-02-28')],
    ['tháng 02 năm 2023', month('2023-02-28')],
    ['ban hành tháng 6/2024', month('2024-06-30')],
    ['Thàng 12/2024', month('2024-12-31')],
    ['Tháng 5/2024 (Theo chỉ đạo của bộ, ngành Trung ương)', month('2024-05-31')],
    ['trình Chính phủ trong tháng 5/2024', month('2024-05-31')],
    ['Lộ trình hoàn thành trong tháng 5/2024', month('2024-05-31')],
    ['tháng 5, 6/2024', month('2024-06-30')],
    ['T6/2024', month('2024-06-30')],
    // a quarter
    ['Quý IV/2023', quarter('2023-12-31')],
    ['quý 2/2024', quarter('2024-06-30')],
    ['Quý II.2024', quarter('2024-06-30')],
    ['Quý 1/2024', quarter('2024-03-31')],
    ['vài Quý 1/2024', quarter('2024-03-31')],
    ['hoàn thành trong quý III/2024', quarter('2024-09-30')],
    ['Trong Quý II/2025', quarter('2025-06-30')],
    ['quý III năm 2024', quarter('2024-09-30')],
    ['Quý III-IV/2024', quarter('2024-12-31')],
    ['Q1/2024', quarter('2024-03-31')],
    ['QIV/2023', quarter('2023-12-31')],
    // a half
    ['6 tháng đầu năm 2024', half('2024-06-30')],
    ['nửa đầu năm 2024', half('2024-06-30')],
    ['6 tháng cuối năm 2023', half('2023-12-31')],
    ['trong nửa đầu năm 2024 (trước 30 tháng 6 năm 2024)', { kind: 'date', due: '2024-06-30' }],
    // a year
    ['Năm 2022', year('2022-12-31')],
    ['Trong năm 2024', year('2024-12-31')],
    ['Năm 2024: cấp tỉnh và huyện 100%; cấp xã 90%', year('2024-12-31')],
    ['Năm 2024, theo lộ trình, hướng dẫn triển khai của Bộ Tư pháp', year('2024-12-31')],
    ['phần đầu hoàn thành trong năm 2024', year('2024-12-31')],
    ['Phản đầu hoàn thành trong năm 2024', year('2024-12-31')],
    ['Trong năm 2024 ( theo lộ trình triển khai và hướng dẫn )', year('2024-12-31')],
    ['Trong năm 2024 và 2025', year('2025-12-31')],
    ['năm 2024 - 2025', year('2025-12-31')],
    ['Đến hết năm 2025', year('2025-12-31')],
    // lower case, no accents, noise
    ['thang 6/2024', month('2024-06-30')],
    ['quy 1/2024', quarter('2024-03-31')],
    ['nam 2024', year('2024-12-31')],
    ['TRƯỚC NGÀY 15/02/2024', day('2024-02-15')],
    ['  Năm 2024. ', year('2024-12-31')],
    ['Tháng\u00a06/2024', month('2024-06-30')],
    ['Tháng &nbsp;6/2024', month('2024-06-30')],
    ['\n  Quý I/2024 \n', quarter('2024-03-31')],
    ['Hoàn thành trong\r\ntháng 9/2024', month('2024-09-30')],
    ['Tha\u0301ng 6/2024', month('2024-06-30')],
  ];

  test.each(cases)('%j', (text, expected) => {
    expect(parse(text)).toMatchObject(expected);
  });

  test('keeps the cleaned text and adds no flag to a plain date', () => {
    expect(parse('  Trước ngày\u00a015/02/2024  ')).toEqual({
      kind: 'date',
      due: '2024-02-15',
      precision: 'day',
      text: 'Trước ngày 15/02/2024',
      recurring: false,
      flags: [],
    });
  });
});

describe('parseDeadline on recurring tasks', () => {
  test.each([
    'Thường xuyên',
    'Thực hiện thường xuyên',
    'Thực hiện thường xuyên theo yêu cầu công tác',
    'Hàng tháng',
    'hằng năm',
    'Định kỳ hàng quý',
    'thuong xuyen',
  ])('%j is recurring without a start', (text) => {
    expect(parse(text)).toEqual({ kind: 'recurring', text });
  });

  test.each([
    ['2022 - Thường xuyên', '2022-01-01'],
    ['Từ tháng 02/2023', '2023-02-01'],
    ['Từ tháng 5/2023', '2023-05-01'],
    ['bắt đầu từ 01/6/2024', '2024-06-01'],
    ['ngay từ đầu năm 2023', '2023-01-01'],
    ['Từ Quý IV/2024', '2024-10-01'],
    ['Thời gian bắt đầu thực hiện từ tháng 02 năm 2023', '2023-02-01'],
    ['Thực hiện thường xuyên từ năm 2023', '2023-01-01'],
    ['Năm 2023 trở đi', '2023-01-01'],
    ['2022 đến nay', '2022-01-01'],
  ])('%j is recurring from %s', (text, from) => {
    expect(parse(text)).toEqual({ kind: 'recurring', text, from });
  });

  test.each([
    ['Trong năm 2024 và thực hiện thường xuyên', '2024-12-31'],
    ['thực hiện trong tháng 02/2024 và thực hiện thường xuyên', '2024-02-29'],
    ['Quý I/2024 và thực hiện thường xuyên', '2024-03-31'],
    ['Trong năm 2024 và thường xuyên theo chỉ đạo của Hội sở chính', '2024-12-31'],
    ['Trong năm 2024 và thực hiện thường xuyên trong các năm tiếp theo', '2024-12-31'],
  ])('%j is a date that then recurs', (text, due) => {
    expect(parse(text)).toMatchObject({ kind: 'date', due, recurring: true });
  });

  test('a start followed by an end is a span, not a recurring task', () => {
    expect(parse('Từ tháng 2/2023 đến tháng 6/2023')).toMatchObject({
      kind: 'date',
      due: '2023-06-30',
      recurring: false,
    });
  });
});

describe('parseDeadline on conditional deadlines', () => {
  test.each([
    'Theo tiến độ của Nghị quyết số 50/NQ-CP ngày 08/4/2022 và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021',
    'Theo tiến độ, yêu cầu tại Quyết định số 766/QĐ-TTg',
    'Theo lộ trình Bộ Công an đề xuất',
    'Theo hướng dẫn của Bộ Công an',
    'Khi có chỉ đạo của Bộ Công an',
    'Khi có yêu cầu của Chính phủ, Bộ Công an',
    'Sau khi có hướng dẫn của Bộ Thông tin và Truyền thông',
    'trong dịp Tết Nguyên đán 2024',
    'đảm bảo thời gian nhanh nhất',
    'Khẩn trương … đảm bảo thời gian nhanh nhất',
    'đảm bảo thời gian hoàn thành theo chỉ đạo của Chính phủ',
    'Theo tiến độ, lộ trình của từng mô hình đã đề ra tại Kế hoạch số 296/KH-UBND ngày 13/12/2023 của UBND tỉnh',
    'Thực hiện theo lộ trình của Bộ Xây dựng',
  ])('%j is conditional, and a cited document date is no due date', (text) => {
    expect(parse(text)).toEqual({ kind: 'conditional', text });
  });

  test.each([
    [
      'Theo lộ trình hoàn thành của Tòa án nhân dân tối cao ( dự kiến trong năm 2024 ).',
      '2024-12-31',
    ],
    [
      'Theo hướng dẫn, chỉ đạo và lộ trình của Viện Kiểm sát (dự kiến trong năm 2024)',
      '2024-12-31',
    ],
    ['Sau khi có hướng dẫn, hoàn thành trước 30/6/2024', '2024-06-30'],
  ])('%j is conditional with an expected date', (text, due) => {
    expect(parse(text)).toEqual({ kind: 'conditional', text, due });
  });

  test('a date beside a condition is a date flagged conditional-part', () => {
    expect(
      parse(
        'Hoàn thành trong Quý I/2024 và theo lộ trình các văn bản pháp luật có hiệu lực thi hành',
      ),
    ).toMatchObject({
      kind: 'date',
      due: '2024-03-31',
      recurring: false,
      flags: ['conditional-part'],
    });
  });

  test('"dự kiến" flags a date tentative', () => {
    expect(
      parse('Dự kiến trong tháng 6/2024 (theo lộ trình của Bộ Giáo dục và Đào tạo)'),
    ).toMatchObject({
      kind: 'date',
      due: '2024-06-30',
      flags: ['tentative', 'conditional-part'],
    });
    expect(parse('dự kiến tháng 5/2025')).toMatchObject({
      due: '2025-05-31',
      flags: ['tentative'],
    });
  });
});

describe('parseDeadline on targets, which are not deadlines', () => {
  test.each([
    'Đạt từ 70% trở lên từ quý II/2024 và đạt 90% trở lên từ quý III năm 2024 ( tỷ lệ hồ sơ 02 nhóm Dịch vụ công liên thông/hồ sơ đăng ký khai sinh, đăng ký khai tử phát sinh ).',
    'Điểm đánh giá của bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công năm 2024 đứng ở top 15/63 tỉnh',
    'Đạt 100% từ tháng 6/2024',
    'Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 50%',
  ])('%j is neither a date nor a start', (text) => {
    expect(['conditional', 'unparsed']).toContain(parse(text).kind);
  });

  test('a target with a deadline cue keeps its deadline', () => {
    expect(parse('Đạt 100% trong năm 2024')).toMatchObject({ kind: 'date', due: '2024-12-31' });
  });
});

describe('parseDeadline on revised deadlines', () => {
  test.each([
    [
      'Tháng 6/2023\nTháng 3/2024 (Lộ trình tại TB 836/TCTTKĐA)',
      '2024-03-31',
      'month',
      '2023-06-30',
      'Tháng 6/2023',
    ],
    ['Tháng 3/2023\n(xin lùi 6/2024)', '2024-06-30', 'month', '2023-03-31', 'Tháng 3/2023'],
    [
      'Tháng 6/2023 (điều chỉnh: Quý I/2024)',
      '2024-03-31',
      'quarter',
      '2023-06-30',
      'Tháng 6/2023',
    ],
    ['Quý IV/2023 (gia hạn đến 31/3/2024)', '2024-03-31', 'day', '2023-12-31', 'Quý IV/2023'],
  ])('%j: due %s, original %s', (text, due, precision, originalDue, originalText) => {
    expect(parse(text)).toMatchObject({
      kind: 'date',
      due,
      precision,
      original: { due: originalDue, text: originalText },
    });
  });

  test('a joined span or a narrowing has no original', () => {
    expect(parse('Trong năm 2024 và 2025')).not.toHaveProperty('original');
    expect(parse('16/12/2023-15/06/2024')).not.toHaveProperty('original');
    expect(parse('nửa đầu năm 2024 (trước 30 tháng 6 năm 2024)')).not.toHaveProperty('original');
  });
});

describe('parseDeadline on periods without a year', () => {
  test.each([
    ['trong quý I', '2024-01-31', quarter('2024-03-31')],
    ['Dự kiến hoàn thành trên toàn quốc trong quý I', '2024-01-31', quarter('2024-03-31')],
    ['trong tháng 3', '2023-02-23', month('2023-03-31')],
    ['6 tháng cuối năm', '2024-05-28', half('2024-12-31')],
    ['Trước ngày 20/6', '2024-05-28', day('2024-06-20')],
  ])('%j takes the year of the report date %s', (text, reportDate, expected) => {
    const result = parse(text, undefined, { reportDate });
    expect(result).toMatchObject(expected);
    expect(result.kind === 'date' && result.flags).toContain('year-inferred');
  });

  test.each(['trong quý I', 'trong tháng 3', '6 tháng cuối năm', 'Trước ngày 20/6'])(
    '%j without a report date is unparsed',
    (text) => {
      expect(parse(text)).toEqual({ kind: 'unparsed', text });
    },
  );

  test('29/2 without a year needs a leap report year', () => {
    expect(parse('trước ngày 29/2', undefined, { reportDate: '2024-01-10' })).toMatchObject(
      day('2024-02-29'),
    );
    expect(parse('trước ngày 29/2', undefined, { reportDate: '2023-01-10' }).kind).toBe('unparsed');
  });

  test('a written year is kept whatever the report date', () => {
    expect(parse('Quý I/2025', undefined, { reportDate: '2024-01-31' })).toMatchObject({
      due: '2025-03-31',
      flags: [],
    });
  });
});

describe('parseDeadline refuses dates that cannot exist or are mistyped', () => {
  test.each([
    '30/2/2023',
    '31/4/2024',
    '04/9/20224',
    '09/007/2023',
    '15/8//2024',
    '15/8/202',
    'Năm 202',
    'Tháng 6/202',
    'Tháng 13/2024',
    '15/13/2024',
    '0/5/2024',
    'Trước ngày 31/04/2024',
    '30/6/24',
    'Đầu năm 2024',
    'giữa năm 2024',
  ])('%j is unparsed', (text) => {
    expect(parse(text)).toEqual({ kind: 'unparsed', text });
  });

  test('anything else is unparsed, empty is none', () => {
    expect(parse('lung tung')).toEqual({ kind: 'unparsed', text: 'lung tung' });
    expect(parse('-')).toEqual({ kind: 'unparsed', text: '-' });
    expect(parse('trong 6 tháng')).toEqual({ kind: 'unparsed', text: 'trong 6 tháng' });
    expect(parse('')).toEqual({ kind: 'none', text: '' });
    expect(parse('  \n\u00a0 ')).toEqual({ kind: 'none', text: '' });
    expect(parse(null)).toEqual({ kind: 'none', text: '' });
    expect(parse('<br>&nbsp;')).toEqual({ kind: 'none', text: '' });
    expect(parse(true)).toEqual({ kind: 'unparsed', text: 'TRUE' });
  });
});

describe('parseDeadline on Excel numbers', () => {
  test.each([['dd/mm/yyyy'], ['m/d/yyyy'], ['d-mmm-yy'], ['[$-vi-VN]dd/mm/yyyy'], ['yyyy-mm-dd']])(
    '45473 in %s is 30/06/2024',
    (format) => {
      expect(parse(45473, format)).toEqual({
        kind: 'date',
        due: '2024-06-30',
        precision: 'day',
        text: '30/06/2024',
        recurring: false,
        flags: [],
      });
    },
  );

  test('a date-time keeps its day', () => {
    expect(parse(45292.5, 'dd/mm/yyyy hh:mm')).toMatchObject(day('2024-01-01'));
  });

  test.each([
    [45473, 'General'],
    [45473, '#,##0'],
    [0.75, '0.00%'],
    [45473, undefined],
    [0, 'dd/mm/yyyy'],
    [-3, 'dd/mm/yyyy'],
    [60, 'dd/mm/yyyy'],
    [Number.NaN, 'dd/mm/yyyy'],
    [2024.5, 'General'],
    [1500, 'General'],
  ])('%d in %s is unparsed', (value, format) => {
    expect(parse(value, format)).toEqual({ kind: 'unparsed', text: String(value) });
  });

  test('a plausible year in a number format is that year', () => {
    expect(parse(2024)).toEqual({
      kind: 'date',
      due: '2024-12-31',
      precision: 'year',
      text: '2024',
      recurring: false,
      flags: [],
    });
    expect(parse(2023, '0')).toMatchObject(year('2023-12-31'));
  });
});

describe('findDatesInText', () => {
  test('lists days, months, quarters, halves and years with their offsets in the text given', () => {
    const text =
      'Hoàn thành trước ngày 15/02/2024, báo cáo tháng 6/2024, quý III năm 2024, 6 tháng đầu năm 2025, năm 2026.';
    const tokens = findDatesInText(text);
    expect(tokens.map((t) => [t.text, t.precision, t.status === 'valid' && t.last])).toEqual([
      ['15/02/2024', 'day', '2024-02-15'],
      ['tháng 6/2024', 'month', '2024-06-30'],
      ['quý III năm 2024', 'quarter', '2024-09-30'],
      ['6 tháng đầu năm 2025', 'half', '2025-06-30'],
      ['năm 2026', 'year', '2026-12-31'],
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  test('gives the written numbers, so a swapped day and month can be seen', () => {
    const [token] = findDatesInText('Hoàn thành trước ngày 07/01/2024');
    expect(token).toMatchObject({
      day: 7,
      month: 1,
      year: 2024,
      status: 'valid',
      first: '2024-01-07',
    });
  });

  test('marks the dates of cited documents', () => {
    const tokens = findDatesInText(
      'Theo Nghị quyết số 50/NQ-CP ngày 08/4/2022, Quyết định số 36/QĐ-TTg, ngày 11/01/2024, Kế hoạch số 296/KH-UBND của UBND tỉnh ngày 13/12/2023, Văn bản số 12 ngày 5/6/2024; hoàn thành trước ngày 30/6/2024',
    );
    expect(tokens.map((t) => [t.text, t.citation])).toEqual([
      ['08/4/2022', true],
      ['11/01/2024', true],
      ['13/12/2023', true],
      ['5/6/2024', true],
      ['30/6/2024', false],
    ]);
  });

  test('a cue between the document and the date makes it a deadline again', () => {
    const [token] = findDatesInText('Theo Kế hoạch 12/KH-BCA của Bộ trước ngày 30/6/2024');
    expect(token).toMatchObject({ text: '30/6/2024', citation: false });
  });

  test.each([
    ['30/2/2023', 'invalid', 'day-out-of-range'],
    ['31/4/2024', 'invalid', 'day-out-of-range'],
    ['15/13/2024', 'invalid', 'month-out-of-range'],
    ['tháng 13/2024', 'invalid', 'month-out-of-range'],
    ['31 tháng 4 năm 2024', 'invalid', 'day-out-of-range'],
    ['04/9/20224', 'malformed', 'year-digits'],
    ['15/8/202', 'malformed', 'year-digits'],
    ['năm 202', 'malformed', 'year-digits'],
    ['Tháng 6/202', 'malformed', 'year-digits'],
    ['Quý I/202', 'malformed', 'year-digits'],
    ['09/007/2023', 'malformed', 'month-digits'],
    ['011/5/2024', 'malformed', 'day-digits'],
    ['05/6/24', 'malformed', 'two-digit-year'],
    ['tháng 6/24', 'malformed', 'two-digit-year'],
    ['15/8//2024', 'malformed', 'separator'],
  ])('%j is %s (%s)', (written, status, problem) => {
    const text = `Hoàn thành ${written} theo kế hoạch`;
    expect(findDatesInText(text)).toEqual([
      expect.objectContaining({
        text: written,
        status,
        problem,
        start: 11,
        end: 11 + written.length,
      }),
    ]);
  });

  test.each([
    'top 15/63 tỉnh',
    '13/28 TTHC',
    'điện áp 220/380V',
    '1.086 hồ sơ',
    '49,26%',
    'Tăng 2573 Hồ sơ',
    'năm học',
    'Nghị định số 107/2021/NĐ-CP',
    'số 12/2023',
    'Tết Nguyên đán 2024',
    'trong quý I',
    'tăng 20/30/40%',
    'tỉnh 2/35/26',
    'mục 1/2/3',
    '123/5/2024',
    '',
  ])('%j holds no date with a year of its own', (text) => {
    expect(findDatesInText(text).filter((t) => !t.citation)).toEqual([]);
  });

  test('reads ranges and lists as one token', () => {
    expect(findDatesInText('năm 2024 và 2025')).toMatchObject([
      { precision: 'year', first: '2024-01-01', last: '2025-12-31' },
    ]);
    expect(findDatesInText('quý III-IV/2024')).toMatchObject([
      { precision: 'quarter', first: '2024-07-01', last: '2024-12-31' },
    ]);
  });

  test('offsets stay right when the text is decomposed or has odd spaces', () => {
    const text = 'Tha\u0301ng\u00a06/2024 va\u0300 15/8/2024';
    const tokens = findDatesInText(text);
    expect(tokens.map((t) => t.text)).toEqual(['Tha\u0301ng\u00a06/2024', '15/8/2024']);
  });
});
