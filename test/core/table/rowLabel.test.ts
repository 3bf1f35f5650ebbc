import fc from 'fast-check';
import {
  isTotalLabel,
  parseHeadingLabel,
  parseRowNumber,
  statedTaskCount,
} from '../../../src/core/table/rowLabel';

describe('parseHeadingLabel', () => {
  it.each([
    ['A', 'section', 'A', ''],
    ['A.', 'section', 'A', ''],
    ['B. NHIỆM VỤ THEO CÁC CHỈ THỊ', 'section', 'B', 'NHIỆM VỤ THEO CÁC CHỈ THỊ'],
    ['#### B. NHIỆM VỤ KHÁC', 'section', 'B', 'NHIỆM VỤ KHÁC'],
    ['PHẦN C', 'section', 'C', ''],
    ['I', 'group', 'I', ''],
    ['II.', 'group', 'II', ''],
    ['IV:', 'group', 'IV', ''],
    ['X', 'group', 'X', ''],
    ['XIV) Tuyên truyền', 'group', 'XIV', 'Tuyên truyền'],
    ['I: Nhiệm vụ chung của các bộ', 'group', 'I', 'Nhiệm vụ chung của các bộ'],
  ])('%j → %s %s', (text, level, label, title) => {
    expect(parseHeadingLabel(text)).toEqual({ level, label, title });
  });

  it.each([
    '1',
    '1.',
    'STT',
    'TT',
    'UBND tỉnh',
    'VPCP chủ trì',
    'Vi phạm',
    'VỀ PHÁP LÝ',
    'IIII',
    'IC',
    'Bộ Công an',
    '',
  ])('%j is not a heading label', (text) => {
    expect(parseHeadingLabel(text)).toBeNull();
  });
});

describe('row numbers, counts and totals', () => {
  it.each([
    ['1', '1'],
    ['1.', '1'],
    ['01', '01'],
    ['12)', '12'],
    ['1.2', '1.2'],
    ['a)', 'a'],
  ])('%j is row number %j', (text, stt) => {
    expect(parseRowNumber(text)).toBe(stt);
  });

  it.each(['', 'A', 'I.', 'Một', '1/2', '-'])('%j is not a row number', (text) => {
    expect(parseRowNumber(text)).toBeNull();
  });

  it('reads a stated task count from a heading', () => {
    expect(statedTaskCount('Về pháp lý (03 nhiệm vụ)')).toBe(3);
    expect(statedTaskCount('Nhiệm vụ cụ thể của các bộ, ngành (10 NHIỆM VỤ)')).toBe(10);
    expect(statedTaskCount('Nhiệm vụ cụ thể (gồm 10 đơn vị)')).toBeNull();
    expect(statedTaskCount('Nhiệm vụ chung')).toBeNull();
  });

  it('recognises totals rows', () => {
    expect(
      ['Tổng', 'Tổng cộng', 'TỔNG SỐ', 'Cộng', 'Tổng số: 72', 'Cộng 15'].every(isTotalLabel),
    ).toBe(true);
    expect(['Tổ công tác', 'Công an tỉnh', 'Tổng cục Thuế', 'Cộng đồng'].some(isTotalLabel)).toBe(
      false,
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        parseHeadingLabel(text);
        parseRowNumber(text);
        statedTaskCount(text);
      }),
    );
  });
});
