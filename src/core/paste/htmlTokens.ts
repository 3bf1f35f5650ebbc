/**
 * A tolerant HTML tokeniser for clipboard fragments, modelled on the HTML standard's tokeniser
 * (https://html.spec.whatwg.org/#tokenization) but cut down to what a table reader needs. It never
 * throws and never executes anything: script and style bodies are skipped as text.
 */

export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'start'; name: string; attributes: ReadonlyMap<string, string> }
  | { type: 'end'; name: string };

/** Elements whose content is not markup and never visible text on a pasted page. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

const WHITESPACE = /[\t\n\f\r ]/;
const ASCII_LETTER = /[a-z]/i;

/**
 * The tokens of `html` in order. Text keeps its entities encoded; tag and attribute names are
 * lower case. Comments, doctypes and Word's `<![if …]>` markers are dropped; a tag cut off by
 * the end of the input is dropped, as browsers do.
 */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      yield { type: 'text', text: html.slice(i) };
      return;
    }
    if (lt > i) yield { type: 'text', text: html.slice(i, lt) };
    i = lt;
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      i = skipComment(html, i);
    } else if (next === '!' || next === '?') {
      i = skipPast(html, '>', i);
    } else if (next === '/') {
      const after = html[i + 2] ?? '';
      if (ASCII_LETTER.test(after)) {
        const tag = readTag(html, i + 2);
        if (tag === null) return;
        yield { type: 'end', name: tag.name };
        i = tag.end;
      } else if (after === '>') {
        i += 3;
      } else {
        i = skipPast(html, '>', i);
      }
    } else if (ASCII_LETTER.test(next)) {
      const tag = readTag(html, i + 1);
      if (tag === null) return;
      yield { type: 'start', name: tag.name, attributes: tag.attributes };
      i = RAW_TEXT.has(tag.name) ? rawTextEnd(html, tag.name, tag.end) : tag.end;
    } else {
      yield { type: 'text', text: '<' };
      i += 1;
    }
  }
}

function skipComment(html: string, start: number): number {
  // "<!-->" and "<!--->" are empty comments in the standard.
  if (html.startsWith('<!-->', start)) return start + 5;
  if (html.startsWith('<!--->', start)) return start + 6;
  const end = html.indexOf('-->', start + 4);
  return end === -1 ? html.length : end + 3;
}

function skipPast(html: string, text: string, from: number): number {
  const at = html.indexOf(text, from);
  return at === -1 ? html.length : at + text.length;
}

/** Where the raw text of `name` ends: at its end tag, or at the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, 'gi');
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  return found === null ? html.length : found.index;
}

type Tag = { name: string; attributes: Map<string, string>; end: number };

/** Reads a tag from its name to its ">"; null when the input ends first. */
function readTag(html: string, nameStart: number): Tag | null {
  const n = html.length;
  let i = nameStart;
  while (i < n && !WHITESPACE.test(html[i] ?? '') && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attributes = new Map<string, string>();
  while (i < n) {
    const ch = html[i] ?? '';
    if (ch === '>') return { name, attributes, end: i + 1 };
    if (WHITESPACE.test(ch) || ch === '/') {
      i++;
      continue;
    }
    // A name may start with "=", as in the standard; it runs to a space, "/", ">" or "=".
    const attrStart = i;
    i++;
    while (i < n && !/[\t\n\f\r />=]/.test(html[i] ?? '')) i++;
    const attrName = html.slice(attrStart, i).toLowerCase();
    while (i < n && WHITESPACE.test(html[i] ?? '')) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && WHITESPACE.test(html[i] ?? '')) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < n && !WHITESPACE.test(html[i] ?? '') && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    // The first of two same-named attributes wins, as in browsers.
    if (!attributes.has(attrName)) attributes.set(attrName, value);
  }
  return null;
}
