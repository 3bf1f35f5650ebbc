import fc from 'fast-check';
import {
  cellAddress,
  columnLetter,
  columnNumber,
  parseRangeAddress,
  rangeAddress,
} from '../../../src/core/table/address';

describe('A1 addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %d is %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('round-trips every column', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (n) => {
        expect(columnNumber(columnLetter(n))).toBe(n);
      }),
    );
  });

  it('writes and parses cells and ranges', () => {
    expect(cellAddress(3, 2)).toBe('B3');
    expect(rangeAddress(4, 1, 38, 6)).toBe('A4:F38');
    expect(rangeAddress(2, 2, 2, 2)).toBe('B2');
    expect(parseRangeAddress("'Trang 1'!$B$3:C4")).toEqual({
      top: 3,
      left: 2,
      bottom: 4,
      right: 3,
    });
    expect(parseRangeAddress('Sheet1!D5')).toEqual({ top: 5, left: 4, bottom: 5, right: 4 });
    expect(parseRangeAddress('C4:A1')).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
  });

  it.each(['', 'A', '3', 'A0', '1A', 'ABCD1', 'A1:'])('%j is not an address', (text) => {
    expect(parseRangeAddress(text)).toBeNull();
  });
});
