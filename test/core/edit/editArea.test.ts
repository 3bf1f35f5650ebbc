import { boundingRect, widenToMerges } from '../../../src/core/edit/editArea';

describe('widenToMerges', () => {
  it('grows until no merge sticks out, following merges that reach further merges', () => {
    const merges = [
      { top: 5, left: 4, bottom: 7, right: 4 },
      { top: 7, left: 3, bottom: 9, right: 3 },
      { top: 1, left: 1, bottom: 1, right: 6 },
    ];
    expect(widenToMerges({ top: 3, left: 1, bottom: 6, right: 4 }, merges)).toEqual({
      top: 3,
      left: 1,
      bottom: 9,
      right: 4,
    });
  });

  it('keeps a rectangle no merge crosses', () => {
    const rect = { top: 3, left: 1, bottom: 6, right: 4 };
    expect(widenToMerges(rect, [{ top: 8, left: 1, bottom: 9, right: 1 }])).toBe(rect);
  });
});

describe('boundingRect', () => {
  it('is null for no rectangle', () => {
    expect(boundingRect([])).toBeNull();
  });
});
