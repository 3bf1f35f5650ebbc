/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { AppError } from '../../src/excel/errors';
import { fakeServices } from './fakeServices';
import { clickCheck } from './queries';
import { renderApp } from './renderApp';
import { fakeCheckTable, sampleFindings } from './sampleFindings';
import { sampleGrid } from './sampleTable';

const reportTitle = '(Kèm theo Báo cáo số 230/BC-TCTTKĐA ngày 31/01/2024 của Tổ công tác)';

function dateInput(): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>('Ngày báo cáo');
}

/** Lets pending service promises settle. */
async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('the report date', () => {
  it('is today by default, in a labelled date picker', async () => {
    const { checkTable } = renderApp();
    await settle();
    expect(dateInput().type).toBe('date');
    expect(dateInput().value).toBe('2024-01-31');
    // The picker writes dates the system's way (02/05 or 05/02); the hint says it the local way.
    expect(
      screen.getByText(/^Đang dùng ngày 31\/01\/2024: hạn được tính đến ngày này\./),
    ).toBeTruthy();

    await clickCheck();
    expect(checkTable).toHaveBeenCalledWith(sampleGrid, { asOf: '2024-01-31' });
  });

  it('is the one saved in the workbook when there is one', async () => {
    const services = fakeServices({ loadReportDate: jest.fn(() => Promise.resolve('2024-02-29')) });
    const { checkTable } = renderApp({ services });
    await waitFor(() => {
      expect(dateInput().value).toBe('2024-02-29');
    });

    await clickCheck();
    expect(checkTable).toHaveBeenCalledWith(sampleGrid, { asOf: '2024-02-29' });
    expect(services.saveReportDate).not.toHaveBeenCalled();
  });

  it('ignores a saved value that is not a real date', async () => {
    const services = fakeServices({ loadReportDate: jest.fn(() => Promise.resolve('2024-02-30')) });
    renderApp({ services });
    await settle();
    expect(dateInput().value).toBe('2024-01-31');
  });

  it('keeps the user’s pick when the saved date answers late', async () => {
    let answer: (iso: string | null) => void = () => undefined;
    const services = fakeServices({
      loadReportDate: jest.fn(() => new Promise<string | null>((resolve) => (answer = resolve))),
    });
    renderApp({ services });

    fireEvent.change(dateInput(), { target: { value: '2024-03-01' } });
    await act(async () => {
      answer('2024-02-29');
      await Promise.resolve();
    });
    expect(dateInput().value).toBe('2024-03-01');
  });

  it('re-runs the rules on the grid already read when changed, and saves it', async () => {
    const { services, checkTable } = renderApp();
    await clickCheck();

    fireEvent.change(dateInput(), { target: { value: '2024-03-15' } });
    await settle();

    expect(services.read).toHaveBeenCalledTimes(1);
    expect(checkTable).toHaveBeenLastCalledWith(sampleGrid, { asOf: '2024-03-15' });
    expect(services.saveReportDate).toHaveBeenCalledWith('2024-03-15');
    expect(services.saveReportDate).toHaveBeenCalledTimes(1);
  });

  it('keeps the date in use while a date is half typed', async () => {
    const { services, checkTable } = renderApp();
    await clickCheck();

    fireEvent.change(dateInput(), { target: { value: '' } });
    expect(screen.getByText('Ngày chưa đủ hoặc không hợp lệ — vẫn dùng ngày 31/01/2024.'));
    expect(services.saveReportDate).not.toHaveBeenCalled();
    expect(checkTable).toHaveBeenLastCalledWith(sampleGrid, { asOf: '2024-01-31' });
  });

  it('offers the date the table’s title names, and uses it only when asked', async () => {
    const { services, checkTable } = renderApp({
      today: '2024-02-05',
      checkTable: fakeCheckTable(sampleFindings, [reportTitle]),
    });
    await clickCheck();

    const offer = screen.getByText('Tiêu đề bảng ghi ngày báo cáo 31/01/2024 — dùng ngày này?');
    expect(offer).toBeTruthy();
    expect(checkTable).toHaveBeenLastCalledWith(sampleGrid, { asOf: '2024-02-05' });
    expect(dateInput().value).toBe('2024-02-05');
    expect(services.saveReportDate).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Dùng ngày 31/01/2024' }));
    await settle();

    expect(dateInput().value).toBe('2024-01-31');
    expect(checkTable).toHaveBeenLastCalledWith(sampleGrid, { asOf: '2024-01-31' });
    expect(services.saveReportDate).toHaveBeenCalledWith('2024-01-31');
    expect(services.read).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Tiêu đề bảng ghi ngày báo cáo/)).toBeNull();
  });

  it('stops offering the title’s date when the user keeps the own one', async () => {
    const { services } = renderApp({
      today: '2024-02-05',
      checkTable: fakeCheckTable(sampleFindings, [reportTitle]),
    });
    await clickCheck();

    fireEvent.click(screen.getByRole('button', { name: 'Giữ ngày đang dùng' }));
    expect(screen.queryByText(/Tiêu đề bảng ghi ngày báo cáo/)).toBeNull();
    expect(dateInput().value).toBe('2024-02-05');
    expect(services.saveReportDate).not.toHaveBeenCalled();
  });

  it('offers nothing when the title names the date in use', async () => {
    renderApp({ checkTable: fakeCheckTable(sampleFindings, [reportTitle]) });
    await clickCheck();
    expect(screen.queryByText(/Tiêu đề bảng ghi ngày báo cáo/)).toBeNull();
  });

  it('says when the date could not be saved, and still uses it', async () => {
    const services = fakeServices({
      saveReportDate: jest.fn(() => Promise.reject(new AppError('access_denied'))),
    });
    const { checkTable } = renderApp({ services });
    await clickCheck();

    fireEvent.change(dateInput(), { target: { value: '2024-03-15' } });
    const bar = await screen.findByRole('group', { name: 'Cần xem lại' });
    expect(bar.textContent).toContain('Chưa lưu được ngày báo cáo vào sổ tính — ');
    expect(checkTable).toHaveBeenLastCalledWith(sampleGrid, { asOf: '2024-03-15' });
  });

  it('says when the saved date could not be read, and uses today', async () => {
    const services = fakeServices({
      loadReportDate: jest.fn(() => Promise.reject(new AppError('unknown'))),
    });
    renderApp({ services });

    const bar = await screen.findByRole('group', { name: 'Cần xem lại' });
    expect(bar.textContent).toContain('Không đọc được ngày báo cáo đã lưu trong sổ tính — ');
    expect(dateInput().value).toBe('2024-01-31');
  });
});
