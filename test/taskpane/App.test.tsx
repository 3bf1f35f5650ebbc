/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CheckOptions, CheckResult } from '../../src/core/check/checkGrid';
import type { Grid } from '../../src/core/table/grid';
import { AppError } from '../../src/excel/errors';
import type { SheetRead } from '../../src/taskpane/services';
import { fakeServices } from './fakeServices';
import {
  announcement,
  clickCheck,
  findingCells,
  groupHeadings,
  openTab,
  rowTexts,
} from './queries';
import { renderApp } from './renderApp';
import { fakeCheckTable, sampleFindings } from './sampleFindings';
import { sampleGrid, sampleRead } from './sampleTable';

const vietnameseLetter = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe('App', () => {
  it('reads the sheet once, runs the rules and lists the findings grouped by rule', async () => {
    const { services, checkTable } = renderApp();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Kiểm tra bảng nhiệm vụ Đề án 06',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('tab', { name: 'Vấn đề (5)', selected: true });

    expect(services.read).toHaveBeenCalledTimes(1);
    expect(services.read).toHaveBeenCalledWith('auto', expect.anything());
    expect(checkTable).toHaveBeenCalledWith(sampleGrid, { asOf: '2024-01-31' });
    // Errors first, then warnings and information, each group in the rules' order.
    expect(groupHeadings()).toEqual([
      'Quá hạn 2 Lỗi',
      'Số thứ tự (STT) 1 Cảnh báo',
      'Sắp đến hạn 1 Cảnh báo',
      'Đơn vị không nhận ra 1 Thông tin',
    ]);
    expect(findingCells(/^Quá hạn/)).toEqual(['Ô D7', 'Ô D5']);
    expect(screen.getByRole('button', { name: /^Ô D7 / }).textContent).toContain(
      'Quá hạn 31 ngày: thời hạn 31/12/2023',
    );
    expect(screen.getByText('5 vấn đề')).toBeTruthy();
    await waitFor(() => {
      expect(announcement()).toBe('Đã kiểm tra 3 nhiệm vụ: 5 vấn đề.');
    });
  });

  it('shows each severity with an icon and its name, not by colour alone', async () => {
    renderApp();
    await clickCheck();

    const heading = screen.getByRole('button', { name: /^Quá hạn/ });
    expect(within(heading).getByText('Lỗi')).toBeTruthy();
    expect(heading.querySelectorAll('svg').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps what it understood in the "Bảng đã đọc" tab', async () => {
    renderApp();
    await clickCheck();
    expect(screen.queryByRole('table', { name: 'Bảng đã đọc' })).toBeNull();

    openTab('Bảng đã đọc');
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
    const lead = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Đơn vị chủ trì' });
    expect(lead.value).toBe('C');
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
  });

  it('re-runs the check on the grid already read when a column is corrected', async () => {
    const { services, checkTable } = renderApp();
    await clickCheck();
    openTab('Bảng đã đọc');

    fireEvent.change(screen.getByRole('combobox', { name: 'Thời hạn' }), {
      target: { value: 'E' },
    });

    expect(services.read).toHaveBeenCalledTimes(1);
    expect(checkTable).toHaveBeenLastCalledWith(sampleGrid, {
      asOf: '2024-01-31',
      columnOverrides: { deadline: 'E' },
    });
    expect(rowTexts('Nhiệm vụ theo thời hạn')).toEqual(['Không đọc được 3']);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Thời hạn' }).value).toBe('E');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kết quả' }).value).toBe('');
  });

  it('keeps earlier corrections when another column is corrected', async () => {
    const { checkTable } = renderApp();
    await clickCheck();
    openTab('Bảng đã đọc');

    fireEvent.change(screen.getByRole('combobox', { name: 'Ghi chú' }), { target: { value: 'E' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'STT' }), { target: { value: '' } });

    expect(checkTable).toHaveBeenLastCalledWith(sampleGrid, {
      asOf: '2024-01-31',
      columnOverrides: { note: 'E', stt: '' },
    });
  });

  it('reads the scope the user chose', async () => {
    const { services } = renderApp();

    fireEvent.click(screen.getByRole('radio', { name: 'Cả trang tính' }));
    await clickCheck();
    fireEvent.click(screen.getByRole('radio', { name: 'Vùng đang chọn' }));
    await clickCheck();

    expect(services.read.mock.calls.map(([scope]) => scope)).toEqual(['usedRange', 'selection']);
  });

  it('has a labelled scope choice, automatic by default', () => {
    renderApp();
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
  });

  it('shows a spinner while reading, once the read takes over 300 ms', async () => {
    jest.useFakeTimers();
    try {
      const answers: ((read: SheetRead) => void)[] = [];
      const services = fakeServices({
        read: jest.fn(() => new Promise<SheetRead>((resolve) => answers.push(resolve))),
      });
      renderApp({ services });

      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
      expect(screen.queryByText('Đang đọc bảng…', { selector: 'label' })).toBeNull();
      expect(screen.getByRole('radio', { name: 'Cả trang tính' })).toHaveProperty('disabled', true);
      expect(announcement()).toBe('Đang đọc bảng…');
      act(() => {
        jest.advanceTimersByTime(300);
      });
      expect(screen.getByText('Đang đọc bảng…', { selector: 'label' })).toBeTruthy();

      answers[0]?.(sampleRead);
      await screen.findByRole('tab', { name: 'Vấn đề (5)' });
      expect(screen.queryByText('Đang đọc bảng…', { selector: 'label' })).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('speaks English when the locale is English', async () => {
    renderApp({ locale: 'en' });

    expect(screen.getByRole('radiogroup', { name: 'Scope' })).toBeTruthy();
    expect(screen.getByLabelText('Report date')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('tab', { name: 'Problems (5)' });

    expect(groupHeadings()).toEqual([
      'Overdue 2 Error',
      'Row numbers (STT) 1 Warning',
      'Due soon 1 Warning',
      'Unknown agencies 1 Info',
    ]);
    expect(screen.getByRole('button', { name: /^Cell D7 Overdue by 31 days/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Filter by severity' })).toBeTruthy();
    await waitFor(() => {
      expect(announcement()).toBe('3 tasks checked: 5 problems.');
    });

    const paneWords = () =>
      [
        ...screen.getAllByRole('heading'),
        ...screen.getAllByRole('button'),
        ...screen.getAllByRole('tab'),
        ...screen.queryAllByRole('columnheader'),
        ...screen.queryAllByRole('listitem'),
        ...document.querySelectorAll('label'),
      ]
        .filter((element) => !element.closest('[hidden]'))
        .map((element) => element.textContent);
    // The pane's own words are English; the finding messages quote the sheet ("Bộ TT&TT").
    const findingsWords = paneWords().filter(
      (text) => !text.startsWith('Cell ') && vietnameseLetter.test(text),
    );
    expect(findingsWords).toEqual(['Đề án 06 task table check']);

    openTab('Colours');
    expect(screen.getByRole('button', { name: /^Colour 2 overdue rows and 1 due-soon row$/ }));
    openTab('Table read');
    expect(rowTexts('Tasks by status')).toEqual(['Done 1', 'In progress 1', 'Not done 1']);
    expect(screen.getByRole('combobox', { name: 'Lead agency' })).toBeTruthy();
    expect(paneWords().filter((text) => vietnameseLetter.test(text))).toEqual([
      'Đề án 06 task table check',
    ]);
  });

  it('turns an adapter error into words with the next step', async () => {
    const services = fakeServices({
      read: jest.fn(() => Promise.reject(new AppError('sheet_empty'))),
    });
    renderApp({ services });
    await clickCheck();

    const bar = await screen.findByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain(
      'Trang tính đang trống — mở trang tính có bảng nhiệm vụ rồi bấm Kiểm tra.',
    );
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('treats an error it does not know as unknown', async () => {
    const services = fakeServices({
      read: jest.fn(() => Promise.reject(new TypeError('boom'))),
    });
    renderApp({ services });
    await clickCheck();

    const bar = await screen.findByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain('Đã có lỗi không mong muốn khi đọc bảng');
    expect(bar.textContent).not.toContain('boom');
  });

  it('explains a table without a header row', async () => {
    const checkTable = jest.fn((grid: Grid): CheckResult => ({
      sheet: grid.sheet,
      table: null,
      issues: [{ code: 'header_not_found', params: { sheet: grid.sheet } }],
      findings: [],
    }));
    renderApp({ checkTable });
    await clickCheck();

    const bar = await screen.findByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain(
      'Không tìm thấy dòng tiêu đề — chọn vùng bảng rồi bấm Kiểm tra.',
    );
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByText('Không phát hiện vấn đề nào trong bảng.')).toBeNull();
    await waitFor(() => {
      expect(announcement()).toBe('Không đọc được bảng');
    });
  });

  it('warns above the results when an essential column was not found', async () => {
    renderApp();
    await clickCheck();
    openTab('Bảng đã đọc');
    fireEvent.change(screen.getByRole('combobox', { name: 'Thời hạn' }), { target: { value: '' } });

    const bar = screen.getByRole('group', { name: 'Cần xem lại' });
    expect(bar.textContent).toContain('Chưa nhận ra cột Thời hạn');
    openTab(/^Vấn đề/);
    expect(screen.getByRole('group', { name: 'Cần xem lại' })).toBe(bar);
  });

  it('keeps its headings in order', async () => {
    renderApp();
    await clickCheck();

    const headings = () => screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent]);
    expect(headings().slice(0, 3)).toEqual([
      ['H1', 'Kiểm tra bảng nhiệm vụ Đề án 06'],
      ['H2', 'Các vấn đề phát hiện'],
      ['H3', expect.stringMatching(/^Quá hạn/)],
    ]);
    openTab('Tô màu');
    expect(headings()).toEqual([
      ['H1', 'Kiểm tra bảng nhiệm vụ Đề án 06'],
      ['H2', 'Tô màu hạn'],
      ['H3', 'Chú thích màu'],
    ]);
    openTab('Bảng đã đọc');
    expect(headings()).toEqual([
      ['H1', 'Kiểm tra bảng nhiệm vụ Đề án 06'],
      ['H2', 'Bảng đã đọc'],
      ['H3', 'Các cột đã nhận'],
      ['H3', 'Nhiệm vụ theo tình trạng'],
      ['H3', 'Nhiệm vụ theo thời hạn'],
    ]);
  });

  it('shows cell text as text, never as markup', async () => {
    const markup = '<b>Kết quả</b><img src=x onerror="alert(1)">';
    const values = sampleGrid.values.map((row) => [...row]);
    values[1]![4] = markup;
    const grid = { ...sampleGrid, values };
    const findings = sampleFindings.map((finding) =>
      finding.code === 'agency_unknown'
        ? { ...finding, params: { name: markup, occurrences: 1 } }
        : finding,
    );
    renderApp({
      services: fakeServices({}, { ...sampleRead, grid }),
      checkTable: fakeCheckTable(findings),
    });
    await clickCheck();

    expect(screen.getByRole('button', { name: /^Ô C6/ }).textContent).toContain(markup);
    openTab('Bảng đã đọc');
    const result = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kết quả' });
    expect(result.selectedOptions[0]?.textContent).toBe(`E – ${markup}`);
    expect(document.querySelector('b, img')).toBeNull();
  });

  it('keeps the column pickers when a correction leaves no table', async () => {
    const sample = fakeCheckTable();
    // Reading the task text from column C leaves no task rows.
    const checkTable = jest.fn((grid: Grid, options: CheckOptions): CheckResult =>
      options.columnOverrides?.task === 'C'
        ? {
            sheet: grid.sheet,
            table: null,
            issues: [{ code: 'no_tasks', params: { sheet: grid.sheet } }],
            findings: [],
          }
        : sample(grid, options),
    );
    renderApp({ checkTable });
    await clickCheck();
    openTab('Bảng đã đọc');
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

  it('says what broke when the rules themselves fail', async () => {
    const checkTable = jest.fn((): CheckResult => {
      throw new Error('invariant');
    });
    renderApp({ checkTable });
    await clickCheck();

    const bar = screen.getByRole('group', { name: 'Không đọc được bảng' });
    expect(bar.textContent).toContain('Đã có lỗi không mong muốn');
    expect(bar.textContent).not.toContain('invariant');
  });
});
