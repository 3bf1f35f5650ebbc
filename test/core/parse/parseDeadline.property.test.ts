import fc from 'fast-check';

import { daysInMonth, endOfMonth, endOfQuarter, toIso } from '../../../src/core/parse/calendar';
import { deadlineSchema } from '../../../src/core/parse/deadlineSchema';
import { findDatesInText, parseDeadline } from '../../../src/core/parse/parseDeadline';

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-composite' }),
);

/** Pieces of real deadline cells, so random texts reach deep into the parser, not only its door. */
const piece = fc.constantFrom(
  'Trước ngày',
  'trước',
  'ngày',
  'Hoàn thành',
  'trong',
  'Tháng',
  'tháng',
  'Quý',
  'quý',
  'năm',
  'Năm',
  'Từ',
  'bắt đầu từ',
  'đầu',
  'giữa',
  'nửa đầu năm',
  '6 tháng cuối năm',
  'và',
  '-',
  ',',
  ';',
  '(',
  ')',
  '\n',
  '/',
  '//',
  '.',
  'thường xuyên',
  'Thực hiện',
  'Theo lộ trình',
  'Khi có',
  'dự kiến',
  'điều chỉnh:',
  'xin lùi',
  'số 50/NQ-CP',
  'Đạt 90%',
  'top 15/63',
  'I',
  'II',
  'IV',
  'XII',
  '2022',
  '2024',
  '20224',
  '202',
  '0',
  '02',
  '6',
  '12',
  '13',
  '29',
  '30',
  '31',
  '007',
  '6/2024',
  '30/2/2023',
  '15/12/2023',
  '\u00a0',
  '\u0301',
);
const deadlineLike = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(' '));
const glued = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

const reportDate = fc.option(
  fc
    .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => endOfMonth(y, m)),
  { nil: undefined },
);

const anyFormat = fc.option(
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      'General',
      'dd/mm/yyyy',
      'm/d/yyyy',
      'd-mmm-yy',
      '0.00%',
      '#,##0',
      '[h]:mm',
      '@',
    ),
  ),
  { nil: undefined },
);

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.constantFrom(0, 60, 45473, 2024, 2958465, 2958466, Number.NaN, Number.POSITIVE_INFINITY, -0),
);

const anyCell = fc.oneof(anyText, deadlineLike, glued, anyNumber, fc.boolean(), fc.constant(null));

/** Valid days with their parts, over the years a four-digit year can write. */
const validDay = fc
  .record({
    y: fc.integer({ min: 1000, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));

const pad = (n: number, width: boolean): string => (width ? String(n).padStart(2, '0') : String(n));

describe('parseDeadline never throws and always fits the schema', () => {
  test('on any cell, number format and report date', () => {
    fc.assert(
      fc.property(anyCell, anyFormat, reportDate, (value, format, rd) => {
        const result = parseDeadline(value, format, rd === undefined ? {} : { reportDate: rd });
        expect(deadlineSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('none exactly when the cell is empty after cleaning', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, deadlineLike), (text) => {
        const result = parseDeadline(text);
        expect(result.kind === 'none').toBe(result.text === '');
      }),
    );
  });

  test('the due of a date is a real day, never inferred without a report date', () => {
    fc.assert(
      fc.property(deadlineLike, reportDate, (text, rd) => {
        const result = parseDeadline(text, undefined, rd === undefined ? {} : { reportDate: rd });
        if (result.kind !== 'date') return;
        const [y, m, d] = result.due.split('-').map(Number);
        expect(toIso(y ?? 0, m ?? 0, d ?? 0)).toBe(result.due);
        if (rd === undefined) expect(result.flags).not.toContain('year-inferred');
      }),
    );
  });
});

describe('findDatesInText never throws and its offsets hold', () => {
  test('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, deadlineLike, glued), (text) => {
        const tokens = findDatesInText(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          if (token.status === 'valid') expect(token.first <= token.last).toBe(true);
          previousEnd = token.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDeadline reads generated dates exactly', () => {
  test('"Trước ngày d/m/y" is that day, padded or not', () => {
    fc.assert(
      fc.property(validDay, fc.boolean(), fc.boolean(), ({ y, m, d }, padDay, padMonth) => {
        const text = `Trước ngày ${pad(d, padDay)}/${pad(m, padMonth)}/${y}`;
        expect(parseDeadline(text)).toEqual({
          kind: 'date',
          due: toIso(y, m, d),
          precision: 'day',
          text,
          recurring: false,
          flags: [],
        });
      }),
    );
  });

  test('a day that does not exist is unparsed and found invalid', () => {
    const impossible = fc
      .record({
        y: fc.integer({ min: 1000, max: 9999 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 29, max: 31 }),
      })
      .filter(({ y, m, d }) => d > daysInMonth(y, m));
    fc.assert(
      fc.property(impossible, ({ y, m, d }) => {
        const text = `Trước ngày ${d}/${m}/${y}`;
        expect(parseDeadline(text)).toEqual({ kind: 'unparsed', text });
        expect(findDatesInText(text)).toMatchObject([
          { status: 'invalid', problem: 'day-out-of-range' },
        ]);
      }),
    );
  });

  test('"Tháng m/y" is the last day of that month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (y, m, padMonth) => {
          expect(parseDeadline(`Tháng ${pad(m, padMonth)}/${y}`)).toMatchObject({
            kind: 'date',
            due: endOfMonth(y, m),
            precision: 'month',
          });
        },
      ),
    );
  });

  test('"Quý q/y" in Roman or Arabic numerals is the last day of that quarter', () => {
    const roman = ['I', 'II', 'III', 'IV'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (y, q, useRoman) => {
          const written = useRoman ? (roman[q - 1] ?? '') : String(q);
          expect(parseDeadline(`Quý ${written}/${y}`)).toMatchObject({
            kind: 'date',
            due: endOfQuarter(y, q),
            precision: 'quarter',
          });
        },
      ),
    );
  });

  test('an Excel serial in a date format is the day it counts to', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const result = parseDeadline(serial, 'dd/mm/yyyy');
        expect(result.kind).toBe('date');
        if (result.kind !== 'date') return;
        const [yy, mm, dd] = result.due.split('-');
        expect(result.text).toBe(`${dd}/${mm}/${yy}`);
      }),
    );
  });
});
