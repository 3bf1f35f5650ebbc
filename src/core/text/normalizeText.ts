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

/**
 * Decodes the HTML entities of a text that is HTML (`&nbsp;`, `&#7841;`, `&#x1EA1;`), once;
 * entities standing for a character in `keep` stay as written.
 */
export function decodeEntities(text: string, keep: ReadonlySet<string> = new Set()): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    let char: string | undefined;
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) char = String.fromCodePoint(code);
    } else {
      char = NAMED_ENTITIES[body.toLowerCase()];
    }
    return char === undefined || keep.has(char) ? whole : char;
  });
}

const BLOCK_TAG = /^<\s*\/?\s*(p|div|br|li|ul|ol|tr|h[1-6]|table|tbody|thead)\b[^<>]*>$/i;
/**
 * The inline formatting a pasted report carries (Word, web pages, e-mail). Only these are
 * stripped: any other tag (`<script>`, `<img onerror=…>`) is the cell's text, kept as written and
 * shown as text, so no cell loses what the user typed.
 */
const FORMAT_TAG =
  /^<\s*\/?\s*(?:b|i|u|s|em|strong|span|font|sup|sub|small|big|mark|a|o:p|strike|del|ins|center)(?:\s[^<>]*)?\/?\s*>$/i;

/**
 * Removes the formatting tags of HTML pasted as text (a TSV whose cells hold `<p>`, `<b>`): block
 * tags become line breaks so list items stay apart, inline formatting tags vanish; other tags
 * (`<img …>`, `<script>`) stay as the cell's text, and so does text that merely contains "<"
 * ("< 50%"). Stripped until nothing is left to strip, so that stripping twice is stripping once
 * ("<<b>b>" is "" at once, not "<b>" then ""). Entities stay as written: a cell typed in Excel
 * is literal, and HTML is decoded where it comes in (parseHtmlTables, and `cleanText` for a cell
 * holding HTML source).
 */
export function stripHtml(text: string): string {
  if (!text.includes('<')) return text;
  // One pass with the output as a stack: at each ">", the text since the last open "<" is a
  // candidate tag (tags hold no "<" or ">"); a removed tag joins what is around it, which the
  // scan then sees as the fixpoint would. Linear: repeating a replace until nothing changes took
  // seconds on a hostile 30,000-character cell ("<<<…b>b>b>").
  const out: string[] = [];
  let opens: number[] = [];
  for (const char of text) {
    out.push(char);
    if (char === '<') opens.push(out.length - 1);
    if (char !== '>') continue;
    const at = opens.pop();
    if (at === undefined) continue;
    const candidate = out.slice(at).join('');
    if (FORMAT_TAG.test(candidate)) out.length = at;
    else if (BLOCK_TAG.test(candidate)) {
      out.length = at;
      out.push('\n');
    } else opens = []; // No tag spans a ">" left in the text.
  }
  return out.join('');
}

/**
 * What `cleanText` changes: markup, carriage returns, odd and zero-width spaces, double spaces,
 * and white space (as `trim` sees it) at the start or end of a line, which blank lines have too.
 */
const NEEDS_CLEANING =
  /[<\r\t\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\ufeff\u00ad]| {2}|^\s|\s$|\s\n|\n\s/;
const INVISIBLE = /[\u200b-\u200d\ufeff\u00ad]/g;

/**
 * The display form of a cell: NFC, HTML formatting tags stripped, non-breaking and odd spaces
 * made plain, spaces collapsed within lines, blank lines dropped, line breaks kept. Idempotent:
 * cleaning a cleaned text changes nothing, so a text may go through it any number of times.
 */
export function cleanText(text: string): string {
  return cleanWith(text, stripHtmlSource);
}

/** "<" and ">" written as entities in HTML source: decoded, they would read as a tag. */
const ANGLE_BRACKETS: ReadonlySet<string> = new Set(['<', '>']);

/**
 * A text typed in Excel is literal ("&amp;" is what it says); a cell that holds HTML source
 * (formatting tags, a report pasted as text) is HTML, so its entities are decoded, once, after its
 * tags are stripped. "&lt;" and "&gt;" stay as written there: decoded, "&lt;b&gt;" would be a tag
 * the next cleaning strips, and cleaning must give the same text twice as once.
 */
function stripHtmlSource(text: string): string {
  const stripped = stripHtml(text);
  if (stripped === text) return text;
  // Decoding can give a zero-width space that hid a tag ("<&#8203;b>") or an accent that joins a
  // "<" ("&#824;" makes "≮"): strip again without them.
  const decoded = decodeEntities(stripped, ANGLE_BRACKETS).replace(INVISIBLE, '');
  return stripHtml(decoded.normalize('NFC'));
}

/**
 * `cleanText` for text that is plain already (an HTML paste's cell, its tags gone and entities
 * decoded): "<b>" there is what the cell shows, and is kept.
 */
export function cleanPlainText(text: string): string {
  return cleanWith(text, (t) => t);
}

function cleanWith(text: string, strip: (text: string) => string): string {
  const nfc = text.normalize('NFC');
  // Most texts are clean already (every parser cleans what it is given, often a cleaned cell):
  // without anything the passes below would change, skip them.
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  // Invisible characters go first: "<\u200bb>" is the tag "<b>" once they are gone, and "<" with
  // an accent they kept apart is "≮".
  const stripped = strip(nfc.replace(INVISIBLE, '').normalize('NFC'))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
  return (
    stripped
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n')
      // Again: a removed tag or zero-width space can leave a base letter beside its accent.
      .normalize('NFC')
  );
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
  return (
    cleanLine(text)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/ð/g, 'd')
      .normalize('NFC')
      // Accents dropped after cleaning can leave spaces at the ends or side by side ("a \u0301 b"):
      // tidied here, so folding a folded text changes nothing.
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}
