import { readClipboard } from '../../../src/core/paste/readClipboard';
import { PASTED_SHEET } from '../../../src/core/paste/parseHtmlTables';
import type { Grid, MergeArea } from '../../../src/core/table/grid';
import { gridOf } from '../../helpers/fixtures';

const pasted = (rows: (string | null)[][], merges: MergeArea[] = []): Grid =>
  gridOf(rows, { sheet: PASTED_SHEET, merges });

describe('readClipboard: HTML first', () => {
  it('prefers the HTML table to the text beside it', () => {
    expect(
      readClipboard({
        html: '<table><tr><td>STT</td><td>Nhiệm vụ</td></tr><tr><td>1</td><td>Dòng 1<br>Dòng 2</td></tr></table>',
        text: 'STT\tNhiệm vụ\r\n1\tDòng 1 Dòng 2\r\n',
      }),
    ).toEqual({
      grid: pasted([
        ['STT', 'Nhiệm vụ'],
        ['1', 'Dòng 1\nDòng 2'],
      ]),
      source: 'html',
    });
  });

  it('takes the table with the most filled cells, not the first one', () => {
    const layout = '<table><tr><td>Logo</td><td></td></tr></table>';
    const report =
      '<table><tr><td>STT</td><td>Nhiệm vụ</td></tr><tr><td>1</td><td>Rà soát</td></tr></table>';
    expect(readClipboard({ html: layout + report })?.grid.values).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['1', 'Rà soát'],
    ]);
  });

  it('keeps the first of two equally large tables', () => {
    expect(
      readClipboard({ html: '<table><td>a</td></table><table><td>b</td></table>' })?.grid.values,
    ).toEqual([['a']]);
  });

  it('trims trailing blank rows and columns but never cuts a merged area', () => {
    expect(
      readClipboard({
        html:
          '<table><tr><td colspan="3">A. NHIỆM VỤ</td><td></td></tr>' +
          '<tr><td>1</td><td>Rà soát</td><td></td><td>&nbsp;</td></tr><tr><td></td></tr></table>',
      }),
    ).toEqual({
      grid: pasted(
        [
          ['A. NHIỆM VỤ', null, null],
          ['1', 'Rà soát', null],
        ],
        [{ top: 1, left: 1, bottom: 1, right: 3 }],
      ),
      source: 'html',
    });
  });

  it('names the sheet as told', () => {
    expect(readClipboard({ html: '<table><td>a</td></table>' }, 'Báo cáo 230')?.grid.sheet).toBe(
      'Báo cáo 230',
    );
    expect(readClipboard({ text: 'a' }, 'Báo cáo 230')?.grid.sheet).toBe('Báo cáo 230');
  });
});

describe('readClipboard: the text when the HTML has no table', () => {
  it('falls back to the text when the HTML holds no table', () => {
    expect(
      readClipboard({
        html: '<p>STT Nhiệm vụ</p><p>1 Rà soát</p>',
        text: 'STT\tNhiệm vụ\n1\tRà soát',
      }),
    ).toEqual({
      grid: pasted([
        ['STT', 'Nhiệm vụ'],
        ['1', 'Rà soát'],
      ]),
      source: 'text',
    });
  });

  it('falls back to the text when the HTML tables are blank', () => {
    expect(
      readClipboard({ html: '<table><tr><td>&nbsp;</td><td> </td></tr></table>', text: 'a\tb' })
        ?.source,
    ).toBe('text');
  });

  it('reads quoted multi-line cells as Excel puts them on the clipboard', () => {
    expect(
      readClipboard({
        html: null,
        text: 'STT\tNội dung\tKết quả\r\n1\t"Rà soát:\n- Sở Y tế\n- Sở ""Tư pháp"""\tXong\r\n',
      }),
    ).toEqual({
      grid: pasted([
        ['STT', 'Nội dung', 'Kết quả'],
        ['1', 'Rà soát:\n- Sở Y tế\n- Sở "Tư pháp"', 'Xong'],
      ]),
      source: 'text',
    });
  });

  it('splits on tabs only: commas and semicolons of a task stay in its cell', () => {
    expect(readClipboard({ text: 'Bộ Y tế, Bộ Tài chính; Sở Nội vụ\tQuý I' })?.grid.values).toEqual(
      [['Bộ Y tế, Bộ Tài chính; Sở Nội vụ', 'Quý I']],
    );
  });

  it('trims trailing blank rows and columns, padding short rows', () => {
    expect(readClipboard({ text: 'a\tb\t\t\r\nc\t\t \t\r\n\t\t\t\r\n\r\n' })?.grid.values).toEqual([
      ['a', 'b'],
      ['c', null],
    ]);
  });

  it('keeps HTML remnants of a text paste as they are: the reader cleans them', () => {
    expect(readClipboard({ text: '<b>A. NHIỆM VỤ</b>\t' })?.grid.values).toEqual([
      ['<b>A. NHIỆM VỤ</b>'],
    ]);
  });
});

describe('readClipboard: plain text is literal', () => {
  it('keeps an entity typed in a cell as written (only HTML is decoded)', () => {
    expect(readClipboard({ text: '&nbsp;\tBộ TT&amp;TT' })?.grid.values).toEqual([
      ['&nbsp;', 'Bộ TT&amp;TT'],
    ]);
  });
});

describe('readClipboard: nothing to read', () => {
  it.each([
    [{}],
    [{ html: null, text: null }],
    [{ html: '', text: '' }],
    [{ html: '<p>Chỉ có chữ</p>' }],
    [{ html: '<table></table>', text: '\t\t\r\n \t\u00a0\r\n' }],
    [{ text: '\u00a0\u200b' }],
  ])('%j → null', (data) => {
    expect(readClipboard(data)).toBeNull();
  });
});
