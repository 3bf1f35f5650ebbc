/** @jest-environment jsdom */
/**
 * Issue 9 §5 in the pane: the hostile grids of test/hostile/corpus.ts, read as Excel would hand
 * them over, and hostile pastes. After Kiểm tra the pane says something clear in Vietnamese — a
 * MessageBar or the findings — never throws, and never turns cell text into markup.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { act, fireEvent, screen } from '@testing-library/react';
import { loadFile } from '../../src/cli/loadFile';
import { checkGrid } from '../../src/core/check/checkGrid';
import { getCatalog } from '../../src/core/i18n';
import type { Grid } from '../../src/core/table/grid';
import { clipboardHtml } from '../helpers/clipboardHtml';
import { CASES, COL, HEADER, SCRIPT_TEXTS, taskRow } from '../hostile/corpus';
import type { HostileCase } from '../hostile/corpus';
import { fakeServices } from './fakeServices';
import { clickCheck, pasteInto } from './queries';
import type { Clipboard } from './queries';
import { renderApp } from './renderApp';

const vi = getCatalog('vi');
/** The pane's "today" in renderApp: the report date the rules run with. */
const AS_OF = '2024-01-31';
const vietnameseLetter = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

// jsdom has no TextDecoder; the file reader decodes .csv and .tsv with Node's.
Object.assign(globalThis, { TextDecoder });

/** The cases of the corpus that are grids: all but the files no spreadsheet program opens. */
const NOT_A_WORKBOOK = [
  'an empty .xlsx',
  'text named .xlsx',
  'a PNG named .xlsx',
  'a truncated zip',
];
const gridCases = CASES.filter((hostile) => !NOT_A_WORKBOOK.includes(hostile.name));

const scratch = mkdtempSync(join(tmpdir(), 'da06-pane-hostile-'));
/** The first sheet of each grid case, as the reader gives it. */
const grids = new Map<string, Grid>();

beforeAll(async () => {
  for (const hostile of gridCases) {
    const dir = join(scratch, hostile.name.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(dir);
    const [grid] = await loadFile(await hostile.build(dir));
    if (grid !== undefined) grids.set(hostile.name, grid);
  }
});

let alert: jest.SpyInstance;
let consoleError: jest.SpyInstance;
beforeEach(() => {
  alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);
  consoleError = jest.spyOn(console, 'error');
});
afterEach(() => {
  // Nothing ran from cell text, and React reported no error while rendering it.
  expect(alert).not.toHaveBeenCalled();
  expect(consoleError).not.toHaveBeenCalled();
  alert.mockRestore();
  consoleError.mockRestore();
});

/** No element was made from cell text: the page holds no picture, script or frame. */
function expectNoMarkup(container: HTMLElement): void {
  expect(container.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(document.querySelectorAll('img, script')).toHaveLength(0);
}

/** Renders the pane on a sheet holding `grid`, with the real reader and rules, and checks it. */
async function checkInPane(grid: Grid): Promise<HTMLElement> {
  const { container } = renderApp({
    checkTable: jest.fn(checkGrid),
    services: fakeServices({}, { grid, scope: 'auto', selection: 'A1', activeCell: 'A1' }),
  });
  await clickCheck();
  return container;
}

describe.each(gridCases)('the pane on hostile input: $name', (hostile: HostileCase) => {
  it('says what it found in Vietnamese, as text', async () => {
    const grid = grids.get(hostile.name);
    expect(grid).toBeDefined();
    if (grid === undefined) return;
    const container = await checkInPane(grid);
    const result = checkGrid(grid, { asOf: AS_OF });

    if (result.table === null) {
      // No table: one MessageBar naming the problem and the next step.
      const bar = screen.getByRole('group', { name: 'Không đọc được bảng' });
      for (const issue of result.issues) expect(bar.textContent).toContain(vi.readIssue(issue));
      expect(bar.textContent).toMatch(vietnameseLetter);
      expect(bar.textContent).toMatch(/ — \S/);
    } else {
      const tasks = vi.formatNumber(result.table.tasks.length);
      expect(container.textContent).toContain(`Đã kiểm tra ${tasks} nhiệm vụ`);
      // Every finding is listed with its words, cell text quoted as text.
      for (const finding of result.findings) {
        expect(container.textContent).toContain(vi.finding(finding));
      }
      if (result.findings.length === 0) {
        expect(screen.getByText('Không phát hiện vấn đề nào trong bảng.')).toBeTruthy();
      }
    }
    expectNoMarkup(container);
  });
});

describe('the pane on hostile cells', () => {
  it('shows <script> and <img onerror> text quoted in a finding, as text', async () => {
    const grid = grids.get('script and img onerror text');
    if (grid === undefined) throw new Error('case not built');
    const container = await checkInPane(grid);
    expect(container.textContent).toContain(`kết quả “${SCRIPT_TEXTS[0]}”`);
    expectNoMarkup(container);
  });

  it('shows one finding per Excel error cell, naming the error and the column', async () => {
    const grid = grids.get('error cells (#REF!, #N/A, #DIV/0!)');
    if (grid === undefined) throw new Error('case not built');
    await checkInPane(grid);
    expect(screen.getByRole('button', { name: /^Ô C3 / }).textContent).toContain(
      'Ô ở cột Đơn vị chủ trì hiện lỗi Excel #N/A thay cho giá trị — sửa công thức',
    );
    expect(screen.queryByText(/Không nhận ra đơn vị/)).toBeNull();
  });
});

/** Opens the paste view, pastes into its box as Ctrl+V does, and lets the check finish. */
async function pasteInPane(clipboard: Clipboard): Promise<HTMLElement> {
  const { container } = renderApp({ checkTable: jest.fn(checkGrid) });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Dán bảng' }));
    await Promise.resolve();
  });
  await pasteInto(clipboard);
  return container;
}

