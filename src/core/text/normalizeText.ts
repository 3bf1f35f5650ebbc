/** Text cleaning shared by every reader: what a cell says, minus the noise of Word, PDF and HTML. */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bull: '•',
};

/** Decodes the HTML entities that survive a paste (`&nbsp;`, `&#7841;`, `&#x1EA1;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAG = /<\s*\/?\s*(p|div|br|li|ul|ol|tr|h[1-6]|table|tbody|thead)\b[^>]*>/gi;
/**
 * The inline formatting a pasted report carries (Word, web pages, e-mail). Only these are
 * stripped: any other tag (`<script>`, `<img onerror=…>`) is the cell's text, kept as written and
 * shown as text, so no cell loses what the user typed.
 */
const FORMAT_TAG =
  /<\s*\/?\s*(?:b|i|u|s|em|strong|span|font|sup|sub|small|big|mark|a|o:p|strike|del|ins|center)(?:\s[^<>]*)?\/?\s*>/gi;

/** True when the text carries HTML markup from a pasted report. */
export function hasHtml(text: string): boolean {
  return /<\s*\/?\s*[a-z][a-z0-9]*(\s[^<>]*)?\/?\s*>/i.test(text) || /&(#?[a-z0-9]+);/i.test(text);
}

/**
 * Removes HTML remnants: block tags become line breaks so list items stay apart, inline formatting
 * tags vanish, entities are decoded; other tags (`<img …>`, `<script>`) stay as the cell's text. Text that merely contains "<" (e.g. "< 50%") is kept.
 */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return decodeEntities(text.replace(BLOCK_TAG, '\n').replace(FORMAT_TAG, ''));
}

/**
 * What `cleanText` changes: markup and entities, carriage returns, odd and zero-width spaces,
 * double spaces, and white space (as `trim` sees it) at the start or end of a line, which blank
 * lines have too.
 */
const NEEDS_CLEANING =
  /[<&\r\t\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\ufeff\u00ad]| {2}|^\s|\s$|\s\n|\n\s/;

/**
 * The display form of a cell: NFC, HTML stripped, non-breaking and odd spaces made plain,
 * spaces collapsed within lines, blank lines dropped, line breaks kept.
 */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  // Most texts are clean already (every parser cleans what it is given, often a cleaned cell):
  // without anything the passes below would change, skip them.
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  const stripped = stripHtml(nfc)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '');
  return stripped
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** One line: `cleanText` with line breaks turned into spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\n/g, ' ');
}

/**
 * The matching key of a text: cleaned, lower case, Vietnamese accents folded (đ → d), punctuation
 * runs kept, spaces collapsed. Never shown to a user.
 */
export function foldForMatch(text: string): string {
  return cleanLine(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/ð/g, 'd')
    .normalize('NFC');
}
