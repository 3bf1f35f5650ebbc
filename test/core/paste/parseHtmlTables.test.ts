import { PASTED_SHEET, parseHtmlTables } from '../../../src/core/paste/parseHtmlTables';
import type { CellValue, Grid, MergeArea } from '../../../src/core/table/grid';
import { gridOf } from '../../helpers/fixtures';

const pasted = (rows: (string | null)[][], merges: MergeArea[] = []): Grid =>
  gridOf(rows, { sheet: PASTED_SHEET, merges });

/** The one table of `html`. */
function only(html: string): Grid {
  const tables = parseHtmlTables(html);
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

describe('parseHtmlTables: structure', () => {
  it('reads header, body and footer rows in order, th and td alike', () => {
    expect(
      only(
        '<table><thead><tr><th>STT</th><th>Nhiệm vụ</th></tr></thead>' +
          '<tbody><tr><td>1</td><td>Rà soát</td></tr></tbody>' +
          '<tfoot><tr><td>Tổng</td><td>1</td></tr></tfoot></table>',
      ),
    ).toEqual(
      pasted([
        ['STT', 'Nhiệm vụ'],
        ['1', 'Rà soát'],
        ['Tổng', '1'],
      ]),
    );
  });

  it('gives one grid per top-level table, with the sheet name it is given', () => {
    const tables = parseHtmlTables(
      '<p>Bảng 1</p><table><tr><td>a</td></tr></table><p>Bảng 2</p><table><tr><td>b</td></tr></table>',
      'Trang dán',
    );
    expect(tables).toEqual([
      gridOf([['a']], { sheet: 'Trang dán' }),
      gridOf([['b']], { sheet: 'Trang dán' }),
    ]);
  });

  it('finds nothing in HTML without a table, nor in cells without one', () => {
    expect(parseHtmlTables('<p>Không có bảng</p>')).toEqual([]);
    expect(parseHtmlTables('<tr><td>a</td></tr>')).toEqual([]);
    expect(parseHtmlTables('')).toEqual([]);
  });

  it('keeps an empty table and empty rows: it is the reader that skips them', () => {
    expect(parseHtmlTables('<table></table>')).toEqual([pasted([])]);
    expect(
      only('<table><tr><td>a</td><td></td></tr><tr></tr><tr><td>&nbsp;</td></tr></table>'),
    ).toEqual(
      pasted([
        ['a', null],
        [null, null],
        [null, null],
      ]),
    );
  });

  it('pads short rows to the widest one', () => {
    expect(
      only('<table><tr><td>a</td></tr><tr><td>b</td><td>c</td><td>d</td></tr></table>'),
    ).toEqual(
      pasted([
        ['a', null, null],
        ['b', 'c', 'd'],
      ]),
    );
  });

  it('reads upper-case tags and unquoted attributes, as Word writes them', () => {
    expect(only('<TABLE BORDER=1><TR><TD COLSPAN=2>a</TD></TR><TR><TD>b<TD>c</TABLE>')).toEqual(
      pasted(
        [
          ['a', null],
          ['b', 'c'],
        ],
        [{ top: 1, left: 1, bottom: 1, right: 2 }],
      ),
    );
  });
});

describe('parseHtmlTables: missing closing tags', () => {
  it('closes a cell at the next cell and a row at the next row', () => {
    expect(only('<table><tr><td>a<td>b<tr><td>c<td>d</table>')).toEqual(
      pasted([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    );
  });

  it('opens a row for a cell outside one', () => {
    expect(only('<table><td>a</td><td>b</td></table>')).toEqual(pasted([['a', 'b']]));
  });

  it('closes everything at the end of the input', () => {
    expect(only('<table><tr><td>a<td>b')).toEqual(pasted([['a', 'b']]));
  });

  it('ignores end tags with nothing to close', () => {
    expect(
      only('</td></tr></table><table></td><tr><td>a</td></td></tr></tr></table></table>'),
    ).toEqual(pasted([['a']]));
  });

  it('drops a tag cut off by the end of the input, as browsers do', () => {
    expect(only('<table><tr><td>a</td><td title="x')).toEqual(pasted([['a']]));
  });

  it('starts a new table at a <table> outside any cell', () => {
    expect(parseHtmlTables('<table><tr><td>a</td></tr><table><tr><td>b</td></tr></table>')).toEqual(
      [pasted([['a']]), pasted([['b']])],
    );
  });
});

describe('parseHtmlTables: colspan and rowspan', () => {
  it('puts a colspan value in the first cell and records the merge', () => {
    expect(
      only(
        '<table><tr><td colspan="3"><b>A. NHIỆM VỤ THEO LỘ TRÌNH</b></td></tr>' +
          '<tr><td>1</td><td>Rà soát</td><td>Sở Tư pháp</td></tr></table>',
      ),
    ).toEqual(
      pasted(
        [
          ['A. NHIỆM VỤ THEO LỘ TRÌNH', null, null],
          ['1', 'Rà soát', 'Sở Tư pháp'],
        ],
        [{ top: 1, left: 1, bottom: 1, right: 3 }],
      ),
    );
  });

  it('skips the cells a rowspan covers in the rows below', () => {
    expect(
      only(
        '<table><tr><td>1</td><td>Rà soát</td><td rowspan="3">Sở Y tế</td><td>Quý I</td></tr>' +
          '<tr><td>2</td><td>Ban hành</td><td>Quý II</td></tr>' +
          '<tr><td>3</td><td>Kết nối</td><td>Quý III</td></tr></table>',
      ),
    ).toEqual(
      pasted(
        [
          ['1', 'Rà soát', 'Sở Y tế', 'Quý I'],
          ['2', 'Ban hành', null, 'Quý II'],
          ['3', 'Kết nối', null, 'Quý III'],
        ],
        [{ top: 1, left: 3, bottom: 3, right: 3 }],
      ),
    );
  });

  it('merges a block spanning rows and columns', () => {
    expect(
      only(
        '<table><tr><td rowspan=2 colspan=2>Kết quả</td><td>x</td></tr>' +
          '<tr><td>y</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>',
      ),
    ).toEqual(
      pasted(
        [
          ['Kết quả', null, 'x'],
          [null, null, 'y'],
          ['a', 'b', 'c'],
        ],
        [{ top: 1, left: 1, bottom: 2, right: 2 }],
      ),
    );
  });

  it('stops a rowspan at the last row, and rowspan="0" at the end of its row group', () => {
    expect(
      only('<table><tr><td rowspan="9">a</td><td>b</td></tr><tr><td>c</td></tr></table>'),
    ).toEqual(
      pasted(
        [
          ['a', 'b'],
          [null, 'c'],
        ],
        [{ top: 1, left: 1, bottom: 2, right: 1 }],
      ),
    );
    expect(
      only(
        '<table><tbody><tr><td rowspan="0">a</td><td>b</td></tr><tr><td>c</td></tr></tbody>' +
          '<tbody><tr><td>d</td><td>e</td></tr></tbody></table>',
      ),
    ).toEqual(
      pasted(
        [
          ['a', 'b'],
          [null, 'c'],
          ['d', 'e'],
        ],
        [{ top: 1, left: 1, bottom: 2, right: 1 }],
      ),
    );
  });

  it('records no merge for a span of one cell, and reads bad spans as 1', () => {
    expect(
      only(
        '<table><tr><td colspan="1" rowspan="1">a</td><td colspan="0">b</td><td colspan="x">c</td></tr></table>',
      ),
    ).toEqual(pasted([['a', 'b', 'c']]));
  });

  it('keeps at most 1000 columns in a colspan, as browsers do', () => {
    const grid = only('<table><tr><td colspan="999999">a</td></tr></table>');
    expect(grid.values[0]).toHaveLength(1000);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 1000 }]);
  });

  it('stops a colspan short of a rowspan from above, so merges never overlap', () => {
    expect(
      only(
        '<table><tr><td>a</td><td rowspan="2">b</td><td>c</td></tr>' +
          '<tr><td colspan="3">d</td></tr></table>',
      ),
    ).toEqual(
      pasted(
        [
          ['a', 'b', 'c'],
          ['d', null, null],
        ],
        [{ top: 1, left: 2, bottom: 2, right: 2 }],
      ),
    );
  });
});

