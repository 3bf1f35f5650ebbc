/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { Grid } from '../../src/core/table/grid';
import type { ReadOptions, ReadResult } from '../../src/core/table/readTaskTable';
import { AppError } from '../../src/excel/errors';
import type { SheetRead } from '../../src/taskpane/services';
import { clickCheck, rowTexts } from './queries';
import { renderApp } from './renderApp';
import { fakeReadTable, fakeSource, sampleGrid, sampleRead } from './sampleTable';

const vietnameseLetter = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe('App', () => {
  it('reads the sheet once and shows what it understood', async () => {
    const source = fakeSource();
    const readTable = fakeReadTable();
    renderApp({ source, readTable });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Kiểm tra bảng nhiệm vụ Đề án 06',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('heading', { level: 2, name: 'Bảng đã đọc' });

    expect(source.read).toHaveBeenCalledTimes(1);
    expect(source.read).toHaveBeenCalledWith('auto');
    expect(readTable).toHaveBeenCalledWith(sampleGrid, { reportDate: '2024-01-31' });

    expect(rowTexts('Bảng đã đọc')).toEqual([
      'Trang tính Nhiệm vụ',
      'Vùng bảng A2:E7',
      'Dòng tiêu đề Dòng 2',
      'Số nhiệm vụ 3',
      'Số phần (A, B, …) 1',
      'Số nhóm (I, II, …) 1',
    ]);
    expect(rowTexts('Nhiệm vụ theo tình trạng')).toEqual([
      'Hoàn thành 1',
      'Đang thực hiện 1',
      'Chưa hoàn thành 1',
    ]);
    expect(rowTexts('Nhiệm vụ theo thời hạn')).toEqual(['Có thời hạn 2', 'Thường xuyên 1']);
    expect(screen.getByRole('status').textContent).toBe('Đã đọc bảng: 3 nhiệm vụ.');
  });

  it('shows the column of each role with its header text', async () => {
    renderApp({ source: fakeSource(), readTable: fakeReadTable() });
    await clickCheck();

    const lead = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Đơn vị chủ trì' });
    expect(lead.value).toBe('C');
    expect(lead.selectedOptions[0]?.textContent).toBe('C – Đơn vị chủ trì');
    expect(
      within(lead)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      '(không có)',
      'A – STT',
      'B – Nội dung, nhiệm vụ',
      'C – Đơn vị chủ trì',
      'D – Thời hạn',
      'E – Kết quả',
    ]);
    const partners = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Đơn vị phối hợp' });
    expect(partners.value).toBe('');
  });

  it('re-reads the grid already read when a column is corrected, without reading Excel again', async () => {
    const source = fakeSource();
    const readTable = fakeReadTable();
    renderApp({ source, readTable });
    await clickCheck();

    fireEvent.change(screen.getByRole('combobox', { name: 'Thời hạn' }), {
      target: { value: 'E' },
    });

    expect(source.read).toHaveBeenCalledTimes(1);
    expect(readTable).toHaveBeenCalledTimes(2);
    expect(readTable).toHaveBeenLastCalledWith(sampleGrid, {
      reportDate: '2024-01-31',
      columnOverrides: { deadline: 'E' },
    });
    expect(rowTexts('Nhiệm vụ theo thời hạn')).toEqual(['Không đọc được 3']);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Thời hạn' }).value).toBe('E');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kết quả' }).value).toBe('');
  });

  it('keeps earlier corrections when another column is corrected', async () => {
    const readTable = fakeReadTable();
    renderApp({ source: fakeSource(), readTable });
    await clickCheck();

    fireEvent.change(screen.getByRole('combobox', { name: 'Ghi chú' }), { target: { value: 'E' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'STT' }), { target: { value: '' } });

    expect(readTable).toHaveBeenLastCalledWith(sampleGrid, {
      reportDate: '2024-01-31',
      columnOverrides: { note: 'E', stt: '' },
    });
  });

  it('reads the scope the user chose', async () => {
    const source = fakeSource();
    renderApp({ source, readTable: fakeReadTable() });

    fireEvent.click(screen.getByRole('radio', { name: 'Cả trang tính' }));
    await clickCheck();
    fireEvent.click(screen.getByRole('radio', { name: 'Vùng đang chọn' }));
    await clickCheck();

    expect(source.read.mock.calls).toEqual([['usedRange'], ['selection']]);
  });

  it('has a labelled scope choice, automatic by default', () => {
    renderApp({ source: fakeSource(), readTable: fakeReadTable() });
    const scope = screen.getByRole('radiogroup', { name: 'Phạm vi' });
    expect(
      within(scope)
        .getAllByRole<HTMLInputElement>('radio')
        .map((radio) => [radio.value, radio.checked]),
    ).toEqual([
      ['auto', true],
      ['selection', false],
      ['usedRange', false],
    ]);
    expect(
      within(scope).getByRole('radio', { name: 'Tự động: bảng quanh ô đang chọn' }),
    ).toBeTruthy();
  });

  it('shows a spinner while reading', async () => {
    let finish: (read: SheetRead) => void = () => undefined;
    const source = {
      read: jest.fn(() => new Promise<SheetRead>((resolve) => (finish = resolve))),
    };
    renderApp({ source, readTable: fakeReadTable() });

    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(screen.getByText('Đang đọc bảng…', { selector: 'label' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Cả trang tính' })).toHaveProperty('disabled', true);

    finish(sampleRead);
    await screen.findByRole('heading', { name: 'Bảng đã đọc' });
    expect(screen.queryByText('Đang đọc bảng…', { selector: 'label' })).toBeNull();
  });

  it('speaks English when the locale is English', async () => {
    renderApp({ source: fakeSource(), readTable: fakeReadTable(), locale: 'en' });

    expect(screen.getByRole('radiogroup', { name: 'Scope' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('heading', { level: 2, name: 'Table read' });

    expect(rowTexts('Tasks by status')).toEqual(['Done 1', 'In progress 1', 'Not done 1']);
    expect(rowTexts('Tasks by deadline')).toEqual(['Dated 2', 'Recurring 1']);
    expect(screen.getByRole('combobox', { name: 'Lead agency' })).toBeTruthy();
    // The pane's own words are English; the sheet's cell text and the programme's name are not.
    const paneWords = [
      ...screen.getAllByRole('heading'),
      ...screen.getAllByRole('button'),
      ...screen.getAllByRole('columnheader'),
      ...document.querySelectorAll('label'),
    ].map((element) => element.textContent);
    expect(paneWords).toContain('Check');
    expect(paneWords.filter((text) => vietnameseLetter.test(text))).toEqual([
      'Đề án 06 task table check',
    ]);
  });

  it('turns an adapter error into words with the next step', async () => {
    const source = { read: jest.fn(() => Promise.reject(new AppError('sheet_empty'))) };
    renderApp({ source, readTable: fakeReadTable() });
    await clickCheck();

    const bar = await screen.findByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain(
      'Trang tính đang trống — mở trang tính có bảng nhiệm vụ rồi bấm Kiểm tra.',
    );
  });

  it('treats an error it does not know as unknown', async () => {
    const source = { read: jest.fn(() => Promise.reject(new TypeError('boom'))) };
    renderApp({ source, readTable: fakeReadTable() });
    await clickCheck();

    const bar = await screen.findByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain('Đã có lỗi không mong muốn khi đọc bảng');
    expect(bar.textContent).not.toContain('boom');
  });

  it('explains a table without a header row', async () => {
    const readTable = jest.fn(() => ({
      success: false as const,
      issues: [{ code: 'header_not_found' as const, params: { sheet: 'Nhiệm vụ' } }],
    }));
    renderApp({ source: fakeSource(), readTable });
    await clickCheck();

    const bar = await screen.findByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain(
      'Không tìm thấy dòng tiêu đề của bảng nhiệm vụ — chọn vùng bảng (gồm cả dòng tiêu đề) rồi bấm Kiểm tra.',
    );
    expect(screen.queryByRole('heading', { name: 'Bảng đã đọc' })).toBeNull();
  });

  it('warns when an essential column was not found', async () => {
    renderApp({ source: fakeSource(), readTable: fakeReadTable() });
    await clickCheck();
    fireEvent.change(screen.getByRole('combobox', { name: 'Thời hạn' }), { target: { value: '' } });

    const bar = screen.getByRole('group', { name: 'Cần xem lại' });
    expect(bar.textContent).toContain('Chưa nhận ra cột Thời hạn');
  });

  it('keeps its headings in order', async () => {
    renderApp({ source: fakeSource(), readTable: fakeReadTable() });
    await clickCheck();

    const headings = screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent]);
    expect(headings).toEqual([
      ['H1', 'Kiểm tra bảng nhiệm vụ Đề án 06'],
      ['H2', 'Bảng đã đọc'],
      ['H3', 'Các cột đã nhận'],
      ['H3', 'Nhiệm vụ theo tình trạng'],
      ['H3', 'Nhiệm vụ theo thời hạn'],
    ]);
  });

  it('shows cell text as text, never as markup', async () => {
    const values = sampleGrid.values.map((row) => [...row]);
    values[1]![4] = '<b>Kết quả</b><img src=x onerror="alert(1)">';
    const grid = { ...sampleGrid, values };
    renderApp({ source: fakeSource({ ...sampleRead, grid }), readTable: fakeReadTable() });
    await clickCheck();

    const result = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kết quả' });
    expect(result.selectedOptions[0]?.textContent).toBe(
      'E – <b>Kết quả</b><img src=x onerror="alert(1)">',
    );
    expect(document.querySelector('b, img')).toBeNull();
  });

  it('keeps the column pickers when a correction leaves no table', async () => {
    const sample = fakeReadTable();
    // Reading the task text from column C leaves no task rows.
    const readTable = jest.fn((grid: Grid, options: ReadOptions): ReadResult =>
      options.columnOverrides?.task === 'C'
        ? { success: false, issues: [{ code: 'no_tasks', params: { sheet: grid.sheet } }] }
        : sample(grid, options),
    );
    renderApp({ source: fakeSource(), readTable });
    await clickCheck();
    fireEvent.change(screen.getByRole('combobox', { name: 'Nội dung nhiệm vụ' }), {
      target: { value: 'C' },
    });

    const bar = screen.getByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain('Đã thấy dòng tiêu đề nhưng bên dưới không có nhiệm vụ nào');
    expect(screen.queryByRole('table', { name: 'Nhiệm vụ theo tình trạng' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Nội dung nhiệm vụ' }), {
      target: { value: 'B' },
    });
    expect(screen.queryByRole('group', { name: 'Không đọc được bảng' })).toBeNull();
    expect(rowTexts('Nhiệm vụ theo tình trạng')).toHaveLength(3);
  });
});
