/**
 * Splits delimited text (CSV, or the TSV that Excel, Word and browsers put on the clipboard)
 * into rows of fields. Quotes are special only at the start of a field and only when they close
 * before a delimiter or a line end, so a pasted cell that merely begins with a quotation mark
 * stays as written.
 */
export function parseDelimited(
  text: string,
  delimiter: string = detectDelimiter(text),
): string[][] {
  const src = text.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = src.length;
  let atRowStart = true;
  while (i < n) {
    atRowStart = false;
    let field: string;
    if (src[i] === '"') {
      const quoted = readQuoted(src, i, delimiter);
      if (quoted) {
        field = quoted.value;
        i = quoted.end;
      } else {
        const end = nextBoundary(src, i, delimiter);
        field = src.slice(i, end);
        i = end;
      }
    } else {
      const end = nextBoundary(src, i, delimiter);
      field = src.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) break;
    if (src.startsWith(delimiter, i)) {
      i += delimiter.length;
      if (i >= n) row.push('');
      continue;
    }
    // Line end: \r\n, \n or \r.
    i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    atRowStart = true;
  }
  if (!atRowStart || row.length > 0) rows.push(row);
  return rows;
}

function nextBoundary(src: string, from: number, delimiter: string): number {
  let i = from;
  while (i < src.length && !src.startsWith(delimiter, i) && src[i] !== '\n' && src[i] !== '\r') i++;
  return i;
}

function readQuoted(
  src: string,
  start: number,
  delimiter: string,
): { value: string; end: number } | null {
  let i = start + 1;
  let value = '';
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      if (src[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = i + 1;
      if (
        after >= src.length ||
        src.startsWith(delimiter, after) ||
        src[after] === '\n' ||
        src[after] === '\r'
      ) {
        return { value, end: after };
      }
      return null;
    }
    value += ch ?? '';
    i++;
  }
  return null;
}

/** Tab when the text has tabs (clipboard), else ";" or "," by which splits the first line more. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes('\t') || text.includes('\t')) return '\t';
  const semicolons = firstLine.split(';').length;
  const commas = firstLine.split(',').length;
  return semicolons > commas ? ';' : ',';
}
