import fc from 'fast-check';
import { agencyEntries } from '../../../src/core/parse/agencies.data';
import { resolveAgency } from '../../../src/core/parse/agencyRegistry';
import { findCountedAgencyLists, readAgencyList } from '../../../src/core/parse/agencyCountedList';
import { agencyReadingSchema } from '../../../src/core/parse/agencySchema';
import { parseAgencies } from '../../../src/core/parse/parseAgencies';
import { splitAgencyList } from '../../../src/core/parse/splitAgencyList';
import { cleanText, foldForMatch } from '../../../src/core/text/normalizeText';

const spellings = agencyEntries.flatMap((entry) =>
  [entry.name, ...entry.aliases, ...(entry.places ?? []), ...(entry.listForms ?? [])].map(
    (spelling) => ({
      spelling,
      id: entry.id,
    }),
  ),
);

const piece = fc.oneof(
  fc.constantFrom(...spellings.map(({ spelling }) => spelling)),
  fc.constantFrom(
    'Công an',
    'Tài chính',
    'Lao động, Thương binh và Xã hội',
    'Văn hóa, Thể thao và Du lịch',
    'Bà Rịa – Vũng Tàu',
    'chủ trì',
    'đồng chủ trì',
    'phối hợp',
    'phối hợp với',
    'phốihợp',
    'và',
    'các',
    'có liên quan',
    'cấp tỉnh',
    '02 bộ, ngành:',
    '13 bộ, ngành (đặc biệt',
    'UBND 06 địa phương (gồm:',
    'gồm:',
    'đặc biệt',
    'xây dựng',
    'hệ thống',
    'người dân',
    'Hội',
    'Công ty ABC',
    '422/QĐ-TTg',
    '1.',
    '2)',
    '16',
    '11/22',
  ),
  fc.constantFrom(
    ';',
    ',',
    ' - ',
    ' – ',
    '/',
    '\n',
    '+',
    '•',
    '(',
    ')',
    '[',
    ']',
    ':',
    '.',
    '<br>',
    '&nbsp;',
    '"',
  ),
);
const agencyLike = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
const glued = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  agencyLike,
  glued,
);

/** The words of a text, without "và" and bare numbers (the only words a split may drop). */
function wordsOf(text: string): string {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [])
    .filter((word) => !/^\p{N}+$/u.test(word) && foldForMatch(word) !== 'va')
    .join('|');
}

describe('agency parsing properties', () => {
  it('never throws, and parseAgencies output validates', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('lead' as const, 'partners' as const),
        (text, column) => {
          splitAgencyList(text);
          readAgencyList(text);
          findCountedAgencyLists(text);
          resolveAgency(text);
          const reading = parseAgencies(text, column);
          expect(agencyReadingSchema.safeParse(reading).success).toBe(true);
          if (column === 'partners') expect(reading.lead).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('never yields an empty reading for a cell with words', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const reading = parseAgencies(text);
        const hasWords = /[\p{L}\p{N}]/u.test(cleanText(text));
        expect(reading.lead.length + reading.partners.length > 0).toBe(hasWords);
      }),
      { numRuns: 1500 },
    );
  });

  it('splitAgencyList never loses a word: items are the text, in order, minus separators', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cleaned = cleanText(text);
        const items = splitAgencyList(text);
        let from = 0;
        for (const item of items) {
          const at = cleaned.indexOf(item.text, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + item.text.length;
        }
        const kept = items.map((item) => wordsOf(item.text)).filter((words) => words !== '');
        expect(kept.join('|')).toBe(wordsOf(cleaned));
      }),
      { numRuns: 2000 },
    );
  });

  it('resolves every spelling whatever its case, accents and separators', () => {
    const variant = fc.record({
      entry: fc.constantFrom(...spellings),
      casing: fc.constantFrom('as-is', 'upper', 'lower'),
      accents: fc.boolean(),
      separator: fc.constantFrom(' - ', ' – ', ', ', ' '),
    });
    fc.assert(
      fc.property(variant, ({ entry, casing, accents, separator }) => {
        let text = entry.spelling.replace(/\s+[-–,]\s+|,\s+/gu, separator);
        if (accents) text = text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
        if (casing === 'upper') text = text.toUpperCase();
        if (casing === 'lower') text = text.toLowerCase();
        expect(resolveAgency(text)?.id).toBe(entry.id);
      }),
      { numRuns: 3000 },
    );
  });
});
