import fc from 'fast-check';
import { parseStatus } from '../../../src/core/parse/parseStatus';
import type { ParseStatusOptions } from '../../../src/core/parse/parseStatus';
import { STATUS_PHRASES } from '../../../src/core/parse/statusPhrases';
import { statusReadingSchema } from '../../../src/core/parse/statusSchema';
import { cleanLine } from '../../../src/core/text/normalizeText';

const WORDS = [
  'Đã',
  'đã',
  'Đang',
  'đang',
  'Chưa',
  'chưa',
  'Còn',
  'còn',
  'hoàn',
  'thành',
  'thực',
  'hiện',
  'thường',
  'xuyên',
  'chờ',
  'cho',
  'xin',
  'lùi',
  'Bộ',
  'Sở',
  'dự',
  'kiến',
  'và',
  'tuy',
  'nhiên',
  'bước',
  'đầu',
  'Đánh',
  'giá',
  'tiến',
  'độ:',
  '59/63',
  '25/25',
  '02/10',
  '1/12/2023',
  '6/2024',
  '49,26%',
  '80%',
  '.',
  ';',
  ':',
  '-',
  '–',
  '(',
  ')',
  ',',
  '"',
  '<p>',
  '</b>',
  '&nbsp;',
  '\n',
  '\t',
  '1.',
  '16',
];

const OPTIONS: fc.Arbitrary<ParseStatusOptions> = fc.record(
  {
    deadlineKind: fc.constantFrom('date', 'recurring', 'conditional', 'none', 'unparsed'),
    deadlineRecurring: fc.boolean(),
    source: fc.constantFrom('result', 'status'),
  },
  { requiredKeys: [] },
);

/** Text that looks like result cells: status words, figures, punctuation and markup in any order. */
const CELLS = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join('')),
);

function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Upper-cases the characters picked by `mask`, lower-cases the others. */
function recase(text: string, mask: readonly boolean[]): string {
  return Array.from(text, (char, i) =>
    mask[i % mask.length] === true ? char.toUpperCase() : char.toLowerCase(),
  ).join('');
}

describe('parseStatus properties', () => {
  it('never throws and always returns a valid reading', () => {
    fc.assert(
      fc.property(fc.option(CELLS, { nil: null }), OPTIONS, (text, options) => {
        const reading = parseStatus(text, options);
        expect(statusReadingSchema.safeParse(reading).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes its phrase from the cleaned cell', () => {
    fc.assert(
      fc.property(CELLS, OPTIONS, (text, options) => {
        const { phrase } = parseStatus(text, options);
        expect(cleanLine(text)).toContain(phrase);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a known phrase the same way whatever its case or accents', () => {
    const tails = ['', '.', ' .', ':', '; xem Phụ lục', '. Ghi chú', ' - Sở Tư pháp'];
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUS_PHRASES.map((phrase) => phrase.text)),
        fc.constantFrom(...tails),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        OPTIONS,
        (phrase, tail, mask, strip, options) => {
          const original = `${phrase}${tail}`;
          const variant = recase(strip ? stripAccents(original) : original, mask);
          expect(parseStatus(variant, options).status).toBe(parseStatus(original, options).status);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a known phrase the same way behind a label or a bullet', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUS_PHRASES.map((phrase) => phrase.text)),
        fc.constantFrom('Đánh giá tiến độ: ', 'Đánh giá tiên độ: ', '- ', '• ', '1. ', '<p>', ' '),
        OPTIONS,
        (phrase, prefix, options) => {
          expect(parseStatus(`${prefix}${phrase}`, options).status).toBe(
            parseStatus(phrase, options).status,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
