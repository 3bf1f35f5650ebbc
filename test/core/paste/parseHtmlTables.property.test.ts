import fc from 'fast-check';
import { parseHtmlTables } from '../../../src/core/paste/parseHtmlTables';
import type { Grid } from '../../../src/core/table/grid';
import { gridSchema } from '../../../src/core/table/grid';
import { cleanPlainText } from '../../../src/core/text/normalizeText';
import { escapeHtml } from '../../helpers/clipboardHtml';

/** Pieces of markup that stress the tokeniser and the table builder when shuffled together. */
const SOUP = fc.constantFrom(
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th>',
  '<tbody>',
  '</thead>',
  '<td colspan="3">',
  '<td rowspan=2>',
  '<td rowspan="0" colspan=0>',
  '<td colspan=99999 rowspan=99999>',
  '<br>',
  '<p>',
  '</li>',
  '<!--',
  '-->',
  '<![if !supportLists]>',
  '<script>',
  '</script>',
  '<style>',
  '<o:p>',
  '<span lang=VI>',
  '&nbsp;',
  '&#7841;',
  '&#x110000;',
  '&amp;',
  '<',
  '>',
  '"',
  "'",
  '=',
  '/',
  ' ',
  '\r\n',
  'Bộ Công an',
);

/** Tables whose spans cross each other and their row groups. */
const spannedTable = fc
  .array(
    fc.record({
      group: fc.constantFrom('', '<tbody>', '</thead><tfoot>'),
      cells: fc.array(
        fc.record({
          colspan: fc.constantFrom('', ' colspan=2', ' colspan="3"', ' colspan=0'),
          rowspan: fc.constantFrom('', ' rowspan=2', ' rowspan="3"', ' rowspan=0'),
          text: fc.constantFrom('', 'a', 'Bộ Y tế'),
        }),
        { maxLength: 4 },
      ),
    }),
    { maxLength: 6 },
  )
  .map((rows) => {
    const body = rows.map(({ group, cells }) => {
      const tds = cells.map((c) => `<td${c.colspan}${c.rowspan}>${c.text}</td>`).join('');
      return `${group}<tr>${tds}</tr>`;
    });
    return `<table>${body.join('')}</table>`;
  });

const html = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  spannedTable,
  fc.array(fc.oneof(SOUP, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((p) => p.join('')),
);

/** What a consumer of grids relies on: the schema, rectangular rows, merges inside and apart. */
function expectWellFormed(grid: Grid): void {
  expect(gridSchema.safeParse(grid).success).toBe(true);
  const width = grid.values[0]?.length ?? 0;
  for (const row of grid.values) expect(row).toHaveLength(width);
  const covered = new Set<string>();
  for (const area of grid.merges) {
    expect(area.bottom).toBeLessThanOrEqual(grid.values.length);
    expect(area.right).toBeLessThanOrEqual(width);
    expect(area.bottom - area.top + (area.right - area.left)).toBeGreaterThan(0);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const key = `${r},${c}`;
        expect(covered.has(key)).toBe(false);
        covered.add(key);
        if (r !== area.top || c !== area.left) expect(grid.values[r - 1]?.[c - 1]).toBeNull();
      }
    }
  }
}

describe('parseHtmlTables properties', () => {
  it('never throws, and every grid is well formed', () => {
    fc.assert(
      fc.property(html, (input) => {
        for (const grid of parseHtmlTables(input)) expectWellFormed(grid);
      }),
      { numRuns: 1000 },
    );
  });

  // Source line breaks and tabs are layout in HTML, not text: the generated texts leave them out.
  const text = fc
    .string({ unit: 'grapheme', maxLength: 30 })
    .map((s) => s.replace(/[\t\n\f\r]/g, ''));
  const cell = fc.record({
    text,
    wrapper: fc.constantFrom('', 'b', 'span lang=VI', 'i'),
    closed: fc.boolean(),
  });
  const row = fc.record({ cells: fc.array(cell, { maxLength: 5 }), closed: fc.boolean() });

  it('gives back the text of every <td> of a simple table in its cell', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const markup = rows
          .map(({ cells, closed }) => {
            const tds = cells.map(({ text, wrapper, closed: cellClosed }) => {
              const content = escapeHtml(text);
              const wrapped =
                wrapper === '' ? content : `<${wrapper}>${content}</${wrapper.split(' ')[0]}>`;
              return `<td>${wrapped}${cellClosed ? '</td>' : ''}`;
            });
            return `<tr>${tds.join('')}${closed ? '</tr>' : ''}`;
          })
          .join('\n');
        const tables = parseHtmlTables(`<table>\n${markup}\n</table>`);
        const width = Math.max(0, ...rows.map((r) => r.cells.length));
        const expected = rows.map(({ cells }) =>
          Array.from({ length: width }, (_, c) => {
            const written = cells[c]?.text;
            // A browser shows the escaped text as written, cleaned as plain text (no tag in it).
            return written === undefined ? null : cleanPlainText(written) || null;
          }),
        );
        expect(tables).toHaveLength(1);
        expect(tables[0]?.values).toEqual(expected);
        expect(tables[0]?.merges).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