describe('parseHtmlTables: cell text', () => {
  const cell = (content: string): CellValue | undefined =>
    only(`<table><tr><td>${content}</td></tr></table>`).values[0]?.[0];

  it('collapses whitespace and source line breaks as a browser renders them', () => {
    expect(cell('\r\n  Bộ Công\r\n   an,\tBộ  Tư pháp  ')).toBe('Bộ Công an, Bộ Tư pháp');
  });

  it('turns <br> and block ends into line breaks, blank lines dropped', () => {
    expect(cell('Dòng 1<br>Dòng 2<br/><br />Dòng 3</br>Dòng 4')).toBe(
      'Dòng 1\nDòng 2\nDòng 3\nDòng 4',
    );
    expect(cell('<p>Đoạn 1</p><p>Đoạn 2</p><div>Khối</div>cuối')).toBe(
      'Đoạn 1\nĐoạn 2\nKhối\ncuối',
    );
    expect(cell('<h3>Tiêu đề</h3><blockquote>Trích</blockquote>')).toBe('Tiêu đề\nTrích');
  });

  it('puts list items on their own lines', () => {
    expect(
      cell('<ul style="list-style-type: none"> <li>- Công văn 1</li> <li>- Công văn 2</li> </ul>'),
    ).toBe('- Công văn 1\n- Công văn 2');
    expect(cell('Gồm:<ol><li>Bộ Y tế<li>Bộ Tài chính</ol>')).toBe('Gồm:\nBộ Y tế\nBộ Tài chính');
  });

  it('drops inline tags, keeping their text', () => {
    expect(cell('<b>Chưa</b> <i>hoàn</i><span lang=VI> thành</span><a href="#x">.</a>')).toBe(
      'Chưa hoàn thành.',
    );
  });

  it('decodes named and numeric entities once', () => {
    expect(cell('Th&#7901;i&nbsp;h&#x1EA1;n &amp; k&#7871;t qu&#7843; &ndash; &quot;x&quot;')).toBe(
      'Thời hạn & kết quả – "x"',
    );
    expect(cell('&lt;b&gt;không phải thẻ&lt;/b&gt; &amp;lt; &amp;nbsp;')).toBe(
      '<b>không phải thẻ</b> &lt; &nbsp;',
    );
  });

  it('keeps a "<" that starts no tag, and text between "<" and ">"', () => {
    expect(cell('Tỷ lệ < 50% và > 10%')).toBe('Tỷ lệ < 50% và > 10%');
    expect(cell('a <3 b')).toBe('a <3 b');
    expect(cell('nếu a < b và c > d')).toBe('nếu a < b và c > d');
  });

  it('keeps unknown entities as written', () => {
    expect(cell('R&D &foo; &#0; &#x110000;')).toBe('R&D &foo; &#0; &#x110000;');
  });

  it('drops comments, doctypes and processing instructions', () => {
    expect(cell('a<!-- ghi chú <td>b</td> -->c<!---->d<!-->e<?xml x?>f<!DOCTYPE html>g')).toBe(
      'acdefg',
    );
    expect(only('<table><tr><td>a</td><!-- chưa đóng <td>b</td></tr></table>')).toEqual(
      pasted([['a']]),
    );
  });

  it('keeps quoted ">" inside an attribute', () => {
    expect(cell('<span title="a > b" data-x=\'<td>\'>x</span>')).toBe('x');
  });
});

