/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { checkGrid } from '../../src/core/check/checkGrid';
import { planInPlaceNormalize } from '../../src/core/edit/planInPlaceNormalize';
import { ALL_CHANGE_KINDS } from '../../src/core/normalize/normalizeSchema';
import type { ChangeKind, NormalizeResult } from '../../src/core/normalize/normalizeSchema';
import { normalizeTable } from '../../src/core/normalize/normalizeTable';
import type { TaskTable } from '../../src/core/table/model';
import { AppError } from '../../src/excel/errors';
import type { SheetRead, SheetWriteResult } from '../../src/taskpane/services';
import { PASTED_SHEET, htmlRead, pastedRead, press } from './editFixtures';
import { fakeServices } from './fakeServices';
import type { FakeServices } from './fakeServices';
import { clickCheck, openTab } from './queries';
import { renderApp } from './renderApp';

const ASOF = '2024-01-31';

/** The table the real check reads from a sheet. */
function tableOf(read: SheetRead): TaskTable {
  const { table } = checkGrid(read.grid, { asOf: ASOF });
  if (!table) throw new Error('the fixture has no table');
  return table;
}

/** What the real normaliser makes of a sheet, with some kinds or all. */
function normalized(read: SheetRead, kinds?: readonly ChangeKind[]): NormalizeResult {
  return normalizeTable(read.grid, tableOf(read), {
    asOf: ASOF,
    ...(kinds ? { kinds: new Set(kinds) } : {}),
  });
}

const KIND_WORDS: Record<ChangeKind, string> = {
  'merge-rows': 'Gộp các dòng bị tách của một nhiệm vụ',
  'clean-text': 'Bỏ thẻ HTML, khoảng trắng thừa',
  renumber: 'Đánh lại STT theo từng phần, nhóm',
  agencies: 'Đơn vị chủ trì, phối hợp theo tên chuẩn',
  'deadline-date': 'Thời hạn thành ngày (giữ nguyên văn bên cạnh)',
  status: 'Cột tình trạng, đọc từ kết quả',
  overdue: 'Cột số ngày quá hạn',
};

/** Renders the pane on a sheet with the real check, checks, and opens "Chuẩn hóa". */
async function openTidyTab(read: SheetRead = pastedRead(), services?: FakeServices) {
  const rendered = renderApp({
    services: services ?? fakeServices({}, read),
    checkTable: jest.fn(checkGrid),
  });
  await clickCheck();
  openTab('Chuẩn hóa');
  return rendered;
}

/** Opens the preview; returns its heading. */
async function openPreview(read: SheetRead = pastedRead(), services?: FakeServices) {
  const rendered = await openTidyTab(read, services);
  await press('Xem trước khi chuẩn hóa');
  const expected = normalized(read);
  const heading = screen.getByRole('heading', {
    name: `Sẽ có ${String(expected.changes.length)} thay đổi`,
  });
  return { ...rendered, heading, expected };
}

function checkbox(kind: ChangeKind): HTMLInputElement {
  const box = screen.getByRole('checkbox', { name: new RegExp(`^${escape(KIND_WORDS[kind])}:`) });
  if (!(box instanceof HTMLInputElement)) throw new Error('not a checkbox input');
  return box;
}

function radio(name: string): HTMLInputElement {
  const input = screen.getByRole('radio', { name });
  if (!(input instanceof HTMLInputElement)) throw new Error('not a radio input');
  return input;
}

function escape(text: string): string {
  return text.replace(/[()]/g, '\\$&');
}

/** The outcome message above the tabs (the tabs are read again after a write). */
function outcome(): string {
  const bar = document.querySelector('[tabindex="-1"] .fui-MessageBar');
  return bar?.textContent ?? '';
}

