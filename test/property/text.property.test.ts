import fc from 'fast-check';
import {
  cleanLine,
  cleanPlainText,
  cleanText,
  decodeEntities,
  foldForMatch,
  stripHtml,
} from '../../src/core/text/normalizeText';
import { foldWithOffsets } from '../../src/core/text/foldWithOffsets';
import { parseVietnameseNumber } from '../../src/core/text/parseNumber';
import { anyText } from './arbitraries';

/** Texts without "<": no tag to strip, so cleanText and cleanPlainText must agree. */
const tagFree = anyText.map((t) => t.replace(/</g, ''));

describe('text normalisation is idempotent on domain text', () => {
  it('cleanText, cleanLine, cleanPlainText and foldForMatch give the same text twice as once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const normalize of [cleanText, cleanLine, cleanPlainText, foldForMatch]) {
          const once = normalize(text);
          expect(normalize(once)).toBe(once);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cleanText is idempotent on markup, entities and accents mixed at random', () => {
    const unit = fc.constantFrom(
      '<',
      '>',
      '/',
      'b',
      'p',
      ' ',
      '&',
      'amp;',
      'lt;',
      'gt;',
      'nbsp;',
      '#824;',
      '#8203;',
      '\u200b',
      '\u0338',
      '\u0301',
      'e',
      '\n',
      '\r',
      '\u00a0',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('stripHtml is idempotent, never grows the text, and keeps text without tags', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = stripHtml(text);
        expect(stripHtml(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(tagFree, (text) => {
        // Entities stay as written: only parseHtmlTables decodes them.
        expect(cleanText(text)).toBe(cleanPlainText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('cleanText keeps line breaks apart and leaves no odd space or blank line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = cleanText(text);
        expect(clean).toBe(clean.normalize('NFC'));
        expect(clean).not.toMatch(/[\u00a0\t\r]| {2}|\n\n|^\s|\s$/);
        expect(cleanLine(text)).toBe(clean.replace(/\n/g, ' '));
      }),
      { numRuns: 200 },
    );
  });

  it('precomposed and decomposed Vietnamese clean and fold alike', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(cleanText(text.normalize('NFD'))).toBe(cleanText(text.normalize('NFC')));
        expect(foldForMatch(text.normalize('NFD'))).toBe(foldForMatch(text.normalize('NFC')));
      }),
      { numRuns: 200 },
    );
  });
});

describe('text parsers never throw', () => {
  it('decodeEntities, foldWithOffsets and parseVietnameseNumber on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        decodeEntities(text);
        const folded = foldWithOffsets(text);
        expect(folded.offsets).toHaveLength(folded.folded.length + 1);
        const number = parseVietnameseNumber(text);
        if (number) expect(Number.isFinite(number.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
