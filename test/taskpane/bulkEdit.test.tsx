/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { checkGrid } from '../../src/core/check/checkGrid';
import { planFillDown } from '../../src/core/edit/planFillDown';
import { planRenumber } from '../../src/core/edit/planRenumber';
import { planSetStatus } from '../../src/core/edit/planSetStatus';
import type { TaskTable } from '../../src/core/table/model';
import { AppError } from '../../src/excel/errors';
import type { SelectedRows } from '../../src/taskpane/services';
import { bulkGrid, bulkRead, press } from './editFixtures';
import { fakeServices } from './fakeServices';
import type { FakeServices } from './fakeServices';
import { clickCheck, openTab } from './queries';
import { renderApp } from './renderApp';

function bulkTable(): TaskTable {
  const { table } = checkGrid(bulkGrid, { asOf: '2024-01-31' });
  if (!table) throw new Error('the fixture has no table');
  return table;
}

/** Services on the bulk fixture with rows 4–6 selected (the merged agency's tasks). */
function servicesWith(
  methods: Parameters<typeof fakeServices>[0] = {},
  selected: SelectedRows = { sheet: bulkGrid.sheet, rows: [4, 5, 6] },
): FakeServices {
  return fakeServices({ readSelectionRows: () => Promise.resolve(selected), ...methods }, bulkRead);
}

async function openBulk(services: FakeServices = servicesWith()) {
  renderApp({ services, checkTable: jest.fn(checkGrid) });
  await clickCheck();
  openTab('Chuẩn hóa');
  return services;
}

function typeResult(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Kết quả' }), { target: { value: text } });
}

function chooseStatus(label: string) {
  const select = screen.getByRole('combobox', { name: 'Tình trạng' });
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a select');
  const option = Array.from(select.options).find((o) => o.textContent === label);
  fireEvent.change(select, { target: { value: option?.value } });
}

/** The outcome message above the tabs (the tabs are read again after a write). */
function outcome(): string {
  return document.querySelector('[tabindex="-1"] .fui-MessageBar')?.textContent ?? '';
}

const SET_STATUS = 'Đặt cho các nhiệm vụ đang chọn';
const FILL_DOWN = 'Điền đơn vị đã gộp xuống từng dòng';
const RENUMBER = 'Đánh lại STT';

