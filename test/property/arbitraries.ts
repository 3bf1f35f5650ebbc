import fc from 'fast-check';
import type { CellValue, Grid, MergeArea } from '../../src/core/table/grid';

/**
 * Real fragments of Đề án 06 cells (test/fixtures, /work/shared/domain/vocabulary.md) and the
 * hostile input of issue 9: random graphemes alone rarely reach past a parser's first check.
 */
export const FRAGMENTS = [
  'Quý I/2024',
  'Tháng 13/2024',
  '30/02/2024',
  'Năm 2023',
  'Trước ngày 15/12/2023',
  'trong quý II',
  '6 tháng cuối năm',
  'Thường xuyên',
  '16 bộ, ngành, gồm:',
  '03 nhiệm vụ',
  '(05 nhiệm vụ)',
  'Bộ Công an',
  'Bộ công an',
  'BCA',
  'C06 - Bộ Công an',
  'Văn phòng Chính phủ',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'UBND các tỉnh, thành phố',
  'Sở Tư pháp',
  'Đã hoàn thành',
  'Chưa hoàn thành',
  'Đang thực hiện',
  'Chậm',
  'quá hạn',
  'Đạt 90%',
  '45/63 tỉnh',
  '1.234,5',
  'Tổng cộng',
  'STT',
  'Nội dung, nhiệm vụ',
  'Thời hạn',
  'Kết quả',
  'I.',
  'II',
  'A',
  'B.',
  '1',
  '1.',
  '01',
  '2.3',
  '-----',
  '#REF!',
  '#N/A',
  '#VALUE!',
  '<b>',
  '</b>',
  '<br>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&nbsp;',
  '&amp;',
  '&#7841;',
  '&lt;b&gt;',
  '&amp;nbsp;',
  '=HYPERLINK("http://x","y")',
  '=HYPERLINK(',
  '+1+1',
  '@SUM(A1)',
  '-2+3',
  '"',
  '""',
  ';',
  ',',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\ufeff',
  ' ',
  'Nghị quyết số 50/NQ-CP',
  'Hoàn thành',
  // The same words precomposed (NFC) and decomposed (NFD): pastes from PDF and macOS give NFD.
  'Hoàn thành'.normalize('NFD'),
  'Đã hoàn thành'.normalize('NFD'),
  'Bộ Công an'.normalize('NFD'),
  'Quý I/2024'.normalize('NFD'),
  '\u0301',
  '\u0323',
] as const;

export const fragment = fc.constantFrom(...FRAGMENTS);

/** Random graphemes, kept short so each property stays well under a few seconds. */
export const shortText = fc.string({ unit: 'grapheme', maxLength: 12 });

/** A text mixing domain fragments and random graphemes, joined with or without spaces. */
export const domainText = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 1, arbitrary: shortText }), {
      maxLength: 6,
    }),
    fc.constantFrom(' ', '', '\n'),
  )
  .map(([parts, glue]) => parts.join(glue));

/** Any text a cell or a paste can carry, hostile kinds included. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: domainText },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** A cell value as the readers give it: text, numbers (Excel date serials too), booleans, empty. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: anyText },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer({ min: -10, max: 50_000 }),
      // Finite only: Excel holds no NaN or infinity, and the grid schema refuses them.
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(45473, 0, 2024),
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
);

export const HEADER = [
  'STT',
  'Nội dung, nhiệm vụ',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn',
  'Kết quả',
  'Sản phẩm',
] as const;
export const WIDTH = HEADER.length;

/** A row label of each kind the reader tells apart: section, group, task number, none. */
const label = fc.constantFrom<CellValue>(
  'A',
  'B.',
  'I',
  'II.',
  'III:',
  '1',
  '2.',
  '01',
  '1.1',
  'Tổng cộng',
  null,
);

/** Body rows as staff write them: a label, then texts; some rows are blank or a lone heading. */
const bodyRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(label, ...HEADER.slice(1).map(() => cellValue)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(label, anyText)
      .map(([l, t]): CellValue[] => [l, t, ...Array<CellValue>(WIDTH - 2).fill(null)]),
  },
  { weight: 1, arbitrary: fc.constant(Array<CellValue>(WIDTH).fill(null)) },
  { weight: 1, arbitrary: fc.constant<CellValue[]>([...HEADER]) },
);

/**
 * A task table grid: title lines, the header, body rows, and horizontal merges over empty
 * followers (heading rows merged across, as Excel keeps them).
 */
export const taskGrid: fc.Arbitrary<Grid> = fc
  .record({
    titles: fc.array(anyText, { maxLength: 2 }),
    rows: fc.array(bodyRow, { minLength: 1, maxLength: 8 }),
    mergeRows: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ titles, rows, mergeRows }) => {
    const values: CellValue[][] = [
      ...titles.map((t): CellValue[] => [t, ...Array<CellValue>(WIDTH - 1).fill(null)]),
      [...HEADER],
      ...rows.map((row) => [...row]),
    ];
    const first = titles.length + 1;
    const merges: MergeArea[] = [];
    for (const n of new Set(mergeRows.map((m) => first + (m % rows.length)))) {
      const row = values[n];
      if (!row) continue;
      // The followers of a merged area read empty: a merge from B across the rest of the row.
      for (let c = 2; c < WIDTH; c++) row[c] = null;
      merges.push({ top: n + 1, left: 2, bottom: n + 1, right: WIDTH });
    }
    return { sheet: 'Trang1', origin: { row: 1, column: 1 }, values, merges };
  });

/** Any grid at all, ragged rows included: for the "never throws" properties. */
export const anyGrid: fc.Arbitrary<Grid> = fc
  .array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 10 })
  .map((values) => ({ sheet: 'Trang1', origin: { row: 1, column: 1 }, values, merges: [] }));

export const reportDate = fc.constantFrom('2024-01-31', '2024-06-30', '2023-02-23', '2024-12-31');
