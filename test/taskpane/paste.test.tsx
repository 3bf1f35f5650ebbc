/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkGrid } from '../../src/core/check/checkGrid';
import type { SheetSpec } from '../../src/core/summary/sheetSpec';
import { planSheetWrite } from '../../src/excel/writeSheets';
import type { SheetWriteResult } from '../../src/taskpane/services';
import { clipboardHtml, escapeHtml } from '../helpers/clipboardHtml';
import { fixturePath } from '../helpers/fixtures';
import { fakeServices, userSheetOnly } from './fakeServices';
import { announcement, findingCells, groupHeadings, openTab, pasteInto, rowTexts } from './queries';
import { renderApp } from './renderApp';
import { sampleGrid } from './sampleTable';

/** The pane's sample table as a report would hold it: title, header, section, group, 3 tasks. */
const rows = sampleGrid.values.map((row) =>
  row.map((value) => (value === null ? '' : String(value))),
);
const tsv = rows.map((row) => row.join('\t')).join('\r\n');
const html = clipboardHtml(rows, { spanHeadingRows: true });

const vietnameseLetter = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** The live region repeats what the pane shows: look for the text where it is shown. */
const notAnnounced = { ignore: '[role="status"], script, style' };
const findShown = (text: string | RegExp) => screen.findByText(text, notAnnounced);
const getShown = (text: string | RegExp) => screen.getByText(text, notAnnounced);

function renderPane(options: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({ checkTable: jest.fn(checkGrid), ...options });
}

/** Clicks a button (a view of the switch, an action) and lets the promises it starts answer. */
async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

