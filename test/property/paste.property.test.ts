import fc from 'fast-check';
import { readClipboard } from '../../src/core/paste/readClipboard';
import { isBlankCell, trimGrid } from '../../src/core/paste/trimGrid';
import { delimitedToGrid } from '../../src/core/table/delimitedToGrid';
import { gridSchema } from '../../src/core/table/grid';
import { detectDelimiter, parseDelimited } from '../../src/core/text/parseDelimited';
import { anyGrid, anyText, fragment } from './arbitraries';

/** A field as Excel writes it to the clipboard: quoted when it holds a tab, a line break or '"'. */
function excelField(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel's text/plain: fields joined by tabs, every row ended by CRLF. */
function excelTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(excelField).join('\t')}\r\n`).join('');
}

const field = fc.oneof(fragment, anyText, fc.constant(''));
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 6,
});

describe('delimited text and the clipboard never throw', () => {
  it('parseDelimited and delimitedToGrid on any text, any delimiter', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, '\t', ',', ';'), (text, delimiter) => {
        detectDelimiter(text);
        parseDelimited(text);
        const grid = delimitedToGrid(text, 'Bảng dán', delimiter);
        expect(gridSchema.safeParse(grid).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('readClipboard on any html and text gives a well-formed grid or null', () => {
    fc.assert(
      fc.property(fc.option(anyText), fc.option(anyText), (html, text) => {
        const pasted = readClipboard({ html, text });
        if (pasted) expect(gridSchema.safeParse(pasted.grid).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the clipboard text keeps every field', () => {
  it('a table copied from Excel as TSV reads back cell for cell', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const tsv = excelTsv(table);
        const pasted = readClipboard({ text: tsv });
        table.forEach((row, r) => {
          row.forEach((text, c) => {
            if (isBlankCell(text)) return;
            // A BOM that opens the whole text is the encoding's mark, read as such (invisible).
            const bom = r === 0 && c === 0 && tsv.startsWith('\ufeff');
            const expected = bom ? text.slice(1) : text;
            expect(pasted?.grid.values[r]?.[c]).toBe(expected);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('trimGrid is idempotent', () => {
  it('trimming a trimmed grid changes nothing', () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const once = trimGrid(grid);
        expect(trimGrid(once)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
