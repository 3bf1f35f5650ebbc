/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Finding } from '../../src/core/rules/ruleTypes';
import type { CompareSheets } from '../../src/taskpane/services';
import { AppError } from '../../src/excel/errors';
import { fakeServices } from './fakeServices';
import { clickCheck, openTab } from './queries';
import { renderApp } from './renderApp';
import { sampleGrid, sampleTable } from './sampleTable';

const change: Finding = {
  rule: 'figure-conflict',
  code: 'figure_change',
  severity: 'warning',
  sheet: 'Nhiệm vụ',
  cell: 'E5',
  params: {
    noun: 'thủ tục hành chính chưa được thực thi',
    value: 551,
    date: '2024-01-31',
    otherValue: 558,
    otherDate: '2023-12-31',
    difference: -7,
    otherCell: 'F24',
    otherSheet: 'T12-2023',
    otherFile: null,
  },
};

const twoSheets = () =>
  fakeServices({
    listSheets: () => Promise.resolve(['Nhiệm vụ', 'T12-2023', 'Ghi chú']),
    readSheet: (name) => Promise.resolve({ ...sampleGrid, sheet: name }),
  });

async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

/** The compare panel (the live region repeats its outcome for screen readers). */
function panel() {
  return within(screen.getByRole('region', { name: 'So sánh' }));
}

async function openCompare() {
  await clickCheck();
  await act(async () => {
    openTab('So sánh');
    await Promise.resolve();
  });
}

describe('comparing with another sheet', () => {
  it('offers the other sheets, reads the chosen one and lists the changed figures', async () => {
    const services = twoSheets();
    const compareSheets = jest.fn<ReturnType<CompareSheets>, Parameters<CompareSheets>>(() => ({
      findings: [change],
      otherTable: sampleTable(),
    }));
    renderApp({ services, compareSheets });
    await openCompare();
    const select = screen.getByRole('combobox', { name: 'So sánh với trang tính' });
    expect(Array.from((select as HTMLSelectElement).options, (o) => o.value)).toEqual([
      'T12-2023',
      'Ghi chú',
    ]);
    await press('So sánh');
    expect(services.readSheet).toHaveBeenCalledWith('T12-2023');
    expect(compareSheets.mock.calls[0]![0].asOf).toBe('2024-01-31');
    expect(compareSheets.mock.calls[0]![1].sheet).toBe('T12-2023');
    expect(
      screen.getByText(
        /đổi từ 558 \(31\/12\/2023\) ở ô F24 trang “T12-2023” thành 551 \(31\/01\/2024\): ít hơn 7/,
      ),
    ).toBeTruthy();
  });

  it('selects either cell of a changed figure', async () => {
    const services = twoSheets();
    renderApp({
      services,
      compareSheets: () => ({ findings: [change], otherTable: sampleTable() }),
    });
    await openCompare();
    await press('So sánh');
    await press('Ô E5 (trang này)');
    expect(services.selectCell).toHaveBeenLastCalledWith('Nhiệm vụ', 'E5');
    await press('Ô F24 (trang “T12-2023”)');
    expect(services.selectCell).toHaveBeenLastCalledWith('T12-2023', 'F24');
  });

  it('says so when nothing changed', async () => {
    renderApp({
      services: twoSheets(),
      compareSheets: () => ({ findings: [], otherTable: sampleTable() }),
    });
    await openCompare();
    await press('So sánh');
    const clean = 'Không có số liệu nào thay đổi hay mâu thuẫn so với trang “T12-2023”.';
    expect(panel().getByText(clean, { selector: 'p' })).toBeTruthy();
  });

  it('warns when the other sheet holds no task table', async () => {
    renderApp({ services: twoSheets(), compareSheets: () => ({ findings: [], otherTable: null }) });
    await openCompare();
    await press('So sánh');
    expect(panel().getByText(/Trang “T12-2023” không có bảng nhiệm vụ đọc được/)).toBeTruthy();
  });

  it('explains that a one-sheet workbook has nothing to compare with', async () => {
    renderApp();
    await openCompare();
    expect(screen.getByText(/Sổ tính chỉ có một trang tính/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'So sánh' })).toBeNull();
  });

  it('shows a reading error with the next step', async () => {
    const services = fakeServices({
      listSheets: () => Promise.resolve(['Nhiệm vụ', 'T12-2023']),
      readSheet: () => Promise.reject(new AppError('item_not_found')),
    });
    renderApp({ services });
    await openCompare();
    await press('So sánh');
    expect(screen.getByText('Không so sánh được')).toBeTruthy();
  });
});
