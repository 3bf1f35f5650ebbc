import fc from 'fast-check';
import { foldChar } from '../../../src/core/text/foldWithOffsets';
import {
  cleanLine,
  cleanPlainText,
  cleanText,
  decodeEntities,
  foldForMatch,
  stripHtml,
} from '../../../src/core/text/normalizeText';

describe('cleanText', () => {
  it.each([
    ['NFD input becomes NFC', 'Nhie\u0302\u0323m vu\u0323', 'Nhiệm vụ'],
    ['non-breaking and odd spaces', 'Bộ\u00a0Công\u2009an', 'Bộ Công an'],
    ['runs of spaces, trimmed lines', '  Tháng   6/2023  ', 'Tháng 6/2023'],
    ['CRLF and blank lines', 'Tháng 6/2023\r\n\r\n  Tháng 3/2024 ', 'Tháng 6/2023\nTháng 3/2024'],
    ['zero-width and soft hyphen', 'Hoàn\u200b thành\u00ad', 'Hoàn thành'],
    [
      '<p> and <br> as line breaks',
      '<p>Chưa hoàn thành</p><p>- Đã có tờ trình<br/>số 12</p>',
      'Chưa hoàn thành\n- Đã có tờ trình\nsố 12',
    ],
    [
      '<ul><li> lists with attributes',
      '<ul style="list-style-type: none"> <li>- Chỉ thị 05</li> <li>- Thông báo 299/TB-VPCP</li></ul>',
      '- Chỉ thị 05\n- Thông báo 299/TB-VPCP',
    ],
    ['<b> vanishes', '<b>A. NHIỆM VỤ</b>', 'A. NHIỆM VỤ'],
    // A cell typed in Excel is literal: entities are decoded where HTML comes in (parseHtmlTables).
    ['entities stay as written', 'Bộ TT&amp;TT&nbsp;&#7843;', 'Bộ TT&amp;TT&nbsp;&#7843;'],
    [
      'entities of a cell holding HTML source, decoded once but "&lt;" "&gt;"',
      '<p>TT&amp;TT&nbsp;&#7843; &lt;b&gt; &amp;lt;</p>',
      'TT&TT ả &lt;b&gt; &lt;',
    ],
    ['nested tags, stripped to the end', '<<b>b>Bộ Công an<</b>/b>', 'Bộ Công an'],
    ['a tag hidden by a zero-width space', '<\u200bb>Bộ', 'Bộ'],
    ['an accent beside a removed tag', 'Nhie<b>\u0302\u0323</b>m', 'Nhiệm'],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('keeps text that merely contains "<" or "&"', () => {
    expect(cleanText('Tỷ lệ < 50% & giảm')).toBe('Tỷ lệ < 50% & giảm');
  });

  it('cleanPlainText keeps what looks like a tag: it is the text an HTML paste showed', () => {
    expect(cleanPlainText(' <b>không phải thẻ</b>\u00a0 &amp; ')).toBe(
      '<b>không phải thẻ</b> &amp;',
    );
  });

  it('leaves unknown entities as written', () => {
    expect(decodeEntities('&bogus; &#0; &#xFFFFFFF;')).toBe('&bogus; &#0; &#xFFFFFFF;');
  });

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        cleanText(text);
        stripHtml(text);
        foldForMatch(text);
      }),
    );
  });

  it('returns a text it has nothing to change in as it came, like its full passes would', () => {
    // The passes written out, to hold the shortcut for clean texts to what they would do.
    const invisible = /[\u200b-\u200d\ufeff\u00ad]/g;
    const strip = (text: string): string => {
      const stripped = stripHtml(text);
      if (stripped === text) return text;
      const decoded = decodeEntities(stripped, new Set(['<', '>'])).replace(invisible, '');
      return stripHtml(decoded.normalize('NFC'));
    };
    const fully = (text: string): string =>
      strip(text.normalize('NFC').replace(invisible, '').normalize('NFC'))
        .replace(/\r\n?/g, '\n')
        .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n')
        .normalize('NFC');
    const unit = fc.oneof(
      fc.constantFrom(' ', '\n', '\r', '\t', '\v', '\u00a0', '\u1680', '\u2009', '\u2028'),
      fc.constantFrom('\u200b', '\ufeff', '\u00ad', '<b>', '&amp;', '<', 'a', 'ệ', 'e\u0302', '1'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(cleanText(text)).toBe(fully(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('foldForMatch', () => {
  it('folds accents, đ and case, for matching only', () => {
    expect(foldForMatch('Đơn vị CHỦ TRÌ')).toBe('don vi chu tri');
    expect(foldForMatch('Bộ Lao động – Thương binh và Xã hội')).toBe(
      'bo lao dong – thuong binh va xa hoi',
    );
    expect(foldForMatch('Hoàn thành')).toBe(foldForMatch('HOAN THANH'));
  });

  it('leaves no space where an accent stood alone', () => {
    expect(foldForMatch('¡ \u0301')).toBe('¡');
    expect(foldForMatch('a \u0301 b')).toBe('a b');
  });

  it('puts a cell on one line', () => {
    expect(cleanLine('Thời gian\nhoàn thành')).toBe('Thời gian hoàn thành');
  });
});

describe('stripHtml keeps what is not formatting', () => {
  test.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['Trước <iframe src="x"></iframe> sau', 'Trước <iframe src="x"></iframe> sau'],
  ])('%s stays the cell’s text', (text, kept) => {
    expect(stripHtml(text)).toBe(kept);
  });

  test.each([
    ['<b>A. NHIỆM VỤ</b>', 'A. NHIỆM VỤ'],
    ['<span lang=VI>Bộ Công an</span><o:p></o:p>', 'Bộ Công an'],
    ['<a href="https://x">Cổng DVC</a>', 'Cổng DVC'],
    ['<strong>Chưa</strong> <em>hoàn thành</em>', 'Chưa hoàn thành'],
  ])('%s loses its formatting tags', (text, plain) => {
    expect(stripHtml(text)).toBe(plain);
  });
});

describe('foldChar', () => {
  /** The fold before its ASCII fast path and cache, to compare against. */
  function foldPlainly(char: string): string {
    if (char === '\n') return char;
    if (/\s/u.test(char)) return ' ';
    if (char === 'đ' || char === 'Đ' || char === 'ð') return 'd';
    if (/[\u2010-\u2015\u2212]/u.test(char)) return '-';
    return char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  }

  test('folds every BMP character and a sample of astral ones as the plain fold does', () => {
    const chars = ['😀', '𝐀', '𠀀'];
    for (let code = 0; code <= 0xffff; code++) {
      if (code < 0xd800 || code > 0xdfff) chars.push(String.fromCharCode(code));
    }
    // Twice: the second answer comes from the cache.
    const differing = chars.filter(
      (char) => foldChar(char) !== foldPlainly(char) || foldChar(char) !== foldPlainly(char),
    );
    expect(differing).toEqual([]);
  });
});