describe('Sửa hàng loạt trên vùng chọn', () => {
  it('sets the status and result of the selected tasks: preview, then apply, then undo', async () => {
    const services = await openBulk();
    const button = screen.getByRole('button', { name: SET_STATUS });
    // Nothing to write yet: an empty result would empty the cells.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    typeResult('Đã hoàn thành');
    chooseStatus('Hoàn thành');
    expect(button.getAttribute('aria-disabled')).toBeNull();

    await press(SET_STATUS);

    expect(services.readSelectionRows).toHaveBeenCalledTimes(1);
    const plan = planSetStatus(bulkTable(), [4, 5, 6], { result: 'Đã hoàn thành', status: 'DONE' });
    expect([plan.cellCount, plan.taskCount]).toEqual([6, 3]);
    const heading = screen.getByRole('heading', { name: 'Sẽ sửa 6 ô của 3 nhiệm vụ' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Đặt tình trạng và kết quả — các dòng đang chọn: 4–6.')).toBeTruthy();
    expect(screen.getByText('Kết quả mới: “Đã hoàn thành”; tình trạng: Hoàn thành.')).toBeTruthy();
    expect(services.applyEdits).not.toHaveBeenCalled();

    await press('Áp dụng');

    expect(services.applyEdits).toHaveBeenCalledTimes(1);
    expect(services.applyEdits.mock.calls[0]?.[0]).toEqual(plan);
    expect(outcome()).toBe('Đặt tình trạng và kết quả: đã sửa 6 ô của 3 nhiệm vụ.');
    expect(document.activeElement?.textContent).toBe(outcome());
    // Read again, as the user asked the first time, so the pane shows the table as it now is.
    expect(services.read.mock.calls.map(([scope]) => scope)).toEqual(['auto', 'auto']);
    const undo = await services.applyEdits.mock.results[0]?.value;

    await press('Hoàn tác');

    expect(services.undoEdits.mock.calls).toEqual([[undo, undefined]]);
    expect(outcome()).toBe('Đã hoàn tác “Đặt tình trạng và kết quả”: các ô đã trở lại như trước.');
  });

  it('asks before undoing over cells changed since, and undoes only when told to', async () => {
    // Twelve cells were typed over since: the undo writes only when told to overwrite them.
    const services = servicesWith({
      undoEdits: (_undo, options) =>
        Promise.resolve({ changedSince: 12, restored: options?.overwrite === true }),
    });
    await openBulk(services);
    await press(RENUMBER);
    await press('Áp dụng');
    const undo = await services.applyEdits.mock.results[0]?.value;

    await press('Hoàn tác');

    expect(outcome()).toBe(
      'Hoàn tác sẽ ghi đè12 ô đã được sửa sau khi áp dụng — hoàn tác sẽ ghi đè các thay đổi đó.',
    );
    expect(document.activeElement?.textContent).toBe(outcome());
    expect(services.undoEdits).toHaveBeenCalledTimes(1);
    expect(services.read).toHaveBeenCalledTimes(2);

    await press('Không hoàn tác');

    expect(services.undoEdits).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hoàn tác' }));

    await press('Hoàn tác');
    await press('Vẫn hoàn tác');

    expect(services.undoEdits.mock.calls).toEqual([
      [undo, undefined],
      [undo, undefined],
      [undo, { overwrite: true }],
    ]);
    expect(outcome()).toBe('Đã hoàn tác “Đánh lại STT”: các ô đã trở lại như trước.');
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    expect(services.read).toHaveBeenCalledTimes(3);
  });

  it('fills a merged agency down to each selected task', async () => {
    const services = await openBulk(servicesWith({}, { sheet: bulkGrid.sheet, rows: [5] }));

    await press(FILL_DOWN);

    const plan = planFillDown(bulkTable(), bulkGrid, [5]);
    expect(plan.unmerge).toEqual(['C4:C6']);
    expect(
      screen.getByRole('heading', {
        name: `Sẽ sửa ${String(plan.cellCount)} ô của ${String(plan.taskCount)} nhiệm vụ`,
      }),
    ).toBeTruthy();
    expect(screen.getByText('Điền đơn vị xuống từng dòng — các dòng đang chọn: 5.')).toBeTruthy();

    await press('Áp dụng');

    expect(services.applyEdits.mock.calls).toEqual([[plan]]);
  });

  it('renumbers STT over the whole table, without reading the selection', async () => {
    const services = await openBulk();

    await press(RENUMBER);

    expect(services.readSelectionRows).not.toHaveBeenCalled();
    const plan = planRenumber(bulkTable(), bulkGrid);
    expect([plan.cellCount, plan.taskCount]).toEqual([1, 1]);
    expect(screen.getByRole('heading', { name: 'Sẽ sửa 1 ô của 1 nhiệm vụ' })).toBeTruthy();
    expect(screen.getByText('Đánh lại STT — cả bảng.')).toBeTruthy();

    await press('Áp dụng');

    expect(services.applyEdits.mock.calls).toEqual([[plan]]);
  });

  it('says when the selection needs no change, offering nothing to apply', async () => {
    const services = await openBulk(servicesWith({}, { sheet: bulkGrid.sheet, rows: [7] }));

    await press(FILL_DOWN);

    expect(screen.getByRole('heading', { name: 'Không có ô nào cần sửa' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull();
    await press('Đóng');
    expect(screen.queryByRole('heading', { name: 'Không có ô nào cần sửa' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: FILL_DOWN }));
    expect(services.applyEdits).not.toHaveBeenCalled();
  });

  it('refuses a selection on another sheet, saying what to do', async () => {
    const services = await openBulk(servicesWith({}, { sheet: 'Tổng hợp', rows: [4, 5] }));

    await press(FILL_DOWN);

    expect(
      screen.getByText(
        'Vùng đang chọn ở trang “Tổng hợp”, còn bảng đã kiểm tra ở trang “Nhiệm vụ” — chọn các dòng trên trang “Nhiệm vụ”, hoặc bấm Kiểm tra để đọc bảng của trang đang mở.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull();
    expect(services.applyEdits).not.toHaveBeenCalled();
  });

  it('says when the selection holds no row of the table', async () => {
    await openBulk(
      servicesWith({
        readSelectionRows: () => Promise.reject(new AppError('sheet_empty', 'selection')),
      }),
    );

    await press(FILL_DOWN);

    expect(
      screen.getByText(
        'Vùng đang chọn không có dòng nào của bảng — chọn các dòng nhiệm vụ trên trang tính rồi thử lại.',
      ),
    ).toBeTruthy();
  });

  it('says why an edit failed, keeping the preview to try again', async () => {
    const services = await openBulk(
      servicesWith({ applyEdits: () => Promise.reject(new AppError('access_denied')) }),
    );
    await press(RENUMBER);

    await press('Áp dụng');

    expect(outcome()).toContain('Không sửa được bảng');
    expect(outcome()).toContain(
      'Trang tính đang được bảo vệ — bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
    );
    expect(screen.getByRole('button', { name: 'Áp dụng' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    expect(services.read).toHaveBeenCalledTimes(1);
  });

  it('offers no edit on an Excel that cannot undo it exactly, saying why', async () => {
    const services = await openBulk(servicesWith({ canEditInPlace: () => false }));
    typeResult('Đã hoàn thành');

    for (const name of [SET_STATUS, FILL_DOWN, RENUMBER]) {
      const button = screen.getByRole('button', { name });
      expect(button.getAttribute('aria-disabled')).toBe('true');
      const [reason] = (button.getAttribute('aria-describedby') ?? '').split(' ');
      expect(document.getElementById(reason ?? '')?.textContent).toBe(
        'Phiên bản Excel này chưa hoàn tác chính xác được các ô gộp nên chưa sửa trực tiếp trên bảng được — cập nhật Office hoặc dùng Excel trên web.',
      );
      fireEvent.click(button);
    }
    expect(services.readSelectionRows).not.toHaveBeenCalled();
  });

  it('speaks English when Office does', async () => {
    const services = servicesWith();
    renderApp({ locale: 'en', services, checkTable: jest.fn(checkGrid) });
    await clickCheck('Check');
    openTab('Tidy up');
    fireEvent.change(screen.getByRole('textbox', { name: 'Result' }), {
      target: { value: 'Đã hoàn thành' },
    });

    await press('Set on the selected tasks');

    expect(screen.getByRole('heading', { name: '3 cells of 3 tasks will change' })).toBeTruthy();
    expect(screen.getByText('Set status and result — selected rows: 4–6.')).toBeTruthy();
    await press('Apply');
    expect(outcome()).toBe('Set status and result: 3 cells of 3 tasks changed.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});