const NOTHING_PASTED = 'Không đọc được bảng đã dán';

describe('the pane on hostile pastes', () => {
  it.each([
    ['an empty paste', { text: '' }],
    ['blank lines', { text: '\n\t\n  \n' }],
    [
      'plain prose',
      {
        text: 'Kính gửi các sở, ban, ngành. Đề nghị báo cáo kết quả thực hiện Đề án 06 trước ngày 15/01/2024.',
      },
    ],
    [
      'prose as HTML',
      { html: '<p>Kính gửi <b>các sở</b>, ban, ngành.</p><img src=x onerror="alert(1)">' },
    ],
  ])('%s: a MessageBar saying what to paste', async (_, clipboard: Clipboard) => {
    const container = await pasteInPane(clipboard);
    const bar = screen.getByRole('group', { name: NOTHING_PASTED });
    expect(bar.textContent).toMatch(vietnameseLetter);
    expect(bar.textContent).toMatch(/ — \S.+ lại/);
    expect(screen.queryByRole('tablist')).toBeNull();
    expectNoMarkup(container);
  });

  it('reads an HTML table whose cells hold <script>, <img onerror> and Excel errors, as text', async () => {
    const rows = [
      [...HEADER],
      taskRow(1, {
        [COL.task]: SCRIPT_TEXTS[0],
        [COL.result]: SCRIPT_TEXTS[1],
        [COL.lead]: '#N/A',
      }),
      taskRow(2),
    ].map((row) => row.map(String));
    const raw = [
      '<table><tr><td>STT</td><td>Nội dung nhiệm vụ</td><td>Đơn vị chủ trì</td><td>Thời hạn</td><td>Kết quả</td></tr>',
      '<tr><td>3</td><td>Kết nối dữ liệu<img src=x onerror="alert(1)"></td>',
      '<td>Bộ Tư pháp<script>alert(1)</script></td><td>31/12/2024</td><td>Đang thực hiện</td></tr></table>',
    ].join('');
    for (const html of [clipboardHtml(rows), raw]) {
      const container = await pasteInPane({ html });
      expect(
        await screen.findByText(/^Đã đọc \d+ nhiệm vụ từ bảng đã dán/, {
          ignore: '[role="status"]',
        }),
      ).toBeTruthy();
      expectNoMarkup(container);
      document.body.innerHTML = '';
    }
    const container = await pasteInPane({ html: clipboardHtml(rows) });
    await screen.findByText(/^Đã đọc 2 nhiệm vụ/, { ignore: '[role="status"]' });
    // The row of the error cell, shown under the list: the pasted texts, as text.
    fireEvent.click(screen.getByRole('button', { name: /^Ô C2 / }));
    const card = screen.getByRole('region', { name: /^Ô C2/ });
    expect(card.textContent).toContain(SCRIPT_TEXTS[0]);
    expect(card.textContent).toContain(SCRIPT_TEXTS[1]);
    expect(card.textContent).toContain('#N/A');
    expectNoMarkup(container);
  });
});
