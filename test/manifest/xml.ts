// A small XML reader for the add-in manifest: elements, attributes, text, comments, CDATA.
// No DTDs and no namespace resolution: names are kept as written ("bt:Image").

/** One element; `text` is its own character data (children's text excluded), entity-decoded. */
export type XmlElement = {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
};

const NAME = String.raw`[A-Za-z_][\w.:-]*`;
const START_TAG = new RegExp(
  String.raw`<(${NAME})((?:\s+${NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(/?)>`,
  'y',
);
const ATTRIBUTE = new RegExp(String.raw`(${NAME})\s*=\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(raw: string, line: number): string {
  return raw.replace(/&([^;\s&]*);?/g, (match, entity: string) => {
    if (!match.endsWith(';')) throw new Error(`line ${line}: bare '&' (write &amp;)`);
    if (/^#x[0-9a-f]+$/i.test(entity)) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (/^#\d+$/.test(entity)) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named = ENTITIES[entity];
    if (named === undefined) throw new Error(`line ${line}: unknown entity ${match}`);
    return named;
  });
}

/** Parses a whole document; throws with a line number on malformed input. */
export function parseXml(source: string): XmlElement {
  const lineStarts: number[] = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
    lineStarts.push(i + 1);
  const lineAt = (index: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const addText = (raw: string, at: number, decode: boolean): void => {
    const parent = stack.at(-1);
    if (!parent) {
      if (raw.trim() !== '') throw new Error(`line ${lineAt(at)}: text outside the root element`);
      return;
    }
    parent.text += decode ? decodeEntities(raw, lineAt(at)) : raw;
  };
  const skipTo = (from: number, end: string, what: string): number => {
    const found = source.indexOf(end, from);
    if (found === -1) throw new Error(`line ${lineAt(from)}: unterminated ${what}`);
    return found + end.length;
  };

  let pos = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt === -1) {
      addText(source.slice(pos), pos, true);
      break;
    }
    if (lt > pos) addText(source.slice(pos, lt), pos, true);

    if (source.startsWith('<!--', lt)) {
      pos = skipTo(lt + 4, '-->', 'comment');
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = skipTo(lt + 9, ']]>', 'CDATA section');
      addText(source.slice(lt + 9, end - 3), lt, false);
      pos = end;
    } else if (source.startsWith('<?', lt)) {
      pos = skipTo(lt + 2, '?>', 'processing instruction');
    } else if (source.startsWith('<!', lt)) {
      throw new Error(`line ${lineAt(lt)}: DTDs are not supported`);
    } else if (source.startsWith('</', lt)) {
      const end = skipTo(lt + 2, '>', 'end tag');
      const name = source.slice(lt + 2, end - 1).trim();
      const open = stack.pop();
      if (open?.name !== name) {
        throw new Error(
          `line ${lineAt(lt)}: </${name}> does not close ${open ? `<${open.name}>` : 'anything'}`,
        );
      }
      pos = end;
    } else {
      START_TAG.lastIndex = lt;
      const tag = START_TAG.exec(source);
      if (!tag) throw new Error(`line ${lineAt(lt)}: malformed start tag`);
      const [whole, name = '', rawAttrs = '', selfClosing] = tag;
      const line = lineAt(lt);
      const attrs: Record<string, string> = {};
      for (const [, attrName = '', dq, sq] of rawAttrs.matchAll(ATTRIBUTE)) {
        if (attrName in attrs) throw new Error(`line ${line}: duplicate attribute ${attrName}`);
        attrs[attrName] = decodeEntities(dq ?? sq ?? '', line);
      }
      const element: XmlElement = { name, attrs, children: [], text: '', line };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new Error(`line ${line}: a second root element <${name}>`);
      else root = element;
      if (selfClosing !== '/') stack.push(element);
      pos = lt + whole.length;
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed) throw new Error(`line ${unclosed.line}: <${unclosed.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child named `name`, if any. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Every element below `element`, depth first, optionally only those named `name`. */
export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children) {
      if (name === undefined || c.name === name) found.push(c);
      visit(c);
    }
  };
  visit(element);
  return found;
}
