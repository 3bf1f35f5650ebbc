import {
  GENERATED_SHEETS_SETTING,
  readGeneratedRecord,
} from '../../../src/core/summary/generatedRecord';

describe('readGeneratedRecord', () => {
  it('reads a stored record', () => {
    const record = { version: 1, sheets: [{ id: '{A1}', name: 'Tổng hợp' }] };
    expect(readGeneratedRecord(record)).toEqual(record);
  });

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'Tổng hợp'],
    ['another version', { version: 2, sheets: [] }],
    ['a sheet without an id', { version: 1, sheets: [{ id: '', name: 'Tổng hợp' }] }],
    ['sheets not a list', { version: 1, sheets: 'Tổng hợp' }],
  ])('counts %s as no record: nothing is ours', (_, value) => {
    expect(readGeneratedRecord(value)).toEqual({ version: 1, sheets: [] });
  });

  it('is kept under one setting name', () => {
    expect(GENERATED_SHEETS_SETTING).toBe('da06.generated');
  });
});
