import { localAddress, parseAddressList } from '../../src/excel/parseAddressList';

describe('parseAddressList', () => {
  test.each([
    ['Sheet1!B3', [{ top: 3, left: 2, bottom: 3, right: 2 }]],
    ["'Phụ lục I'!A1:F86", [{ top: 1, left: 1, bottom: 86, right: 6 }]],
    [
      "'Bộ, ngành''s'!A1:B2, 'Bộ, ngành''s'!D4",
      [
        { top: 1, left: 1, bottom: 2, right: 2 },
        { top: 4, left: 4, bottom: 4, right: 4 },
      ],
    ],
    ['S!A:C', [{ top: 1, left: 1, bottom: 1_048_576, right: 3 }]],
    ['S!$3:$5', [{ top: 3, left: 1, bottom: 5, right: 16_384 }]],
    ["'a!b'!$B$2", [{ top: 2, left: 2, bottom: 2, right: 2 }]],
  ])('%s', (address, areas) => {
    expect(parseAddressList(address)).toEqual(areas);
  });

  test.each(['', 'S!', 'S!A1:', 'S!A1, S!?'])('rejects %j', (address) => {
    expect(parseAddressList(address)).toBeNull();
  });
});

describe('localAddress', () => {
  test('drops sheet names, quoted or not', () => {
    expect(localAddress('Sheet1!A1:B4, Sheet1!D1')).toBe('A1:B4, D1');
    expect(localAddress("'Bộ, ngành''s'!A:C")).toBe('A:C');
    expect(localAddress('B3')).toBe('B3');
  });
});