describe('the paste view', () => {
  it('reads a browser’s HTML table at the paste and shows what it understood and the findings', async () => {
    const { checkTable, services } = renderPane();
    await press('Dán bảng');
    await pasteInto({ html, text: tsv });

    expect(await findShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: 1 vấn đề.')).toBeTruthy();
    expect(checkTable).toHaveBeenCalledTimes(1);
    expect(checkTable).toHaveBeenCalledWith(expect.objectContaining({ sheet: 'Bảng dán' }), {
      asOf: '2024-01-31',
    });
    expect(screen.getByRole('tab', { name: 'Vấn đề (1)', selected: true })).toBeTruthy();
    expect(groupHeadings()).toEqual(['Quá hạn 1 Lỗi']);
    expect(findingCells(/^Quá hạn/)).toEqual(['Ô D7']);
    await waitFor(() => {
      expect(announcement()).toBe('Đã đọc 3 nhiệm vụ từ bảng đã dán: 1 vấn đề.');
    });

    openTab('Bảng đã đọc');
    expect(rowTexts('Bảng đã đọc')).toEqual([
      'Trang tính Bảng dán',
      'Vùng bảng A2:E7',
      'Dòng tiêu đề Dòng 2',
      'Số nhiệm vụ 3',
      'Số phần (A, B, …) 1',
      'Số nhóm (I, II, …) 1',
    ]);
    expect(screen.getByRole('combobox', { name: 'Đơn vị chủ trì' })).toBeTruthy();
    // Reading and checking a paste writes nothing and selects nothing.
    expect(services.read).not.toHaveBeenCalled();
    expect(services.writeSheets).not.toHaveBeenCalled();
  });

  it('reads plain text (TSV) when the clipboard has no HTML', async () => {
    renderPane();
    await press('Dán bảng');
    await pasteInto({ text: tsv });

    expect(await findShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: 1 vấn đề.')).toBeTruthy();
    expect(findingCells(/^Quá hạn/)).toEqual(['Ô D7']);
    // The box shows what was pasted, as text, to edit and read again.
    // A text box keeps line breaks as \n whatever the clipboard used.
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Bảng cần đọc' }).value).toBe(
      tsv.replace(/\r\n/g, '\n'),
    );
  });

  it('reads text typed or edited in the box with “Đọc bảng”', async () => {
    const { checkTable } = renderPane();
    await press('Dán bảng');
    const box = screen.getByRole('textbox', { name: 'Bảng cần đọc' });
    const read = screen.getByRole('button', { name: 'Đọc bảng' });
    expect(read.getAttribute('aria-disabled')).toBe('true');

    fireEvent.change(box, { target: { value: tsv.replace('Quý IV/2023', 'Quý IV/2024') } });
    await act(async () => {
      fireEvent.click(read);
      await Promise.resolve();
    });

    expect(await findShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: không có vấn đề nào.')).toBeTruthy();
    expect(checkTable).toHaveBeenCalledTimes(1);
    expect(getShown('Không phát hiện vấn đề nào trong bảng.')).toBeTruthy();
  });

  it('shows the row of a chosen finding instead of selecting a cell', async () => {
    const { services } = renderPane();
    await press('Dán bảng');
    await pasteInto({ html, text: tsv });

    fireEvent.click(await screen.findByRole('button', { name: /^Ô D7 / }));

    const card = screen.getByRole('region', { name: 'Ô D7 — dòng 7 của bảng đã dán' });
    expect(within(card).getByText('D – Thời hạn').nextSibling?.textContent).toBe('Quý IV/2023');
    expect(within(card).getByText('C – Đơn vị chủ trì').nextSibling?.textContent).toBe(
      'Bộ Tư pháp',
    );
    expect(services.selectCell).not.toHaveBeenCalled();
    expect(announcement()).toBe(
      'Ô D7 (vấn đề 1/1): dòng 7 của bảng đã dán được hiện bên dưới danh sách.',
    );
  });

  it('reads the annex of report 230 pasted as text: 26 tasks and the late ones', async () => {
    const raw = readFileSync(fixturePath('pasted', 'bao-cao-230-cham-muon-raw.tsv'), 'utf8');
    renderPane();
    await press('Dán bảng');
    await pasteInto({ text: raw });

    expect(await findShown('Đã đọc 26 nhiệm vụ từ bảng đã dán: 31 vấn đề.')).toBeTruthy();
    expect(groupHeadings()).toContain('Quá hạn 22 Lỗi');
    // The deadline column of the pasted annex is E; the late tasks are on these rows.
    expect(findingCells(/^Quá hạn/)).toEqual(
      [4, 6, 7, 8, 9, 10, 11, 13, 14, 15, 20, 23, 26, 27, 28, 33, 34, 38, 39, 40, 42, 43].map(
        (row) => `Ô E${String(row)}`,
      ),
    );
    openTab('Bảng đã đọc');
    expect(rowTexts('Bảng đã đọc')).toContain('Số nhiệm vụ 26');
  });

  it('never puts pasted markup in the page', async () => {
    const hostile = [
      '<html><body><table>',
      '<tr><td>STT</td><td>Nội dung, nhiệm vụ</td><td>Đơn vị chủ trì</td><td>Thời hạn</td></tr>',
      '<tr><td>1</td><td>Kết nối dữ liệu<img src=x onerror="window.pwned=1"></td>',
      '<td>Bộ Tư pháp<script>window.pwned=1</script></td><td>Quý IV/2023</td></tr>',
      '</table></body></html>',
    ].join('');
    const { container } = renderPane();
    await press('Dán bảng');
    await pasteInto({
      html: hostile,
      text: '<img src=x onerror="window.pwned=1"><script>x</script>',
    });

    expect(await findShown(/^Đã đọc 1 nhiệm vụ từ bảng đã dán/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Ô D2 / }));
    expect(screen.getByRole('region', { name: /^Ô D2/ }).textContent).toContain('Kết nối dữ liệu');
    openTab('Bảng đã đọc');
    expect(container.querySelectorAll('img, script, iframe, object')).toHaveLength(0);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect('pwned' in window).toBe(false);
  });

  it('says what to do when the paste holds no table, or a table without its header row', async () => {
    renderPane();
    await press('Dán bảng');

    await pasteInto({ html: `<p>${escapeHtml('<img src=x>')}</p><img src=x onerror="alert(1)">` });
    const nothing = screen.getByRole('group', { name: 'Không đọc được bảng đã dán' });
    expect(nothing.textContent).toContain(
      'Không có bảng trong nội dung đã dán — hãy sao chép bảng nhiệm vụ (gồm cả dòng tiêu đề) từ báo cáo rồi dán lại vào ô này.',
    );
    expect(screen.queryByRole('tablist')).toBeNull();

    await pasteInto({
      text: rows
        .slice(3)
        .map((row) => row.join('\t'))
        .join('\n'),
    });
    const headerless = await screen.findByRole('group', { name: 'Không đọc được bảng đã dán' });
    expect(headerless.textContent).toContain(
      'Không tìm thấy dòng tiêu đề trong bảng đã dán — hãy sao chép cả dòng tiêu đề (STT, Nội dung, …) rồi dán lại.',
    );
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Chèn thành trang tính mới' })).toBeNull();
  });

  it('checks with the report date saved in the workbook', async () => {
    const services = fakeServices({ loadReportDate: () => Promise.resolve('2023-12-01') });
    const { checkTable } = renderPane({ services });
    await press('Dán bảng');
    await pasteInto({ text: tsv });

    expect(checkTable).toHaveBeenLastCalledWith(expect.objectContaining({ sheet: 'Bảng dán' }), {
      asOf: '2023-12-01',
    });
    expect(await findShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: không có vấn đề nào.')).toBeTruthy();
  });

  it('re-runs the rules on the pasted table when the report date changes', async () => {
    const { checkTable, services } = renderPane();
    await press('Dán bảng');
    await pasteInto({ text: tsv });
    await findShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: 1 vấn đề.');

    const view = screen.getByRole('region', { name: 'Dán bảng từ báo cáo' });
    fireEvent.change(within(view).getByLabelText('Ngày báo cáo'), {
      target: { value: '2023-12-01' },
    });

    expect(await findShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: không có vấn đề nào.')).toBeTruthy();
    expect(checkTable).toHaveBeenLastCalledWith(expect.objectContaining({ sheet: 'Bảng dán' }), {
      asOf: '2023-12-01',
    });
    expect(services.saveReportDate).toHaveBeenCalledWith('2023-12-01');
  });

  it('keeps the pasted table while the check view is open', async () => {
    renderPane();
    await press('Dán bảng');
    await pasteInto({ html, text: tsv });
    await findShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: 1 vấn đề.');

    await press('Kiểm tra trang tính');
    expect(
      screen.getByRole('button', { name: 'Kiểm tra trang tính' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.queryByRole('textbox', { name: 'Bảng cần đọc' })).toBeNull();
    await press('Kiểm tra');
    expect(await screen.findByRole('tab', { name: 'Vấn đề (1)', selected: true })).toBeTruthy();
    expect(announcement()).toBe('Đã kiểm tra 3 nhiệm vụ: 1 vấn đề.');

    await press('Dán bảng');
    expect(getShown('Đã đọc 3 nhiệm vụ từ bảng đã dán: 1 vấn đề.')).toBeTruthy();
    expect(findingCells(/^Quá hạn/)).toEqual(['Ô D7']);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Bảng cần đọc' }).value).toBe(
      tsv.replace(/\r\n/g, '\n'),
    );
    expect(screen.queryByRole('button', { name: 'Kiểm tra' })).toBeNull();
  });
});

describe('inserting the pasted table', () => {
  it('writes the normalised table to a new sheet under a group of its own, with progress', async () => {
    let finish: () => void = () => undefined;
    const services = fakeServices({
      writeSheets: (specs, { group, onProgress }) => {
        onProgress(1, 3);
        return new Promise<SheetWriteResult>((resolve) => {
          finish = () => {
            resolve({ ...planSheetWrite(specs, userSheetOnly(), group), syncs: 3 });
          };
        });
      },
    });
    renderPane({ services });
    await press('Dán bảng');
    await pasteInto({ html, text: tsv });

    await press('Chèn thành trang tính mới');
    expect(services.writeSheets).toHaveBeenCalledTimes(1);
    const [specs, options] = services.writeSheets.mock.calls[0] ?? [];
    expect(specs?.map((spec: SheetSpec) => [spec.kind, spec.name])).toEqual([
      ['normalized', 'Bảng dán'],
    ]);
    expect(options?.group).toMatch(/^pasted:/);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(getShown('Đã xong 1/3')).toBeTruthy();

    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(await findShown('Đã chèn bảng vào trang tính mới “Bảng dán”.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('makes a new sheet at each insert: two inserts, two groups', async () => {
    const { services } = renderPane();
    await press('Dán bảng');
    await pasteInto({ html, text: tsv });
    await press('Chèn thành trang tính mới');
    await findShown('Đã chèn bảng vào trang tính mới “Bảng dán”.');
    await pasteInto({ text: tsv });
    await press('Chèn thành trang tính mới');

    expect(services.writeSheets).toHaveBeenCalledTimes(2);
    const groups = services.writeSheets.mock.calls.map(([, options]) => options.group);
    expect(groups.every((group) => group.startsWith('pasted:'))).toBe(true);
    expect(new Set(groups).size).toBe(2);
  });

  it('says why it cannot insert in an Excel that cannot add sheets', async () => {
    const services = fakeServices({ canWriteSheets: () => false });
    renderPane({ services });
    await press('Dán bảng');
    await pasteInto({ html, text: tsv });

    const button = screen.getByRole('button', { name: 'Chèn thành trang tính mới' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const hint = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'Phiên bản Excel này chưa tạo được trang tính mới — cập nhật Office hoặc dùng Excel trên web.',
    );
    fireEvent.click(button);
    expect(services.writeSheets).not.toHaveBeenCalled();
  });

  it('turns a write error into words with the next step', async () => {
    const services = fakeServices({
      writeSheets: () => Promise.reject(Object.assign(new Error('x'), { code: 'AccessDenied' })),
    });
    renderPane({ services });
    await press('Dán bảng');
    await pasteInto({ html, text: tsv });
    await press('Chèn thành trang tính mới');

    const bar = await screen.findByRole('group', { name: 'Không chèn được trang tính' });
    expect(bar.textContent).toContain('bỏ bảo vệ rồi thử lại');
  });
});

describe('the paste view in English', () => {
  it('speaks English', async () => {
    renderPane({ locale: 'en' });
    expect(screen.getByRole('group', { name: 'What to do' })).toBeTruthy();
    await press('Paste a table');
    await pasteInto({ html, text: tsv }, 'Table to read');

    expect(await findShown('Read 3 tasks from the pasted table: 1 problem.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Problems (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert as a new sheet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Read table' })).toBeTruthy();

    // The pane's own words are English; the findings quote the pasted cells.
    const paneWords = [
      ...screen.getAllByRole('heading'),
      ...screen.getAllByRole('button'),
      ...screen.getAllByRole('tab'),
      ...document.querySelectorAll('label'),
    ]
      .filter((element) => !element.closest('[hidden]'))
      .map((element) => element.textContent)
      .filter((text) => !text.startsWith('Cell ') && vietnameseLetter.test(text));
    expect(paneWords).toEqual(['Đề án 06 task table check']);

    await pasteInto({ text: 'xin chào\tbạn' }, 'Table to read');
    const bar = await screen.findByRole('group', { name: 'Could not read the pasted table' });
    expect(bar.textContent).toContain('No header row in the pasted table — copy the header row');
  });
});
