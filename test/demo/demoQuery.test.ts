import { demoSearch, readDemoQuery } from '../../src/demo/demoQuery';

describe('readDemoQuery', () => {
  it('is Vietnamese with the default sample when the address says nothing', () => {
    expect(readDemoQuery('')).toEqual({
      locale: 'vi',
      sample: 'bao-cao-230-cham-muon-T01-2024.xlsx',
    });
  });

  it('reads ?lang=en and ?sample=', () => {
    expect(readDemoQuery('?lang=en&sample=chi-thi-05-2023-phu-luc.xlsx')).toEqual({
      locale: 'en',
      sample: 'chi-thi-05-2023-phu-luc.xlsx',
    });
    expect(readDemoQuery('?lang=en-GB').locale).toBe('en');
    expect(readDemoQuery('?lang=fr').locale).toBe('vi');
  });

  it('falls back to the default sample for a name it does not bundle', () => {
    expect(readDemoQuery('?sample=..%2Fmanifest.xml').sample).toBe(
      'bao-cao-230-cham-muon-T01-2024.xlsx',
    );
  });

  it('writes the address back, keeping the language', () => {
    const query = { locale: 'en', sample: 'chi-thi-05-2023-phu-luc.xlsx' } as const;
    expect(demoSearch(query)).toBe('?lang=en&sample=chi-thi-05-2023-phu-luc.xlsx');
    expect(readDemoQuery(demoSearch(query))).toEqual(query);
    expect(demoSearch({ ...query, locale: 'vi' })).toBe('?sample=chi-thi-05-2023-phu-luc.xlsx');
  });
});