describe('parseHtmlTables: scripts, styles and images are text processing only', () => {
  it('drops script and style bodies, even ones that look like cells', () => {
    expect(only('<table><tr><td>Xin <script>alert(1)</script>chào</td></tr></table>')).toEqual(
      pasted([['Xin chào']]),
    );
    expect(
      only(
        '<table><tr><td>a<script>document.write("</td><td>b")</script></td><td>c</td></tr></table>',
      ),
    ).toEqual(pasted([['a', 'c']]));
    expect(
      only(
        '<style>td { mso-number-format:"\\@"; } </td></style><table><tr><td>a</td></tr></table>',
      ),
    ).toEqual(pasted([['a']]));
    expect(
      only('<table><tr><td>a<SCRIPT type="text/javascript">x</script >b</td></tr></table>'),
    ).toEqual(pasted([['ab']]));
  });

  it('drops an unclosed script to the end of the input', () => {
    expect(only('<table><tr><td>a</td><td>b<script>alert(1)</td></tr></table>')).toEqual(
      pasted([['a', 'b']]),
    );
  });

  it('removes an image tag and its handler, keeping the visible text', () => {
    expect(
      only(
        '<table><tr><td>Trước <img src=x onerror=alert(1)> sau<img src="a.png" alt="ảnh"/></td></tr></table>',
      ),
    ).toEqual(pasted([['Trước sau']]));
  });

  it('keeps script-like text the page showed as text', () => {
    expect(only('<table><tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr></table>')).toEqual(
      pasted([['<script>alert(1)</script>']]),
    );
  });
});

