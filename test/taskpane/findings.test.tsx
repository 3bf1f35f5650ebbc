/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppError } from '../../src/excel/errors';
import { fakeServices } from './fakeServices';
import { announcement, clickCheck, findingCells, groupHeadings, shownCells } from './queries';
import { renderApp, scrollIntoView } from './renderApp';
import { fakeCheckTable } from './sampleFindings';

/** Clicks a button and lets the services' promises settle. */
async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

function current(): string | null {
  const chosen = document.querySelector('[aria-current="true"]');
  return chosen?.firstElementChild?.textContent ?? null;
}

describe('the findings list', () => {
  it('filters by severity, saying how many are shown', async () => {
    renderApp();
    await clickCheck();
    const filters = screen.getByRole('group', { name: 'Lọc theo mức độ' });
    const errors = within(filters).getByRole('button', { name: 'Lỗi (2)' });
    expect(errors.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(errors);
    expect(errors.getAttribute('aria-pressed')).toBe('false');
    expect(groupHeadings()).toEqual([
      'Số thứ tự (STT) 1 Cảnh báo',
      'Sắp đến hạn 1 Cảnh báo',
      'Đơn vị không nhận ra 1 Thông tin',
    ]);
    expect(screen.getByText('Đang hiện 3/5 vấn đề')).toBeTruthy();

    fireEvent.click(within(filters).getByRole('button', { name: 'Cảnh báo (2)' }));
    fireEvent.click(within(filters).getByRole('button', { name: 'Thông tin (1)' }));
    expect(groupHeadings()).toEqual([]);
    expect(
      screen.getByText(
        'Không có vấn đề nào khớp bộ lọc — bật lại mức độ đã tắt hoặc xóa từ cần tìm.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tiếp' })).toHaveProperty('disabled', true);

    fireEvent.click(errors);
    expect(groupHeadings()).toEqual(['Quá hạn 2 Lỗi']);
  });

  it('finds words without accents, and cells', async () => {
    renderApp();
    await clickCheck();
    const search = screen.getByRole('searchbox', { name: 'Tìm trong các vấn đề' });

    fireEvent.change(search, { target: { value: 'qua han' } });
    expect(shownCells()).toEqual(['Ô D7', 'Ô D5']);
    fireEvent.change(search, { target: { value: 'd6' } });
    expect(shownCells()).toEqual(['Ô D6']);
    expect(screen.getByText('Đang hiện 1/5 vấn đề')).toBeTruthy();
  });

  it('selects the cell of a finding that is clicked', async () => {
    const { services } = renderApp();
    await clickCheck();

    const finding = screen.getByRole('button', { name: /^Ô D5 / });
    // A native button: Enter and Space choose it as a click does.
    expect(finding.tagName).toBe('BUTTON');
    await act(async () => {
      fireEvent.click(finding);
      await Promise.resolve();
    });

    expect(services.selectCell).toHaveBeenCalledWith('Nhiệm vụ', 'D5');
    expect(finding.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Vấn đề 2/5')).toBeTruthy();
    expect(announcement()).toBe('Đã chọn ô D5 (vấn đề 2/5).');
  });

  it('walks the findings as listed with Tiếp and Trước, wrapping at the ends', async () => {
    const { services } = renderApp();
    await clickCheck();
    const order = ['Ô D7', 'Ô D5', 'Ô A7', 'Ô D6', 'Ô C6'];
    expect(shownCells()).toEqual(order);

    const seen: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      await press('Tiếp');
      seen.push(current());
    }
    expect(seen).toEqual([...order, 'Ô D7']);
    expect(services.selectCell.mock.calls.map(([, cell]) => cell)).toEqual([
      'D7',
      'D5',
      'A7',
      'D6',
      'C6',
      'D7',
    ]);

    await press('Trước');
    expect(current()).toBe('Ô C6');
    expect(screen.getByText('Vấn đề 5/5')).toBeTruthy();
    expect(services.selectCell).toHaveBeenLastCalledWith('Nhiệm vụ', 'C6');
  });

  it('starts from the last finding when Trước comes first', async () => {
    renderApp();
    await clickCheck();
    await press('Trước');
    expect(current()).toBe('Ô C6');
  });

  it('walks only the findings the filter shows', async () => {
    const { services } = renderApp();
    await clickCheck();
    fireEvent.click(screen.getByRole('button', { name: 'Lỗi (2)' }));

    await press('Tiếp');
    await press('Tiếp');
    await press('Tiếp');
    await press('Tiếp');
    expect(services.selectCell.mock.calls.map(([, cell]) => cell)).toEqual([
      'A7',
      'D6',
      'C6',
      'A7',
    ]);
    expect(screen.getByText('Vấn đề 1/3')).toBeTruthy();
  });

  it('folds a group away and opens it again when the walk reaches it', async () => {
    renderApp();
    await clickCheck();
    const overdue = screen.getByRole('button', { name: /^Quá hạn/ });

    fireEvent.click(overdue);
    expect(overdue.getAttribute('aria-expanded')).toBe('false');
    expect(shownCells()).toEqual(['Ô A7', 'Ô D6', 'Ô C6']);
    expect(screen.getByText('5 vấn đề')).toBeTruthy();

    await press('Tiếp');
    expect(overdue.getAttribute('aria-expanded')).toBe('true');
    expect(current()).toBe('Ô D7');
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'nearest' });
  });

  it('folds every group at once, and opens them again', async () => {
    renderApp();
    await clickCheck();

    fireEvent.click(screen.getByRole('button', { name: 'Thu gọn tất cả' }));
    expect(screen.queryAllByRole('listitem')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Mở rộng tất cả' }));
    expect(findingCells(/^Quá hạn/)).toEqual(['Ô D7', 'Ô D5']);
  });

  it('says why a cell could not be selected, with the next step', async () => {
    const services = fakeServices({
      selectCell: jest.fn(() => Promise.reject(new AppError('item_not_found'))),
    });
    renderApp({ services });
    await clickCheck();
    await press(/^Ô D7 /);

    const bar = await screen.findByRole('group', { name: 'Không chọn được ô' });
    expect(bar.textContent).toContain('Không tìm thấy trang tính hoặc vùng cần đọc');
    expect(bar.textContent).toMatch(/ — .+\.$/);
  });

  it('says the table is clean when there is nothing to report', async () => {
    renderApp({ checkTable: fakeCheckTable([]) });
    await clickCheck();

    expect(screen.getByRole('tab', { name: 'Vấn đề (0)' })).toBeTruthy();
    expect(screen.getByText('Không phát hiện vấn đề nào trong bảng.')).toBeTruthy();
    expect(screen.getByText('Đã kiểm tra 3 nhiệm vụ.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tiếp' })).toBeNull();
    await waitFor(() => {
      expect(announcement()).toBe('Đã kiểm tra 3 nhiệm vụ: không có vấn đề nào.');
    });
  });

  it('keeps the chosen finding when the rules re-run', async () => {
    renderApp();
    await clickCheck();
    await press(/^Ô A7 /);

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Ngày báo cáo'), { target: { value: '2024-02-01' } });
      await Promise.resolve();
    });
    expect(current()).toBe('Ô A7');
  });
});
