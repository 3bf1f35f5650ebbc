import fc from 'fast-check';
import {
  compilePhrase,
  editDistance,
  findPhrase,
  foldChar,
  foldPhrase,
  foldWithOffsets,
  isWordChar,
  isWordEnd,
  isWordStart,
  matchPhraseAt,
  typoBudget,
  type CompiledPhrase,
  type PhraseHit,
} from '../../../src/core/text/fuzzy';
import { foldForMatch } from '../../../src/core/text/normalizeText';

describe('foldChar and foldWithOffsets', () => {
  it('folds Vietnamese letters like foldForMatch', () => {
    expect(foldChar('Ữ')).toBe('u');
    expect(foldChar('Đ')).toBe('d');
    expect(foldChar('ð')).toBe('d');
    expect(foldChar('7')).toBe('7');
    expect(foldWithOffsets('Đánh giá tiến độ: Đã hoàn thành').folded).toBe(
      foldForMatch('Đánh giá tiến độ: Đã hoàn thành'),
    );
  });

  it('maps every folded character back to its source', () => {
    const source = 'Chưa hoản thành 😀 Đ';
    const { folded, offsets } = foldWithOffsets(source);
    expect(offsets).toHaveLength(folded.length + 1);
    expect(offsets[folded.length]).toBe(source.length);
    const start = folded.indexOf('hoan');
    expect(source.slice(offsets[start], offsets[start + 'hoan thanh'.length])).toBe('hoản thành');
  });

  it('keeps the offsets of decomposed input (NFD)', () => {
    const source = 'Đã hoàn thành'.normalize('NFD');
    const { folded, offsets } = foldWithOffsets(source);
    expect(folded).toBe('da hoan thanh');
    expect(source.slice(offsets[3], offsets[7]).normalize('NFC')).toBe('hoàn');
  });

  it('makes an ASCII digit only of an ASCII digit, on every code point', () => {
    // findDatesInText skips the folding of a text without digits: folding must make none.
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const digit = code >= 0x30 && code <= 0x39;
      if (/[0-9]/.test(foldChar(char)) !== digit)
        expect(char).toBe(`no digit: U+${code.toString(16)}`);
    }
  });

  it('folds a phrase with single spaces', () => {
    expect(foldPhrase('  Đang   triển\tkhai ')).toBe('dang trien khai');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['thanh', 'tthanh', 1],
    ['khai', 'rkhai', 1],
    ['thanh', 'thnah', 1],
    ['thanh', 'thien', 3],
  ])('%j → %j is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops at max + 1', () => {
    expect(editDistance('hoan thanh', 'xyz', 1)).toBe(2);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
  });

  it('is a distance', () => {
    const word = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(a, a)).toBe(0);
        expect(d).toBe(editDistance(b, a));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
      }),
    );
  });
});

describe('typoBudget and compilePhrase', () => {
  it('allows no typo in short phrases, more in long ones', () => {
    expect(typoBudget(3)).toBe(0);
    expect(typoBudget(7)).toBe(0);
    expect(typoBudget(10)).toBe(1);
    expect(typoBudget(20)).toBe(2);
  });

  it('compiles the folded phrase, its first word and its budget', () => {
    expect(compilePhrase('Đã hoàn thành')).toEqual({
      phrase: 'Đã hoàn thành',
      folded: 'da hoan thanh',
      firstWord: 'da',
      maxEdits: 1,
      exactFirstWord: true,
    });
    expect(compilePhrase('Chờ', { maxEdits: 1, exactFirstWord: false })).toMatchObject({
      maxEdits: 1,
      exactFirstWord: false,
    });
  });
});

