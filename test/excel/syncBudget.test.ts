import { packBySize } from '../../src/excel/syncBudget';

describe('packBySize', () => {
  test('everything within the limit: one span', () => {
    expect(packBySize([1, 2, 3], 6)).toEqual([{ start: 0, end: 3 }]);
  });

  test('a span closes before the item that would pass the limit', () => {
    expect(packBySize([4, 4, 4, 1], 8)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  test('an item larger than the limit is a span of its own', () => {
    expect(packBySize([1, 10, 1], 5)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  test('nothing: no span', () => {
    expect(packBySize([], 5)).toEqual([]);
  });

  test('spans cover every item once, in order, each within the limit unless alone', () => {
    const sizes = Array.from({ length: 200 }, (_, i) => ((i * 37) % 11) + 1);
    const spans = packBySize(sizes, 20);
    expect(spans.flatMap(({ start, end }) => sizes.slice(start, end))).toEqual(sizes);
    for (const { start, end } of spans) {
      const total = sizes.slice(start, end).reduce((a, b) => a + b, 0);
      expect(total <= 20 || end - start === 1).toBe(true);
    }
  });
});
