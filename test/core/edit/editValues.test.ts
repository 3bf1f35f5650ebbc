import { isUnchanged } from '../../../src/core/edit/editValues';

describe('isUnchanged', () => {
  it.each([
    [null, '', true],
    ['', '', true],
    ['x', '', false],
    ['x', null, true],
    [1, 1, true],
    [1, '1', false],
    ['1', '1', true],
    [45291, { date: '2023-12-31' }, true],
    ['31/12/2023', { date: '2023-12-31' }, false],
    [true, true, true],
  ] as const)('%j then %j: %s', (current, next, same) => {
    expect(isUnchanged(current, next)).toBe(same);
  });
});