describe('Chuẩn hóa bảng', () => {
  it('offers the tab once a table was read', async () => {
    renderApp({ services: fakeServices({}, pastedRead()), checkTable: jest.fn(checkGrid) });
    expect(screen.queryByRole('tab', { name: 'Chuẩn hóa' })).toBeNull();
    await clickCheck();
    expect(screen.getByRole('tab', { name: 'Chuẩn hóa' })).toBeTruthy();
  });

  it('previews every kind with its count, the empty kinds disabled, writing nothing', async () => {
    const { services, heading, expected } = await openPreview();

    expect(document.activeElement).toBe(heading);
    // Report 230 as pasted: HTML headings, agencies in one cell, deadlines as text, no status.
    expect(expected.counts['clean-text']).toBeGreaterThan(0);
    expect(expected.counts['merge-rows']).toBe(0);
    const labels = ALL_CHANGE_KINDS.map((kind) => checkbox(kind).labels?.[0]?.textContent);
    expect(labels).toEqual(
      ALL_CHANGE_KINDS.map(
        (kind) => `${KIND_WORDS[kind]}: ${String(expected.counts[kind])} thay đổi`,
      ),
    );
    for (const kind of ALL_CHANGE_KINDS) {
      expect([kind, checkbox(kind).checked, checkbox(kind).disabled]).toEqual([
        kind,
        true,
        expected.counts[kind] === 0,
      ]);
    }
    expect(radio(`Trang tính mới “${PASTED_SHEET} (chuẩn hóa)”`).checked).toBe(true);
    expect(radio('Ghi đè lên bảng hiện tại').checked).toBe(false);
    expect(services.writeSheets).not.toHaveBeenCalled();
    expect(services.applyEdits).not.toHaveBeenCalled();
  });

  it('lists the changes of a kind, before → after with the source cell, as text', async () => {
    const { expected } = await openPreview();
    const toggle = screen.getByRole('button', {
      name: `Xem các thay đổi: ${KIND_WORDS.agencies}`,
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: KIND_WORDS.agencies })).toBeNull();

    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: KIND_WORDS.agencies });
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBe(list);
    const agencies = expected.changes.filter((change) => change.kind === 'agencies');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(agencies.length);
    const first = agencies[0];
    expect(first?.cell).toBe('D4');
    expect(items[0]?.textContent).toBe(`Ô D4: ${first?.before ?? ''} → ${first?.after ?? ''}`);
  });

  it('lists the first 50 changes, then 50 more on “Xem thêm”, and keeps HTML as text', async () => {
    const read = htmlRead(60);
    await openTidyTab(read);
    await press('Xem trước khi chuẩn hóa');
    fireEvent.click(
      screen.getByRole('button', { name: `Xem các thay đổi: ${KIND_WORDS['clean-text']}` }),
    );
    const list = () => screen.getByRole('list', { name: KIND_WORDS['clean-text'] });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list()).getAllByRole('listitem')[0]?.textContent).toBe(
      // The formatting tag goes; the img tag is the cell's text, shown as text, never an element.
      'Ô B2: <img src=x onerror=alert(1)><b>Nhiệm vụ 1</b> → <img src=x onerror=alert(1)>Nhiệm vụ 1',
    );
    expect(document.querySelector('img')).toBeNull();

    await press('Xem thêm 10 (còn 10)');

    const items = within(list()).getAllByRole('listitem');
    expect(items).toHaveLength(60);
    expect(document.activeElement).toBe(items[50]);
    expect(screen.queryByRole('button', { name: /^Xem thêm/ })).toBeNull();
  });

  it('normalises again without an unticked kind: the counts and the sheet written follow', async () => {
    const read = pastedRead();
    const { services, expected } = await openPreview(read);
    const without = normalized(
      read,
      ALL_CHANGE_KINDS.filter((kind) => kind !== 'status'),
    );
    expect(without.changes.length).toBeLessThan(expected.changes.length);

    fireEvent.click(checkbox('status'));

    expect(checkbox('status').checked).toBe(false);
    expect(
      screen.getByRole('heading', { name: `Sẽ có ${String(without.changes.length)} thay đổi` }),
    ).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: `Xem các thay đổi: ${KIND_WORDS.status}` }),
    ).toBeNull();
    expect(services.writeSheets).not.toHaveBeenCalled();

    await press('Áp dụng');

    expect(services.writeSheets).toHaveBeenCalledTimes(1);
    const [specs, options] = services.writeSheets.mock.calls[0] ?? [];
    expect(specs).toEqual([without.spec]);
    expect(specs?.[0]?.columns.map((column) => column.header)).not.toContain('Đánh giá');
    expect(options?.group).toBe(`normalized:${PASTED_SHEET}`);
  });

  it('writes a new sheet once confirmed, with its progress, then reads the new sheet', async () => {
    let report: (done: number, total: number) => void = () => undefined;
    let finish: (result: SheetWriteResult) => void = () => undefined;
    const read = pastedRead();
    const services = fakeServices(
      {
        writeSheets: jest.fn(
          (_specs, { onProgress }) =>
            new Promise<SheetWriteResult>((resolve) => {
              report = onProgress;
              finish = resolve;
            }),
        ),
      },
      read,
    );
    const { expected } = await openPreview(read, services);

    await press('Áp dụng');

    expect(services.writeSheets).toHaveBeenCalledTimes(1);
    expect(services.writeSheets.mock.calls[0]?.[0]).toEqual([expected.spec]);
    expect(services.writeSheets.mock.calls[0]?.[1].group).toBe(`normalized:${PASTED_SHEET}`);
    expect(screen.getByText('Đang ghi bảng chuẩn hóa…', { selector: 'label' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Áp dụng' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    act(() => {
      report(2, 3);
    });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');
    expect(screen.getByText('Đã xong 2/3')).toBeTruthy();

    const name = `${PASTED_SHEET} (chuẩn hóa)`;
    await act(async () => {
      finish({
        sheets: [{ name, wanted: name, kind: 'normalized', replaces: true }],
        removed: [],
        syncs: 3,
      });
      for (let tick = 0; tick < 10; tick += 1) await Promise.resolve();
    });

    expect(outcome()).toBe(
      `Đã ghi bảng chuẩn hóa vào trang “${name}”. Trang chuẩn hóa tạo lần trước đã được thay.`,
    );
    expect(document.activeElement?.textContent).toBe(outcome());
    // The new sheet is the active one and holds only the table: it is read whole.
    expect(services.read.mock.calls.map(([scope]) => scope)).toEqual(['auto', 'usedRange']);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    expect(services.applyEdits).not.toHaveBeenCalled();
  });

  it('closes the preview with “Hủy”, writing nothing', async () => {
    const { services } = await openPreview();

    await press('Hủy');

    expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Xem trước khi chuẩn hóa' }),
    );
    expect(services.writeSheets).not.toHaveBeenCalled();
  });

  it('overwrites the table in place on request, then “Hoàn tác” gives back what it replaced', async () => {
    const read = pastedRead();
    const { services, expected } = await openPreview(read);
    const plan = planInPlaceNormalize(tableOf(read), read.grid, expected.spec);

    fireEvent.click(screen.getByRole('radio', { name: 'Ghi đè lên bảng hiện tại' }));
    expect(
      screen.getByText(
        `Sẽ sửa ${plan.cellCount.toLocaleString('vi-VN')} ô của bảng; có thể hoàn tác khi ngăn này còn mở.`,
      ),
    ).toBeTruthy();
    expect(services.applyEdits).not.toHaveBeenCalled();

    await press('Áp dụng');

    expect(services.writeSheets).not.toHaveBeenCalled();
    expect(services.applyEdits).toHaveBeenCalledTimes(1);
    expect(services.applyEdits.mock.calls[0]?.[0]).toEqual(plan);
    expect(plan.kind).toBe('normalize');
    expect(outcome()).toBe(
      `Chuẩn hóa bảng: đã sửa ${plan.cellCount.toLocaleString('vi-VN')} ô của ${String(plan.taskCount)} nhiệm vụ.`,
    );
    expect(services.read.mock.calls.map(([scope]) => scope)).toEqual(['auto', 'auto']);
    expect(
      screen.getByText(
        `Trả lại ${plan.cellCount.toLocaleString('vi-VN')} ô của lần sửa “Chuẩn hóa bảng” như trước; dùng được khi ngăn này còn mở.`,
      ),
    ).toBeTruthy();
    const undo = await services.applyEdits.mock.results[0]?.value;

    await press('Hoàn tác');

    expect(services.undoEdits).toHaveBeenCalledTimes(1);
    expect(services.undoEdits.mock.calls[0]?.[0]).toBe(undo);
    expect(outcome()).toBe('Đã hoàn tác “Chuẩn hóa bảng”: các ô đã trở lại như trước.');
    expect(document.activeElement?.textContent).toBe(outcome());
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    expect(services.read).toHaveBeenCalledTimes(3);
  });

  it('offers no in-place edit on an Excel that cannot undo it exactly, saying why', async () => {
    const read = pastedRead();
    await openPreview(read, fakeServices({ canEditInPlace: () => false }, read));

    const inPlace = radio('Ghi đè lên bảng hiện tại');
    expect(inPlace.disabled).toBe(true);
    expect(
      document.getElementById(inPlace.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe(
      'Phiên bản Excel này chưa hoàn tác chính xác được các ô gộp nên chưa ghi đè lên bảng được — cập nhật Office hoặc dùng Excel trên web.',
    );
    expect(radio(`Trang tính mới “${PASTED_SHEET} (chuẩn hóa)”`).checked).toBe(true);
  });

  it('overwrites only on request where Excel cannot make a new sheet', async () => {
    const read = pastedRead();
    const services = fakeServices({ canWriteSheets: () => false }, read);
    await openPreview(read, services);

    const newSheet = radio(`Trang tính mới “${PASTED_SHEET} (chuẩn hóa)”`);
    expect([newSheet.disabled, newSheet.checked]).toEqual([true, true]);
    expect(
      document.getElementById(newSheet.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe(
      'Phiên bản Excel này chưa tạo được trang tính mới — chọn ghi đè lên bảng hiện tại, hoặc cập nhật Office hay dùng Excel trên web.',
    );
    const apply = screen.getByRole('button', { name: 'Áp dụng' });
    expect(apply.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(apply);
    expect(services.writeSheets).not.toHaveBeenCalled();

    fireEvent.click(radio('Ghi đè lên bảng hiện tại'));
    await press('Áp dụng');

    expect(services.writeSheets).not.toHaveBeenCalled();
    expect(services.applyEdits).toHaveBeenCalledTimes(1);
  });

  it('says why a write failed and what to do, keeping the preview to try again', async () => {
    const read = pastedRead();
    const services = fakeServices(
      { writeSheets: () => Promise.reject(new AppError('access_denied', 'AccessDenied')) },
      read,
    );
    await openPreview(read, services);

    await press('Áp dụng');

    expect(outcome()).toBe(
      'Không ghi được bảng chuẩn hóaTrang tính đang được bảo vệ — bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
    );
    expect(document.activeElement?.textContent).toBe(outcome());
    expect(
      screen.getByRole('button', { name: 'Áp dụng' }).getAttribute('aria-disabled'),
    ).toBeNull();
    expect(services.read).toHaveBeenCalledTimes(1);
  });

  it('says why an edit in place failed', async () => {
    const read = pastedRead();
    const services = fakeServices(
      { applyEdits: () => Promise.reject(new AppError('busy', 'InvalidOperationInCellEditMode')) },
      read,
    );
    await openPreview(read, services);
    fireEvent.click(screen.getByRole('radio', { name: 'Ghi đè lên bảng hiện tại' }));

    await press('Áp dụng');

    expect(outcome()).toBe(
      'Không sửa được bảngExcel đang bận, có thể do một ô đang được sửa — nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.',
    );
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  });

  it('speaks English when Office does', async () => {
    const read = pastedRead();
    const expected = normalized(read);
    renderApp({ locale: 'en', services: fakeServices({}, read), checkTable: jest.fn(checkGrid) });
    await clickCheck('Check');
    openTab('Tidy up');

    await press('Preview the tidy-up');

    expect(
      screen.getByRole('heading', { name: `${String(expected.changes.length)} changes to make` }),
    ).toBeTruthy();
    expect(
      screen.getByRole('checkbox', {
        name: `Strip HTML and stray spaces: ${String(expected.counts['clean-text'])} changes`,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Overwrite the current table' })).toBeTruthy();
    await press('Apply');
    expect(outcome()).toBe(
      `The tidy table was written to the sheet “${PASTED_SHEET} (chuẩn hóa)”.`,
    );
  });
});