describe('parseHtmlTables: nested tables', () => {
  it('makes the inner cells lines of the outer cell, one table in all', () => {
    expect(
      only(
        '<table><tr><td>Kết quả:<table><tr><td>Bộ Y tế</td><td>xong</td></tr>' +
          '<tr><td>Bộ Tài chính</td><td></td></tr></table>còn lại</td><td>b</td></tr></table>',
      ),
    ).toEqual(pasted([['Kết quả:\nBộ Y tế\nxong\nBộ Tài chính\ncòn lại', 'b']]));
  });

  it('keeps entity text of an inner cell as it was shown', () => {
    expect(
      only('<table><tr><td><table><tr><td>&lt;b&gt; &amp;amp;</td></tr></table></td></tr></table>'),
    ).toEqual(pasted([['<b> &amp;']]));
  });

  it('closes an unclosed inner table with the outer one', () => {
    expect(only('<table><tr><td>a<table><tr><td>x</td></tr></td><td>y')).toEqual(
      pasted([['a\nx\ny']]),
    );
  });
});

describe("parseHtmlTables: Word's clipboard HTML", () => {
  // As Word 365 puts a copied table on the clipboard (trimmed): namespaces, conditional comments,
  // mso- styles, <o:p>, <span lang=VI>, source line breaks inside words' runs, empty paragraphs.
  const word = [
    'Version:0.9',
    'StartHTML:0000000105',
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:w="urn:schemas-microsoft-com:office:word">',
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">',
    '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->',
    '<style>',
    '<!--',
    ' /* Style Definitions */',
    ' p.MsoNormal, li.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:13.0pt;}',
    '-->',
    '</style>',
    '</head>',
    "<body lang=EN-US style='tab-interval:36.0pt'>",
    '<!--StartFragment-->',
    '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0',
    " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>",
    " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>",
    "  <td width=60 valign=top style='width:45.0pt;border:solid windowtext 1.0pt'>",
    "  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI",
    "  style='mso-ansi-language:VI'>STT<o:p></o:p></span></b></p>",
    '  </td>',
    "  <td width=300 valign=top style='width:225.0pt'>",
    "  <p class=MsoNormal><b><span lang=VI style='mso-ansi-language:VI'>Nội dung nhiệm",
    '  vụ<o:p></o:p></span></b></p>',
    '  </td>',
    ' </tr>',
    " <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>",
    "  <td width=60 valign=top style='width:45.0pt'>",
    "  <p class=MsoNormal><span lang=VI style='mso-ansi-language:VI'>1<o:p></o:p></span></p>",
    '  </td>',
    "  <td width=300 valign=top style='width:225.0pt'>",
    "  <p class=MsoNormal><span lang=VI style='mso-ansi-language:VI'>Rà soát,&nbsp;đánh",
    '  giá<o:p></o:p></span></p>',
    '  <p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>',
    "  <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span",
    "  lang=VI style='mso-list:Ignore'>-<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;",
    '  </span></span><![endif]><span lang=VI>Bộ Công an<o:p></o:p></span></p>',
    "  <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span",
    "  lang=VI style='mso-list:Ignore'>-<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;",
    '  </span></span><![endif]><span lang=VI>Bộ Tư pháp<o:p></o:p></span></p>',
    '  </td>',
    ' </tr>',
    '</table>',
    '<!--EndFragment-->',
    '</body>',
    '</html>',
  ].join('\r\n');

  it('reads the cells, one line per paragraph, list markers kept as text', () => {
    expect(only(word)).toEqual(
      pasted([
        ['STT', 'Nội dung nhiệm vụ'],
        ['1', 'Rà soát, đánh giá\n- Bộ Công an\n- Bộ Tư pháp'],
      ]),
    );
  });
});
