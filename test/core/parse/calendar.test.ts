import fc from 'fast-check';

import {
  addDays,
  daysInMonth,
  diffDays,
  endOfMonth,
  endOfQuarter,
  excelSerialToIso,
  isDateNumberFormat,
  isLeapYear,
  isoToExcelSerial,
  isValidDate,
  parseIso,
  romanToInt,
  startOfMonth,
  startOfQuarter,
  toIso,
} from '../../../src/core/parse/calendar';

describe('isLeapYear and daysInMonth', () => {
  test.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  test('months of 30 and 31 days; months that do not exist have none', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2023, 0)).toBe(0);
    expect(daysInMonth(2023, 13)).toBe(0);
    expect(daysInMonth(2023, 1.5)).toBe(0);
  });
});

describe('isValidDate', () => {
  test.each([
    [2024, 2, 29],
    [2023, 12, 31],
    [2022, 4, 8],
    [1, 1, 1],
    [9999, 12, 31],
  ])('%i-%i-%i exists', (y, m, d) => {
    expect(isValidDate(y, m, d)).toBe(true);
  });

  test.each([
    [2023, 2, 29],
    [2023, 2, 30],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 1],
    [2024, 1, 0],
    [2024, 1, 32],
    [0, 1, 1],
    [10000, 1, 1],
    [2024, 1, 1.5],
    [Number.NaN, 1, 1],
  ])('%d-%d-%d does not', (y, m, d) => {
    expect(isValidDate(y, m, d)).toBe(false);
  });
});

describe('toIso and parseIso', () => {
  test('pads and round-trips', () => {
    expect(toIso(2024, 6, 1)).toBe('2024-06-01');
    expect(toIso(33, 1, 2)).toBe('0033-01-02');
    expect(parseIso('2024-06-01')).toEqual({ year: 2024, month: 6, day: 1 });
  });

  test('refuses days that do not exist and malformed text', () => {
    expect(toIso(2023, 2, 29)).toBeNull();
    expect(parseIso('2023-02-29')).toBeNull();
    expect(parseIso('2024-6-1')).toBeNull();
    expect(parseIso('30/06/2024')).toBeNull();
    expect(parseIso('')).toBeNull();
  });
});

describe('period bounds', () => {
  test('months', () => {
    expect(startOfMonth(2024, 2)).toBe('2024-02-01');
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2023, 2)).toBe('2023-02-28');
    expect(endOfMonth(2024, 6)).toBe('2024-06-30');
    expect(endOfMonth(2024, 12)).toBe('2024-12-31');
  });

  test('quarters', () => {
    expect([1, 2, 3, 4].map((q) => [startOfQuarter(2024, q), endOfQuarter(2024, q)])).toEqual([
      ['2024-01-01', '2024-03-31'],
      ['2024-04-01', '2024-06-30'],
      ['2024-07-01', '2024-09-30'],
      ['2024-10-01', '2024-12-31'],
    ]);
  });

  test('a month outside 1–12 is a caller bug and throws', () => {
    expect(() => endOfMonth(2024, 13)).toThrow(RangeError);
  });
});

describe('addDays and diffDays', () => {
  test('cross months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(diffDays('2022-12-31', '2024-01-31')).toBe(396);
    expect(diffDays('2024-01-31', '2022-12-31')).toBe(-396);
  });

  test('malformed input gives null', () => {
    expect(addDays('2024-13-01', 1)).toBeNull();
    expect(addDays('2024-01-01', 0.5)).toBeNull();
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(diffDays('x', '2024-01-01')).toBeNull();
  });

  test('adding the difference lands on the other date', () => {
    const day = fc
      .record({
        y: fc.integer({ min: 1, max: 9999 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ y, m, d }) => isValidDate(y, m, d))
      .map(({ y, m, d }) => toIso(y, m, d) ?? '');
    fc.assert(
      fc.property(day, day, (a, b) => {
        const diff = diffDays(a, b);
        expect(diff).not.toBeNull();
        expect(addDays(a, diff ?? 0)).toBe(b);
      }),
    );
  });
});

describe('Excel serials (1900 date system)', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
    [45473, '2024-06-30'],
    [45473.75, '2024-06-30'],
    [2958465, '9999-12-31'],
  ])('%d is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  test.each([0, -1, 60, 2958466, Number.NaN, Number.POSITIVE_INFINITY])(
    '%d is no day',
    (serial) => {
      expect(excelSerialToIso(serial)).toBeNull();
    },
  );

  test('isoToExcelSerial inverts it', () => {
    expect(isoToExcelSerial('2024-06-30')).toBe(45473);
    expect(isoToExcelSerial('1900-01-01')).toBe(1);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
    expect(isoToExcelSerial('1899-12-31')).toBeNull();
    expect(isoToExcelSerial('2023-02-29')).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        fc.pre(serial !== 60);
        const iso = excelSerialToIso(serial);
        expect(iso).not.toBeNull();
        expect(isoToExcelSerial(iso ?? '')).toBe(serial);
      }),
    );
  });
});

describe('isDateNumberFormat', () => {
  test.each([
    'dd/mm/yyyy',
    'd/m/yyyy',
    'm/d/yyyy',
    'mm-dd-yy',
    'd-mmm-yy',
    'yyyy-mm-dd',
    '[$-vi-VN]dd/mm/yyyy',
    '[$-409]m/d/yy h:mm AM/PM',
    '[$-F800]dddd, mmmm dd, yyyy',
    'mmm-yy',
    'mmmm',
    'DD/MM/YYYY',
    '"Ngày" dd "tháng" mm "năm" yyyy',
  ])('%s is a date format', (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  test.each([
    'General',
    '0',
    '0.00',
    '0.00%',
    '#,##0',
    '#,##0.00 "đ"',
    '@',
    'h:mm',
    'h:mm:ss',
    '[h]:mm',
    'mm:ss',
    '[Red]0.00',
    '"day"0',
    '[$₫-42A] #,##0',
    '',
  ])('%s is not', (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });
});

describe('romanToInt', () => {
  test('I to XII, any case', () => {
    const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    expect(numerals.map(romanToInt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(romanToInt('iv')).toBe(4);
    expect(romanToInt('MCMXCIV')).toBe(1994);
  });

  test.each(['', 'IIII', 'IC', 'VX', 'IIV', 'A', '4', 'I I'])('%j is not a numeral', (text) => {
    expect(romanToInt(text)).toBeNull();
  });
});
