import fc from 'fast-check';
import { parseVietnameseNumber, toNumber } from '../../../src/core/text/parseNumber';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.086', 1086, false],
    ['3.183.845', 3183845, false],
    ['49,26%', 49.26, true],
    ['100,00 %', 100, true],
    ['0,03%', 0.03, true],
    ['02', 2, false],
    ['2573', 2573, false],
    ['-5', -5, false],
    ['9,293', 9.293, false],
  ])('%s → %d', (text, value, percent) => {
    expect(parseVietnameseNumber(text)).toEqual({ value, percent });
  });

  it.each(['', 'abc', '1.5', '1.0860', '1,2,3', '%', '12/28', '1..086', '1.086.'])(
    '%j is not a number',
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );

  it('round-trips any integer written with thousand dots', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), (n) => {
        const written = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        expect(toNumber(written)).toBe(n);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseVietnameseNumber(text)));
  });
});
