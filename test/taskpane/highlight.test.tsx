/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { HIGHLIGHT_FILLS } from '../../src/core/highlight/planHighlights';
import type { HighlightPlan } from '../../src/core/highlight/planHighlights';
import { AppError } from '../../src/excel/errors';
import { fakeServices } from './fakeServices';
import { announcement, clickCheck, openTab } from './queries';
import { renderApp } from './renderApp';
import { fakeCheckTable, sampleFindings } from './sampleFindings';
import { sampleTable } from './sampleTable';

/** What planHighlights makes of the sample: rows 5 and 7 overdue, row 6 due soon. */
const samplePlan: HighlightPlan = {
  sheet: 'Nhiệm vụ',
  areas: [
    { kind: 'overdue', address: 'A5:E5' },
    { kind: 'due-soon', address: 'A6:E6' },
    { kind: 'overdue', address: 'A7:E7' },
  ],
};

const colourButton = 'Tô màu 2 dòng quá hạn và 1 dòng sắp đến hạn';

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

function legend(): string[] {
  return within(screen.getByRole('list', { name: 'Chú thích màu' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('the deadline colours', () => {
  it('previews what it will colour: a legend with counts and a button that says it', async () => {
    const { planHighlights } = renderApp();
    await clickCheck();
    openTab('Tô màu');

    expect(planHighlights).toHaveBeenLastCalledWith(sampleTable(), sampleFindings);
    expect(legend()).toEqual([
      'Quá hạn2 dòng',
      'Sắp đến hạn1 dòng',
      'Không đọc được thời hạn0 dòng',
    ]);
    const swatches = screen
      .getByRole('list', { name: 'Chú thích màu' })
      .querySelectorAll<HTMLElement>('[aria-hidden="true"]');
    expect(Array.from(swatches, (swatch) => swatch.style.backgroundColor)).toEqual(
      [HIGHLIGHT_FILLS.overdue, HIGHLIGHT_FILLS['due-soon'], HIGHLIGHT_FILLS.unparsed].map(rgb),
    );
    expect(screen.getByText(/tính đến ngày báo cáo 31\/01\/2024/)).toBeTruthy();
    expect(screen.getByRole('button', { name: colourButton })).toBeTruthy();
  });

  it('colours the planned areas, and only when asked', async () => {
    const { services } = renderApp();
    await clickCheck();
    openTab('Tô màu');
    expect(services.applyHighlights).not.toHaveBeenCalled();

    await press(colourButton);

    expect(services.applyHighlights).toHaveBeenCalledTimes(1);
    expect(services.applyHighlights).toHaveBeenCalledWith(samplePlan);
    expect(within(screen.getByRole('tabpanel')).getByText('Đã tô màu 3 dòng.')).toBeTruthy();
    expect(announcement()).toBe('Đã tô màu 3 dòng.');
  });

  it('restores the formats with “Xóa tô màu”', async () => {
    const { services } = renderApp();
    await clickCheck();
    openTab('Tô màu');

    await press('Xóa tô màu');

    expect(services.clearHighlights).toHaveBeenCalledTimes(1);
    expect(services.applyHighlights).not.toHaveBeenCalled();
    expect(
      within(screen.getByRole('tabpanel')).getByText(
        'Đã xóa tô màu, định dạng cũ đã được trả lại.',
      ),
    ).toBeTruthy();
  });

  it('says the colours on the sheet are for another date after the date changes', async () => {
    renderApp();
    await clickCheck();
    openTab('Tô màu');
    await press(colourButton);

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Ngày báo cáo'), { target: { value: '2024-02-15' } });
      await Promise.resolve();
    });
    expect(
      screen.getByText(/^Màu trên trang tính đang tính theo ngày báo cáo 31\/01\/2024 — /),
    ).toBeTruthy();
  });

  it('explains an Excel too old to colour, with the next step', async () => {
    const services = fakeServices({
      applyHighlights: jest.fn(() =>
        Promise.reject(new AppError('requirement_not_met', 'ExcelApi 1.9')),
      ),
      clearHighlights: jest.fn(() =>
        Promise.reject(new AppError('requirement_not_met', 'ExcelApi 1.9')),
      ),
    });
    renderApp({ services });
    await clickCheck();
    openTab('Tô màu');

    await press(colourButton);
    const bar = screen.getByRole('group', { name: 'Không tô màu được' });
    expect(bar.textContent).toContain(
      'Phiên bản Excel này chưa hỗ trợ các chức năng mà tiện ích cần — cập nhật Office hoặc dùng Excel trên web.',
    );
    expect(bar.textContent).not.toContain('ExcelApi');

    await press('Xóa tô màu');
    expect(screen.getByRole('group', { name: 'Không xóa được tô màu' })).toBeTruthy();
  });

  it('has nothing to colour when no deadline is missed', async () => {
    const { services } = renderApp({
      checkTable: fakeCheckTable(sampleFindings.filter((f) => !f.rule.startsWith('deadline'))),
    });
    await clickCheck();
    openTab('Tô màu');

    const button = screen.getByRole('button', { name: 'Không có dòng nào cần tô màu' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(services.applyHighlights).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Xóa tô màu' })).toBeTruthy();
  });

  it('waits while colouring', async () => {
    let finish: () => void = () => undefined;
    const services = fakeServices({
      applyHighlights: jest.fn(
        () =>
          new Promise<unknown>((resolve) => {
            finish = () => {
              resolve(undefined);
            };
          }),
      ),
    });
    renderApp({ services });
    await clickCheck();
    openTab('Tô màu');

    await press(colourButton);
    expect(screen.getByText('Đang tô màu…', { selector: 'label' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xóa tô màu' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(screen.queryByText('Đang tô màu…', { selector: 'label' })).toBeNull();
  });
});

/** "#E69E66" → "rgb(230, 158, 102)", as the DOM gives a colour back. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${String(n >> 16)}, ${String((n >> 8) & 255)}, ${String(n & 255)})`;
}
