/**
 * Issue 9 §5: the hostile and odd inputs people paste or send, built at test time (no binary
 * fixtures in the repository). Each case is a file on disk plus what the CLI must make of it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** A cell as exceljs writes it: text, number, date, error or formula. */
export type SheetCell = ExcelJS.CellValue;

export const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Đơn vị chủ trì',
  'Thời hạn',
  'Kết quả',
  'Tình trạng',
] as const;

/** A plain, valid task row; cases replace one or two cells. */
export function taskRow(stt: number, overrides: Partial<Record<number, SheetCell>> = {}) {
  const row: SheetCell[] = [
    stt,
    `Triển khai nhiệm vụ số ${String(stt)}`,
    'Công an tỉnh',
    '31/12/2024',
    'Đã triển khai',
    'Đang thực hiện',
  ];
  for (const [index, value] of Object.entries(overrides)) row[Number(index)] = value;
  return row;
}

/** Column indexes of HEADER, so that cases say which cell they spoil. */
export const COL = { stt: 0, task: 1, lead: 2, deadline: 3, result: 4, status: 5 } as const;

/** Texts that must come back as plain text: never run, never a formula. */
export const SCRIPT_TEXTS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'] as const;
export const FORMULA_TEXTS = ['=HYPERLINK("http://x","y")', '+1+1', '@SUM(A1)', '-2+3'] as const;

const LONG_TEXT = 'Nhiệm vụ rất dài. '.repeat(1778).slice(0, 32_000);

/** What the CLI must do with a file. */
export type Expectation =
  /** A table is read: check exits 0 or 1, summarize and normalize write a workbook. */
  | {
      kind: 'table';
      /** Rules that must report something. */
      findings?: readonly string[];
      /** Rules that must report nothing. */
      silent?: readonly string[];
      /** Texts `normalize` must write back whole, as plain strings. */
      plainTexts?: readonly string[];
      /** Any written cell holding one of these must be a plain string. */
      markers?: readonly string[];
    }
  /** Nothing can be checked: exit 2 and one line on stderr for every command. */
  | { kind: 'unreadable' }
  /** check reports a finding (exit 1); summarize and normalize have no table to write (exit 2). */
  | { kind: 'no-table'; findings: readonly string[] };

export type HostileCase = {
  name: string;
  file: string;
  expect: Expectation;
  /** Writes the file into `dir`; resolves to its path. */
  build: (dir: string) => Promise<string>;
};

