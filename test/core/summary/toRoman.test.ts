import { toRoman } from '../../../src/core/summary/toRoman';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [99, 'XCIX'],
    [2024, 'MMXXIV'],
  ])('%i → %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });
});
