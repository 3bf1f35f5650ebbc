import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStatus } from '../../../src/core/parse/parseStatus';
import type { ParseStatusOptions } from '../../../src/core/parse/parseStatus';
import type { DeadlineKind } from '../../../src/core/parse/deadlineSchema';
import type { Status, StatusFlag } from '../../../src/core/parse/statusSchema';
import { statusReadingSchema } from '../../../src/core/parse/statusSchema';

type Row = Readonly<Record<string, string>>;

/** Tab-separated, header row first, no quoting (cells hold no tabs or line breaks). */
function readTable(name: string): Row[] {
  const text = readFileSync(join(__dirname, '../../fixtures/tables', name), 'utf8');
  const [header = '', ...lines] = text.split(/\r?\n/).filter((line) => line.length > 0);
  const names = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** The fixtures' derived deadline kinds ("END_OF_YEAR+RECURRING" …) as parser options. */
function deadlineOptions(derived: string): ParseStatusOptions {
  const [base = '', extra] = derived.split('+');
  const kind: DeadlineKind =
    base === 'RECURRING'
      ? 'recurring'
      : base === 'MISSING'
        ? 'none'
        : base === 'OTHER'
          ? 'conditional'
          : 'date';
  return { deadlineKind: kind, deadlineRecurring: extra === 'RECURRING', source: 'result' };
}

const FIXTURES = [
  { file: '000_nhiem_vu_cham_muon_T1-2024.tsv', result: 'ket_qua' },
  { file: '004_phu_luc_I_nhiem_vu.tsv', result: 'tien_do_thuc_hien' },
] as const;

describe.each(FIXTURES)('fixture $file', ({ file, result }) => {
  const tasks = readTable(file).filter((row) => row.kind === 'task');
  const read = (row: Row) =>
    parseStatus(row[result] ?? '', deadlineOptions(row.deadline_kind_derived ?? '')).status;
  const plain = tasks.filter((row) => row.status_note === '');
  const judged = tasks.filter((row) => row.status_note !== '');

  it('has task rows of both sorts', () => {
    expect(plain.length).toBeGreaterThan(10);
    expect(judged.length).toBeGreaterThan(5);
  });

  it.each(plain.map((row) => [row.row_id, row] as const))(
    'reads %s as status_derived',
    (_id, row) => {
      expect(read(row)).toBe(row.status_derived);
    },
  );

  it('reads at least 80 % of the hand-judged rows as status_derived', () => {
    const hits = judged.filter((row) => read(row) === row.status_derived);
    expect(hits.length / judged.length).toBeGreaterThanOrEqual(0.8);
  });
});

it('misses only the hand-judged rows it is known to miss', () => {
  const misses = FIXTURES.flatMap(({ file, result }) =>
    readTable(file)
      .filter((row) => row.kind === 'task' && row.status_note !== '')
      .filter(
        (row) =>
          parseStatus(row[result] ?? '', deadlineOptions(row.deadline_kind_derived ?? ''))
            .status !== row.status_derived,
      )
      .map((row) => row.row_id),
  );
  // 000-B.I.7 "14 bộ, ngành: Công an, …" lists bodies without saying what they did.
  expect(misses).toMatchInlineSnapshot(`
    [
      "000-B.I.7",
    ]
  `);
});

it('reads the status columns of Phụ lục II (004)', () => {
  const rows = readTable('004_phu_luc_II_nq175.tsv').filter((row) => row.kind === 'task');
  const notDone = rows
    .map((row) => row.ket_qua_chua_hoan_thanh ?? '')
    .filter((cell) => cell !== '');
  expect(notDone.length).toBeGreaterThan(0);
  for (const cell of notDone) {
    expect(parseStatus(cell, { source: 'status' })).toEqual({
      status: 'NOT_DONE',
      phrase: 'Chờ',
      flags: ['waiting'],
    });
  }
  const done = rows.map((row) => row.ket_qua_da_hoan_thanh ?? '');
  expect(done).toContain('Đã và đang phối hợp khi có yêu cầu');
  expect(done).toContain('Thường xuyên');
  expect(parseStatus('Đã và đang phối hợp khi có yêu cầu', { source: 'status' }).status).toBe(
    'RECURRING',
  );
  expect(
    parseStatus('Đã và đang phối hợp khi có yêu cầu', { deadlineKind: 'date', source: 'status' })
      .status,
  ).toBe('IN_PROGRESS');
});

type Case = {
  text: string;
  status: Status;
  flags?: StatusFlag[];
  phrase?: string;
  options?: ParseStatusOptions;
};

const VALID: Record<string, Case[]> = {
  DONE: [
    { text: 'Hoàn thành', status: 'DONE', phrase: 'Hoàn thành' },
    { text: 'Đã hoàn thành', status: 'DONE' },
    { text: 'Hoàn thành, sản phẩm', status: 'DONE', phrase: 'Hoàn thành' },
    { text: 'Đã thực hiện', status: 'DONE' },
    { text: 'Đã thực hiện.', status: 'DONE', phrase: 'Đã thực hiện' },
    { text: 'Đã thực hiện Sở Tư pháp đã ban hành Công văn số 618/STP-XDKTVB', status: 'DONE' },
    { text: 'Đã thực hiện xong', status: 'DONE' },
    { text: 'Đã hoàn thành 63/63 địa phương', status: 'DONE' },
    { text: 'Đã hoàn thành 953.626/953.626 dữ liệu', status: 'DONE' },
    { text: 'Đã hoàn thành. Ngày 08/5/2024, Sở tổ chức hội nghị', status: 'DONE' },
    {
      text: 'Đã hoàn thành và thực hiện thường xuyên',
      status: 'DONE',
      options: { deadlineKind: 'date' },
    },
    {
      text: 'Đã ban hành Kế hoạch số 12/KH-UBND ngày 1/12/2023',
      status: 'DONE',
      phrase: 'Đã ban hành',
    },
    { text: 'Đã được phê duyệt', status: 'DONE' },
    { text: 'Nhiệm vụ này đã hoàn thành', status: 'DONE' },
    { text: 'Hoàn thành trong Quý I/2024', status: 'DONE' },
  ],
  MOSTLY_DONE: [
    { text: 'Đã cơ bản hoàn thành', status: 'MOSTLY_DONE' },
    { text: 'Cơ bản hoàn thành', status: 'MOSTLY_DONE' },
    {
      text: 'Đã hoàn thành cơ bản các nội dung',
      status: 'MOSTLY_DONE',
      phrase: 'Đã hoàn thành cơ bản',
    },
  ],
  IN_PROGRESS: [
    { text: 'Đang triển khai', status: 'IN_PROGRESS' },
    {
      text: 'Đang thực hiện. UBND tỉnh đã ban hành Tờ trình',
      status: 'IN_PROGRESS',
      phrase: 'Đang thực hiện',
    },
    { text: 'Đã và đang thực hiện', status: 'IN_PROGRESS' },
    { text: 'Đang xây dựng dự thảo', status: 'IN_PROGRESS' },
    { text: 'Đang hoàn thiện hồ sơ', status: 'IN_PROGRESS' },
    { text: 'Đang trong giai đoạn rà soát thực hiện', status: 'IN_PROGRESS' },
    {
      text: '- Đã làm việc với Bộ Tài chính, VPCP, VNPost',
      status: 'IN_PROGRESS',
      phrase: 'Đã làm việc với',
    },
    { text: 'Đã có tờ trình báo cáo TTCP', status: 'IN_PROGRESS' },
    { text: 'Dự kiến hoàn thành trong quý I/2024', status: 'IN_PROGRESS', phrase: 'Dự kiến' },
    {
      text: 'Đã triển khai có văn bản chỉ đạo tuy nhiên chưa có kết quả thực tế',
      status: 'IN_PROGRESS',
      phrase: 'Đã triển khai',
    },
    {
      text: 'Đã nâng cấp Hệ thống thông tin về nhà ở',
      status: 'IN_PROGRESS',
      phrase: 'Đã nâng cấp',
    },
    {
      text: 'Đã thực hiện rà soát mã số thuế',
      status: 'IN_PROGRESS',
      phrase: 'Đã thực hiện rà soát',
    },
    {
      text: '- Bộ TTTT đã thiết lập Hệ thống giám sát (EMC) - Đang đôn đốc',
      status: 'IN_PROGRESS',
      phrase: 'Bộ TTTT đã thiết lập',
    },
    {
      text: '- Đã hoàn thành tích hợp trên cổng DVCQG, Hệ thống thông tin của 59/63 địa phương và 03 Bộ. - Dự kiến hoàn thành trên toàn quốc trong quý I',
      status: 'IN_PROGRESS',
      flags: ['partial'],
      phrase: 'Đã hoàn thành',
    },
    {
      text: 'Đã hoàn thành tích hợp. Dự kiến hoàn thành trên toàn quốc trong quý I',
      status: 'IN_PROGRESS',
      flags: ['partial'],
    },
    {
      text: 'Đã hoàn thành 25/25 DVC thiết yếu; 02/10 DVC theo Quyết định số 422/QĐ-TTg',
      status: 'IN_PROGRESS',
      flags: ['partial'],
    },
    { text: 'Đã hoàn thành 80%', status: 'IN_PROGRESS', flags: ['partial'] },
    {
      text: 'Đã hoàn thành việc kết nối, tuy nhiên chưa đồng bộ dữ liệu',
      status: 'IN_PROGRESS',
      flags: ['partial'],
    },
    { text: '59/63 địa phương đã hoàn thành', status: 'IN_PROGRESS', flags: ['partial'] },
    { text: 'Đã thực hiện bước đầu', status: 'IN_PROGRESS' },
    {
      text: 'Đã và đang thực hiện thường xuyên',
      status: 'IN_PROGRESS',
      options: { deadlineKind: 'date' },
    },
  ],
  NOT_DONE: [
    { text: 'Chưa hoàn thành', status: 'NOT_DONE', phrase: 'Chưa hoàn thành' },
    { text: 'Chưa triển khai', status: 'NOT_DONE' },
    { text: 'Chưa thực hiện', status: 'NOT_DONE' },
    { text: 'Chưa ban hành', status: 'NOT_DONE' },
    { text: 'Chưa hoàn thành (Mới kết nối với cơ sở dữ liệu hộ tịch điện tử)', status: 'NOT_DONE' },
    { text: 'Chưa hoàn thành Đã nâng cấp Hệ thống thông tin', status: 'NOT_DONE' },
    {
      text: 'Còn 13/28 TTHC chưa hoàn thành tái cấu trúc quy trình',
      status: 'NOT_DONE',
      flags: ['partial'],
      phrase: 'Còn 13/28 TTHC chưa hoàn thành',
    },
    {
      text: 'Còn 09 địa phương chưa ban hành (An Giang, …)',
      status: 'NOT_DONE',
      flags: ['partial'],
    },
    {
      text: 'Còn Gia Lai chưa hoàn thành hợp nhất cổng dịch vụ công',
      status: 'NOT_DONE',
      flags: ['partial'],
    },
    {
      text: 'Còn 551 thủ tục hành chính chưa được thực thi (chiếm 41,74%)',
      status: 'NOT_DONE',
      flags: ['partial'],
    },
    {
      text: '16 bộ, ngành chưa hoàn thành, gồm: Công an; Ngoại giao',
      status: 'NOT_DONE',
      flags: ['partial'],
      phrase: '16 bộ, ngành chưa hoàn thành',
    },
    {
      text: 'Bộ y tế: 01 văn đề; Phần mềm hộ tịch của Bộ Tư pháp còn 02 văn đề',
      status: 'NOT_DONE',
      flags: ['partial'],
      phrase: 'còn 02 văn đề',
    },
    {
      text: 'Chưa hoàn thành, đơn vị xin lùi lộ trình đến năm 2025',
      status: 'NOT_DONE',
      flags: ['extension-requested'],
    },
    { text: 'Chưa hoàn thành, xin lùi 6/2024', status: 'NOT_DONE', flags: ['extension-requested'] },
    { text: 'Chưa thực hiện, đang chờ Bộ triển khai', status: 'NOT_DONE', flags: ['waiting'] },
    { text: 'Chưa thực hiện do chờ Bộ Công an', status: 'NOT_DONE', flags: ['waiting'] },
    { text: 'Chờ HD của BCA', status: 'NOT_DONE', flags: ['waiting'], phrase: 'Chờ' },
    {
      text: 'Nhiệm vụ này phải chờ Bộ, ngành ban hành Danh mục',
      status: 'NOT_DONE',
      flags: ['waiting'],
    },
    {
      text: 'Đã thực hiện bước đầu, hiện đang chờ chỉ đạo của Bộ Công an',
      status: 'NOT_DONE',
      flags: ['waiting'],
    },
    {
      text: 'Sẽ thực hiện khi có yêu cầu của Chính phủ, Bộ Công an',
      status: 'NOT_DONE',
      phrase: 'Sẽ thực hiện',
    },
  ],
  RECURRING: [
    { text: 'Thường xuyên', status: 'RECURRING' },
    { text: 'Thực hiện thường xuyên', status: 'RECURRING' },
    { text: 'Thực hiện thường xuyên theo yêu cầu.', status: 'RECURRING' },
    {
      text: 'Đang thực hiện thường xuyên',
      status: 'RECURRING',
      options: { deadlineKind: 'recurring' },
    },
    { text: 'Đã và đang thực hiện thường xuyên', status: 'RECURRING' },
    {
      text: 'Đã và đang được thực hiện thường xuyên',
      status: 'RECURRING',
      options: { deadlineKind: 'none' },
    },
    { text: 'Đã thực hiện và thực hiện thường xuyên', status: 'RECURRING' },
    { text: 'Đã và tiếp tục thực hiện thường xuyên Tỉnh Thanh Hóa', status: 'RECURRING' },
    { text: 'Nhiệm vụ này được thực hiện thường xuyên', status: 'RECURRING' },
    {
      text: 'Đang triển khai thường xuyên',
      status: 'RECURRING',
      phrase: 'Đang triển khai thường xuyên',
    },
    {
      text: 'Đang thực hiện thường xuyên.',
      status: 'RECURRING',
      options: { deadlineKind: 'date', deadlineRecurring: true },
    },
  ],
  UNKNOWN: [
    { text: '', status: 'UNKNOWN', phrase: '' },
    { text: '   ', status: 'UNKNOWN' },
    { text: 'Chưa có báo cáo kết quả', status: 'UNKNOWN', phrase: 'Chưa có báo cáo kết quả' },
    { text: 'Không có đánh giá', status: 'UNKNOWN' },
    {
      text: '- Đối với cấp bộ: 03 Bộ có điểm số trên 60 (Tập đoàn Điện lực Việt Nam, Bộ Tư pháp). Còn lại dưới 60.',
      status: 'UNKNOWN',
      phrase: '',
    },
  ],
};

describe.each(Object.entries(VALID))('%s', (_status, cases) => {
  it.each(cases.map((c) => [c.text, c] as const))('%j', (_text, c) => {
    const reading = parseStatus(c.text, c.options);
    expect(reading.status).toBe(c.status);
    expect(reading.flags).toEqual(c.flags ?? []);
    if (c.phrase !== undefined) expect(reading.phrase).toBe(c.phrase);
    expect(statusReadingSchema.safeParse(reading).success).toBe(true);
  });
});

describe('the deadline decides "… thường xuyên"', () => {
  const text = 'Đã và đang thực hiện thường xuyên';
  it.each<[ParseStatusOptions, Status]>([
    [{}, 'RECURRING'],
    [{ deadlineKind: 'recurring' }, 'RECURRING'],
    [{ deadlineKind: 'none' }, 'RECURRING'],
    [{ deadlineKind: 'unparsed' }, 'RECURRING'],
    [{ deadlineKind: 'date' }, 'IN_PROGRESS'],
    [{ deadlineKind: 'date', deadlineRecurring: true }, 'RECURRING'],
    [{ deadlineKind: 'conditional' }, 'IN_PROGRESS'],
  ])('%j → %s', (options, status) => {
    expect(parseStatus(text, options).status).toBe(status);
  });

  it('leaves a done phrase done on a recurring task', () => {
    expect(parseStatus('Đã hoàn thành.', { deadlineKind: 'recurring' }).status).toBe('DONE');
  });

  it('leaves "Đang thực hiện" in progress on a recurring task', () => {
    expect(parseStatus('Đang thực hiện', { deadlineKind: 'recurring' }).status).toBe('IN_PROGRESS');
  });
});

describe('typos, case and missing accents', () => {
  it.each<[string, Status, StatusFlag[]]>([
    ['HOÀN THÀNH', 'DONE', []],
    ['ĐÃ HOÀN THÀNH', 'DONE', []],
    ['CHƯA TRIỂN KHAI', 'NOT_DONE', []],
    ['Đã hoàn tthành', 'DONE', ['fuzzy']],
    ['Chưa hoản thành', 'NOT_DONE', ['fuzzy']],
    ['Đang triên rkhai', 'IN_PROGRESS', ['fuzzy']],
    ['Hoan thanh', 'DONE', ['fuzzy']],
    ['Chua hoan thanh', 'NOT_DONE', ['fuzzy']],
    ['Da va dang thuc hien thuong xuyen', 'RECURRING', ['fuzzy']],
    ['Đang thục hiện', 'IN_PROGRESS', ['fuzzy']],
    ['Đã hoàn thànhh', 'DONE', ['fuzzy']],
    ['Cho HD cua BCA', 'NOT_DONE', ['waiting', 'fuzzy']],
  ])('%j', (text, status, flags) => {
    expect(parseStatus(text)).toMatchObject({ status, flags });
  });

  it('keeps the phrase as written', () => {
    expect(parseStatus('Đánh giá tiến độ: Đang triên rkhai. Sở đã …').phrase).toBe(
      'Đang triên rkhai',
    );
  });
});

describe('what comes before the status', () => {
  it.each([
    'Đánh giá tiến độ: Đang thực hiện',
    'Đánh giá tiên độ: Đang thực hiện',
    'Đánh gía tiến đọ: Đang thực hiện',
    'Đánh giá tiến độ Đang thực hiện',
    '"Đánh giá tiến độ: Đang thực hiện; Đã thực hiện rà soát',
    '- Đang thực hiện',
    '• Đang thực hiện',
    '1. Đang thực hiện',
    'Kết quả: Đang thực hiện',
    '<p>Đánh giá tiến độ:&nbsp;<b>Đang thực hiện</b></p>',
    'Đánh giá tiến độ:\n- Đang thực hiện',
  ])('%j', (text) => {
    expect(parseStatus(text)).toEqual({
      status: 'IN_PROGRESS',
      phrase: 'Đang thực hiện',
      flags: [],
    });
  });
});

describe('text that is not a status', () => {
  it.each([
    'Hoàn thiện hồ sơ',
    'Thông tin chưa đầy đủ',
    '535/1.086 (49,26%)',
    'Tỷ lệ 49,26%',
    '03 Bộ có điểm số trên 60',
    'Toàn thành phố đã triển khai',
    'Hoàng Thanh Tùng',
    'Dạng văn bản điện tử',
    'Con số 13 của tháng trước',
    'Thực hiện rà soát văn bản quy phạm pháp luật',
    'Hoànthành',
    '14 bộ, ngành: Công an, Ngoại giao, Tài chính',
    'Văn bản chỉ đạo số 12/CĐ-TTg',
    'Bộ Y tế: 01 văn đề',
  ])('%j is UNKNOWN', (text) => {
    expect(parseStatus(text).status).toBe('UNKNOWN');
  });

  it('does not take "cho" (for) as waiting in an unaccented cell', () => {
    expect(parseStatus('Hoan thanh cho ca nuoc').flags).toEqual(['fuzzy']);
  });

  it('does not take "đang cho phép" as waiting', () => {
    expect(parseStatus('Đang cho phép thí điểm')).toMatchObject({
      status: 'IN_PROGRESS',
      flags: [],
    });
  });

  it('reads null as UNKNOWN', () => {
    expect(parseStatus(null)).toEqual({ status: 'UNKNOWN', phrase: '', flags: [] });
  });
});

describe('a status column cell', () => {
  it('is read by its leading phrase', () => {
    expect(parseStatus('Đang triển khai', { source: 'status' }).status).toBe('IN_PROGRESS');
    expect(parseStatus('Đã', { source: 'status' }).status).toBe('DONE');
  });

  it('does not look for a status behind a subject', () => {
    expect(parseStatus('Bộ TTTT đã thiết lập hệ thống', { source: 'status' }).status).toBe(
      'UNKNOWN',
    );
    expect(parseStatus('Bộ Tư pháp còn 02 vấn đề', { source: 'status' }).status).toBe('UNKNOWN');
  });
});