async function writeSheet(path: string, rows: readonly (readonly SheetCell[])[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ');
  for (const row of rows) sheet.addRow([...row]);
  await workbook.xlsx.writeFile(path);
}

function workbookCase(
  name: string,
  file: string,
  rows: readonly (readonly SheetCell[])[],
  expect: Expectation,
): HostileCase {
  return {
    name,
    file,
    expect,
    build: async (dir) => {
      const path = join(dir, file);
      await writeSheet(path, rows);
      return path;
    },
  };
}

function bytesCase(name: string, file: string, bytes: Uint8Array | string): HostileCase {
  return {
    name,
    file,
    expect: { kind: 'unreadable' },
    build: (dir) => {
      const path = join(dir, file);
      writeFileSync(path, bytes);
      return Promise.resolve(path);
    },
  };
}

/** The first bytes of a PNG: a picture renamed to .xlsx. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89,
]);

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The same hostile texts pasted into a tab-separated file: no workbook types to lean on. */
function tsvCase(): HostileCase {
  const rows = [
    HEADER,
    ...FORMULA_TEXTS.map((text, i) => taskRow(i + 1, { [COL.task]: text })),
    taskRow(5, { [COL.task]: SCRIPT_TEXTS[0], [COL.deadline]: 'Tháng 13/2024' }),
    taskRow(6, { [COL.deadline]: '30/02/2024' }),
  ];
  return {
    name: 'hostile texts in a .tsv',
    file: 'dan.tsv',
    expect: { kind: 'table', findings: ['invalid-date'], plainTexts: FORMULA_TEXTS },
    build: (dir) => {
      const path = join(dir, 'dan.tsv');
      writeFileSync(path, rows.map((row) => row.map(String).join('\t')).join('\n'));
      return Promise.resolve(path);
    },
  };
}

export const CASES: readonly HostileCase[] = [
  bytesCase('an empty .xlsx', 'rong.xlsx', new Uint8Array()),
  bytesCase('an empty .csv', 'rong.csv', new Uint8Array()),
  bytesCase('text named .xlsx', 'van-ban.xlsx', 'STT;Nhiệm vụ\n1;Không phải bảng tính\n'),
  bytesCase('a PNG named .xlsx', 'anh.xlsx', PNG),
  {
    name: 'a truncated zip',
    file: 'cut.xlsx',
    expect: { kind: 'unreadable' },
    build: async (dir) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Nhiệm vụ').addRows([[...HEADER], taskRow(1), taskRow(2)]);
      const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
      const path = join(dir, 'cut.xlsx');
      writeFileSync(path, buffer.subarray(0, Math.floor(buffer.length / 2)));
      return path;
    },
  },
  workbookCase('an empty sheet', 'trang-trong.xlsx', [], { kind: 'unreadable' }),
  workbookCase('a header with no rows', 'chi-tieu-de.xlsx', [HEADER], { kind: 'unreadable' }),
  workbookCase('no header at all', 'khong-tieu-de.xlsx', [taskRow(1), taskRow(2), taskRow(3)], {
    kind: 'no-table',
    findings: ['header-not-found'],
  }),
  workbookCase(
    'error cells (#REF!, #N/A, #DIV/0!)',
    'loi-o.xlsx',
    [
      HEADER,
      taskRow(1, { [COL.deadline]: { error: '#REF!' } }),
      taskRow(2, { [COL.lead]: { error: '#N/A' } }),
      taskRow(3, { [COL.result]: { error: '#DIV/0!' }, [COL.task]: { error: '#REF!' } }),
      // A formula whose cached result is an error reads the same as a typed one.
      taskRow(4, { [COL.lead]: { formula: 'VLOOKUP(A5,X:Y,2,0)', result: { error: '#N/A' } } }),
    ],
    // One cell_error (missing-value) per error cell; "#N/A" is no agency "N" and "A".
    {
      kind: 'table',
      findings: ['missing-value'],
      silent: ['agency-unknown', 'deadline-missing', 'deadline-unparsed', 'status-unknown'],
    },
  ),
  workbookCase(
    'real dates and date formulas in the deadline column',
    'ngay-that.xlsx',
    [
      HEADER,
      taskRow(1, { [COL.deadline]: date('2024-03-15') }),
      taskRow(2, {
        [COL.deadline]: { formula: 'DATE(2024,6,30)', result: date('2024-06-30') },
      }),
    ],
    { kind: 'table' },
  ),
  workbookCase(
    'numbers where text is expected',
    'so-thay-chu.xlsx',
    [HEADER, taskRow(1, { [COL.task]: 12345, [COL.lead]: 7 })],
    { kind: 'table' },
  ),
  workbookCase(
    '32,000-character cells',
    'o-dai.xlsx',
    [HEADER, taskRow(1, { [COL.task]: LONG_TEXT, [COL.result]: LONG_TEXT })],
    { kind: 'table' },
  ),
  workbookCase(
    'script and img onerror text',
    'script.xlsx',
    [
      HEADER,
      taskRow(1, { [COL.task]: SCRIPT_TEXTS[0], [COL.result]: SCRIPT_TEXTS[1] }),
      taskRow(2, { [COL.lead]: SCRIPT_TEXTS[1], [COL.status]: SCRIPT_TEXTS[0] }),
    ],
    // The reader strips only formatting tags of pasted reports: these stay whole, as text.
    { kind: 'table', plainTexts: SCRIPT_TEXTS },
  ),
  workbookCase(
    'formula-looking text',
    'cong-thuc.xlsx',
    [
      HEADER,
      ...FORMULA_TEXTS.map((text, i) =>
        taskRow(i + 1, { [COL.task]: text, [COL.result]: `${text} kết quả` }),
      ),
    ],
    { kind: 'table', plainTexts: FORMULA_TEXTS },
  ),
  workbookCase(
    'a month 13',
    'thang-13.xlsx',
    [HEADER, taskRow(1, { [COL.deadline]: 'Tháng 13/2024' }), taskRow(2)],
    { kind: 'table', findings: ['invalid-date'] },
  ),
  workbookCase(
    '30/02/2024',
    'ngay-30-2.xlsx',
    [HEADER, taskRow(1, { [COL.deadline]: '30/02/2024' }), taskRow(2)],
    { kind: 'table', findings: ['invalid-date'] },
  ),
  tsvCase(),
];
