import fc from 'fast-check';
import {
  assignSheetNames,
  shorten,
  validSheetName,
} from '../../../src/core/summary/assignSheetNames';
import { foldCase } from '../../../src/core/summary/foldCase';
import { sheetSpecSchema } from '../../../src/core/summary/sheetSpec';

/** What Excel asks of a sheet name (its length counted as Excel and zod count: UTF-16 units). */
function expectValid(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name).not.toMatch(/[\\/?*[\]:]/);
  expect(name).not.toMatch(/^'|'$/);
  expect(name.trim()).toBe(name);
  expect(name).not.toBe('');
  expect(foldCase(name)).not.toBe('history');
}

describe('validSheetName', () => {
  it.each([
    ['Bộ Công an', 'Bộ Công an'],
    ['Ban chỉ đạo: Đề án 06 / 2024', 'Ban chỉ đạo Đề án 06 2024'],
    ['[Nháp]*?', 'Nháp'],
    ["'Trích'", 'Trích'],
    ['   ', 'Trang'],
    ['::', 'Trang'],
    ["':'Ban", 'Ban'],
    ["Ban ' :", 'Ban'],
    ['UBND thành phố Hồ Chí Minh và các quận', 'UBND thành phố Hồ Chí Minh và'],
  ])('%j → %j', (name, valid) => {
    expect(validSheetName(name)).toBe(valid);
  });

  it('composes Vietnamese letters written decomposed, so names compare as they look', () => {
    expect(validSheetName('Bo\u0302\u0323 Y te\u0302\u0301')).toBe('Bộ Y tế');
  });

  it('never splits a character outside the Basic Plane, and counts it as Excel does', () => {
    const name = `${'a'.repeat(30)}😀`;
    expect(validSheetName(name)).toBe('a'.repeat(30));
    expect(validSheetName(`${'a'.repeat(29)}😀x`)).toBe(`${'a'.repeat(29)}😀`);
  });
});

describe('shorten', () => {
  it('cuts at a word boundary when one is near, and drops trailing punctuation', () => {
    expect(shorten('Trung tâm Phục vụ hành chính công tỉnh', 31)).toBe(
      'Trung tâm Phục vụ hành chính',
    );
    expect(shorten('Bộ Tài chính, Bộ Công an', 14)).toBe('Bộ Tài chính');
  });

  it('leaves no apostrophe or space at the cut', () => {
    expect(shorten("Ban quản lý ' dự án", 14)).toBe('Ban quản lý');
  });

  it('cuts inside a long word when no boundary is near', () => {
    expect(shorten('Abcdefghijklmnopqrstuvwxyz', 10)).toBe('Abcdefghij');
  });
});

describe('assignSheetNames', () => {
  it('keeps the first claimant plain and numbers the rest, case-insensitively', () => {
    expect(assignSheetNames(['Bộ Y tế', 'BỘ Y TẾ', 'bộ y tế'], [])).toEqual([
      'Bộ Y tế',
      'BỘ Y TẾ (2)',
      'bộ y tế (3)',
    ]);
  });

  it('avoids the taken names, Đ and đ alike', () => {
    expect(
      assignSheetNames(['Đề án 06', 'Tổng hợp'], ['đề án 06', 'TỔNG HỢP', 'Tổng hợp (2)']),
    ).toEqual(['Đề án 06 (2)', 'Tổng hợp (3)']);
  });

  it('never takes the name Excel keeps for itself', () => {
    expect(assignSheetNames(['History', 'HISTORY'], [])).toEqual(['History (2)', 'HISTORY (3)']);
  });

  it('numbers a name of punctuation only from the fallback name', () => {
    expect(assignSheetNames(['-'.repeat(31), '-'.repeat(31)], [])).toEqual([
      '-'.repeat(31),
      'Trang (2)',
    ]);
  });

  it('shortens the base to leave room for the number', () => {
    const long = 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa';
    const [first, second] = assignSheetNames([long, long], []);
    expect(first).toBe('Trung tâm Phục vụ hành chính');
    expect(second).toBe('Trung tâm Phục vụ hành (2)');
  });

  it('gives every name valid, unique and no longer than 31 characters (property)', () => {
    const nameArbitrary = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom('a', 'A', 'Đ', 'đ', ' ', "'", ':', '/', '-', '(', '2', ')', '😀'),
        maxLength: 45,
      }),
      fc.string({ unit: fc.constantFrom('a', 'ệ', '😀'), minLength: 28, maxLength: 40 }),
      fc.constantFrom('History', 'Tổng hợp', 'Chậm muộn', 'Bộ Y tế', "'", ' (2)'),
    );
    fc.assert(
      fc.property(
        fc.array(nameArbitrary, { maxLength: 12 }),
        fc.array(nameArbitrary, { maxLength: 8 }),
        (wanted, taken) => {
          const names = assignSheetNames(wanted, taken);
          expect(names).toHaveLength(wanted.length);
          for (const name of names) {
            expectValid(name);
            expect(sheetSpecSchema.shape.name.safeParse(name).success).toBe(true);
          }
          const folded = names.map(foldCase);
          expect(new Set(folded).size).toBe(names.length);
          const takenFolded = new Set(taken.map(foldCase));
          for (const name of folded) expect(takenFolded.has(name)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
