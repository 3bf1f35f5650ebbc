import fc from 'fast-check';
import { detectDelimiter, parseDelimited } from '../../../src/core/text/parseDelimited';

describe('parseDelimited', () => {
  it('splits tab-separated clipboard text, keeping empty fields and blank lines', () => {
    expect(parseDelimited('STT\tNội dung\n1\tA\t\n\n2\tB\n')).toEqual([
      ['STT', 'Nội dung'],
      ['1', 'A', ''],
      [''],
      ['2', 'B'],
    ]);
  });

  it('reads quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseDelimited('a,"b, c","say ""hi""","x\ny"\r\n1,2,3,4', ',')).toEqual([
      ['a', 'b, c', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('keeps a pasted cell that merely starts with a quotation mark', () => {
    expect(parseDelimited('1\t"Đăng ký khai sinh" và "khai tử\t2', '\t')).toEqual([
      ['1', '"Đăng ký khai sinh" và "khai tử', '2'],
    ]);
  });

  it('drops a byte-order mark', () => {
    expect(parseDelimited('\ufeffSTT,Nhiệm vụ', ',')).toEqual([['STT', 'Nhiệm vụ']]);
  });

  it('detects the delimiter', () => {
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a,b')).toBe(',');
  });

  it('round-trips any table of quoted fields and never throws', () => {
    const field = fc.string({ unit: 'grapheme', maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (rows) => {
          const text = rows
            .map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(','))
            .join('\n');
          expect(parseDelimited(text, ',')).toEqual(rows);
        },
      ),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void parseDelimited(text)));
  });
});