describe('matchPhraseAt', () => {
  const done = compilePhrase('Đã hoàn thành');
  const match = (text: string, phrase = done, at = 0) =>
    matchPhraseAt(foldWithOffsets(text).folded, at, phrase);

  it('matches exactly, whatever the case and accents', () => {
    expect(match('ĐÃ HOÀN THÀNH việc')).toEqual({ start: 0, end: 13, edits: 0 });
    expect(match('Da hoan thanh')).toEqual({ start: 0, end: 13, edits: 0 });
  });

  it('matches with a typo within the budget', () => {
    expect(match('Đã hoàn tthành.')).toEqual({ start: 0, end: 14, edits: 1 });
    expect(match('Đã hòan thànhh')).toEqual({ start: 0, end: 14, edits: 1 });
    expect(match('Đang triên rkhai', compilePhrase('Đang triển khai'))).toEqual({
      start: 0,
      end: 16,
      edits: 1,
    });
  });

  it('prefers the end with the fewest edits', () => {
    expect(match('Đã hoàn thành h')).toEqual({ start: 0, end: 13, edits: 0 });
  });

  it('refuses other words', () => {
    expect(match('Đã hoàn thiện')).toBeNull();
    expect(match('Đã hoàn tthànhh')).toBeNull();
    expect(match('Hoàn thiện hồ sơ', compilePhrase('Hoàn thành'))).toBeNull();
    expect(match('Hoàng Thanh', compilePhrase('Hoàn thành'))).toBeNull();
  });

  it('needs the first word exactly unless told otherwise', () => {
    const city = 'Toàn thành phố';
    expect(match(city, compilePhrase('Hoàn thành'))).toBeNull();
    expect(match(city, compilePhrase('Hoàn thành', { exactFirstWord: false }))).toEqual({
      start: 0,
      end: 10,
      edits: 1,
    });
  });

  it('starts and ends on word boundaries', () => {
    expect(match('Chưa hoàn thành', done, 1)).toBeNull();
    expect(match('Đã hoàn thànhxyz')).toBeNull();
    expect(match('xĐã hoàn thành', done, 1)).toBeNull();
    expect(match('Chưa hoàn thành', compilePhrase('Hoàn thành'), 5)).toEqual({
      start: 5,
      end: 15,
      edits: 0,
    });
  });

  it('finds nothing in empty text or for an empty phrase', () => {
    expect(match('')).toBeNull();
    expect(match('Đã hoàn thành', compilePhrase(''))).toBeNull();
  });

  it('picks the end an edit distance per end would pick (its table is reused between calls)', () => {
    // The slow way: one `editDistance` per end of the window, the same choice among the ends.
    const slowly = (folded: string, at: number, phrase: CompiledPhrase): PhraseHit | null => {
      const pattern = phrase.folded;
      if (pattern.length === 0 || !isWordStart(folded, at)) return null;
      if (
        phrase.exactFirstWord &&
        /^[\p{L}\p{N}]*/u.exec(folded.slice(at))?.[0] !== phrase.firstWord
      )
        return null;
      const window = Math.min(folded.length - at, pattern.length + phrase.maxEdits);
      let best: PhraseHit | null = null;
      for (let j = 1; j <= window; j += 1) {
        const edits = editDistance(pattern, folded.slice(at, at + j));
        const end = at + j;
        if (edits > phrase.maxEdits || !isWordChar(folded[end - 1]) || !isWordEnd(folded, end))
          continue;
        const closer =
          best !== null &&
          edits === best.edits &&
          Math.abs(j - pattern.length) < Math.abs(best.end - at - pattern.length);
        if (best === null || edits < best.edits || closer) best = { start: at, end, edits };
      }
      return best;
    };
    const letters = fc.constantFrom('a', 'b', 'n', 'h', ' ', '.');
    fc.assert(
      fc.property(
        fc.string({ unit: letters, maxLength: 40 }),
        fc.nat(40),
        fc.string({ unit: letters, maxLength: 20 }),
        fc.nat(3),
        fc.boolean(),
        (text, at, words, maxEdits, exactFirstWord) => {
          const phrase = compilePhrase(words, { maxEdits, exactFirstWord });
          expect(matchPhraseAt(text, at, phrase)).toEqual(slowly(text, at, phrase));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('findPhrase', () => {
  it('finds the first match at a word start', () => {
    const { folded } = foldWithOffsets('Đơn vị xin lùi lộ trình, xin lui lần nữa');
    expect(findPhrase(folded, compilePhrase('xin lùi'))).toEqual({ start: 7, end: 14, edits: 0 });
    expect(findPhrase(folded, compilePhrase('xin lùi'), 8)).toEqual({
      start: 25,
      end: 32,
      edits: 0,
    });
    expect(findPhrase(folded, compilePhrase('gia hạn'))).toBeNull();
  });
});

describe('word boundaries', () => {
  it('knows where words start and end', () => {
    expect(isWordStart('ab cd', 0)).toBe(true);
    expect(isWordStart('ab cd', 1)).toBe(false);
    expect(isWordStart('ab cd', 3)).toBe(true);
    expect(isWordEnd('ab cd', 2)).toBe(true);
    expect(isWordEnd('ab cd', 1)).toBe(false);
    expect(isWordEnd('ab', 2)).toBe(true);
  });

  it('never matches outside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.nat(40),
        fc.string({ maxLength: 15 }),
        (text, at, phrase) => {
          const { folded } = foldWithOffsets(text);
          const hit = matchPhraseAt(folded, at, compilePhrase(phrase));
          if (hit) {
            expect(hit.start).toBe(at);
            expect(hit.end).toBeGreaterThan(at);
            expect(hit.end).toBeLessThanOrEqual(folded.length);
          }
        },
      ),
    );
  });
});
