/** Builds the `text/html` a browser puts on the clipboard when the user copies a table. */

export type ClipboardHtmlOptions = {
  /**
   * Write a row whose only filled cell is the first as one `<td colspan="n">` over the row, as
   * reports lay out their section and group headings.
   * @default false
   */
  spanHeadingRows?: boolean;
};

/** The markup left in pasted cells (`<b>`, `<p>`, `<ul><li>`): a browser carries it as markup. */
const REMNANT_TAG = /(<\/?(?:b|p|ul|li)\b[^<>]*>)/i;

/** Escapes text for HTML, keeping the report's own tags as real markup. */
export function cellMarkup(text: string): string {
  return text
    .split(REMNANT_TAG)
    .map((part, i) => (i % 2 === 1 ? part : escapeHtml(part)))
    .join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The rows (as parseDelimited gives them) as a copied HTML table, with Chrome's wrapper. */
export function clipboardHtml(
  rows: readonly (readonly string[])[],
  options: ClipboardHtmlOptions = {},
): string {
  const body = rows.map((row) => {
    const isHeading = row.length > 1 && row.slice(1).every((field) => field === '');
    const cells =
      options.spanHeadingRows === true && isHeading
        ? `<td colspan="${row.length}">${cellMarkup(row[0] ?? '')}</td>`
        : row.map((field) => `<td>${cellMarkup(field)}</td>`).join('');
    return `<tr>${cells}</tr>`;
  });
  return [
    '<html>',
    '<body>',
    '<!--StartFragment--><table style="border-collapse: collapse;"><tbody>',
    ...body,
    '</tbody></table><!--EndFragment-->',
    '</body>',
    '</html>',
  ].join('\r\n');
}
