/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { checkGrid } from '../../src/core/check/checkGrid';
import type { CheckOptions, CheckResult } from '../../src/core/check/checkGrid';
import { buildMeetingWorkbook } from '../../src/core/summary/buildMeetingWorkbook';
import type { SheetKind, SheetSpec } from '../../src/core/summary/sheetSpec';
import type { Grid } from '../../src/core/table/grid';
import { AppError } from '../../src/excel/errors';
import type { BuildSummary, SheetTargets, SheetWriteResult } from '../../src/taskpane/services';
import { fakeServices } from './fakeServices';
import { announcement, clickCheck, openTab, rowTexts } from './queries';
import { renderApp } from './renderApp';
import { sampleTable } from './sampleTable';

function spec(name: string, kind: SheetKind): SheetSpec {
  return {
    name,
    kind,
    agency: kind === 'agency' ? name : null,
    titles: [name],
    columns: [{ header: 'Đơn vị', kind: 'text', width: 30, align: 'left' }],
    rows: [],
    chart: null,
  };
}

const agencyNames = ['Bộ Công an', 'Bộ TTTT', 'Bộ Tư pháp'];
const sampleSpecs = [
  spec('Tổng hợp', 'overview'),
  spec('Chậm muộn', 'late'),
  ...agencyNames.map((name) => spec(name, 'agency')),
];

/** Stands in for buildMeetingWorkbook: always the given sheets. */
function fakeBuildSummary(specs: SheetSpec[] = sampleSpecs) {
  return jest.fn<ReturnType<BuildSummary>, Parameters<BuildSummary>>(() => specs);
}

/** What writing the sample sheets into a workbook holding only the checked sheet does. */
function writtenAsWanted(specs: readonly SheetSpec[] = sampleSpecs): SheetWriteResult {
  return {
    sheets: specs.map((s) => ({ name: s.name, wanted: s.name, kind: s.kind, replaces: false })),
    removed: [],
    syncs: 3,
  };
}

/** Clicks a button and lets the fakes' settled answers run their course (no timers). */
async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    for (let tick = 0; tick < 10; tick += 1) await Promise.resolve();
  });
}

/** Checks the sample, opens "Tổng hợp" and asks for the preview. */
async function openPreview(heading = 'Sẽ tạo 5 trang tính') {
  await clickCheck();
  openTab('Tổng hợp');
  await press('Tạo bảng tổng hợp');
  return screen.getByRole('heading', { name: heading });
}

/** The lines of a list, each its own item's text (not its nested lists'). */
function lines(listName: string): string[] {
  const list = screen.getByRole('list', { name: listName });
  return Array.from(list.children, (item) => {
    const copy = item.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('ul').forEach((nested) => {
      nested.remove();
    });
    return copy.textContent;
  });
}

describe('the meeting workbook', () => {
  it('offers a “Tổng hợp” tab once a table was read, and only then', async () => {
    const noTable = jest.fn<CheckResult, [Grid, CheckOptions]>((grid) => ({
      sheet: grid.sheet,
      table: null,
      issues: [{ code: 'no_tasks', params: {} }],
      findings: [],
    }));
    renderApp({ checkTable: noTable, buildSummary: fakeBuildSummary() });
    expect(screen.queryByRole('tab', { name: 'Tổng hợp' })).toBeNull();
    await clickCheck();
    expect(screen.getByRole('group', { name: 'Không đọc được bảng' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Tổng hợp' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tạo bảng tổng hợp' })).toBeNull();
  });

  it('previews the sheets and the key figures without writing anything', async () => {
    const buildSummary = fakeBuildSummary();
    const { services } = renderApp({ buildSummary });
    await clickCheck();
    const order = ['Vấn đề (5)', 'Tô màu', 'So sánh', 'Tổng hợp', 'Chuẩn hóa', 'Bảng đã đọc'];
    expect(screen.getAllByRole('tab')).toEqual(
      order.map((name) => screen.getByRole('tab', { name })),
    );
    openTab('Tổng hợp');
    expect(
      screen.getByText(/^Tạo các trang tính cho cuộc họp .*, với ngày báo cáo 31\/01\/2024:/),
    ).toBeTruthy();
    expect(buildSummary).not.toHaveBeenCalled();

    const heading = await openPreview();

    expect(buildSummary).toHaveBeenCalledTimes(1);
    expect(buildSummary).toHaveBeenCalledWith([sampleTable()], {
      asOf: '2024-01-31',
      dueSoonDays: 14,
      source: 'Nhiệm vụ',
    });
    expect(services.readSheetTargets).toHaveBeenCalledTimes(1);
    expect(services.writeSummary).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(heading);
    expect(lines('Các trang sẽ tạo')).toEqual([
      'Tổng hợp — Tổng hợp',
      'Chậm muộn — Chậm muộn',
      '3 trang theo đơn vị',
    ]);
    // Three agency sheets are few enough to show open.
    expect(
      screen.getByRole('button', { name: '3 trang theo đơn vị' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(lines('Theo đơn vị')).toEqual(agencyNames.map((name) => `${name} — Theo đơn vị`));
    // The sample has row 7 (Quý IV/2023, not done) overdue on 31/01/2024 and nothing due soon.
    expect(rowTexts('Số liệu chính')).toEqual([
      'Nhiệm vụ 3',
      'Quá hạn 1',
      'Sắp đến hạn (trong 14 ngày) 0',
      'Đơn vị chủ trì 3',
    ]);
    expect(screen.queryByText(/sẽ bị xóa/)).toBeNull();
    expect(screen.queryByText(/được giữ nguyên/)).toBeNull();
    expect(announcement()).toBe('Sẽ tạo 5 trang tính');
  });

  it('closes the preview with “Hủy”, writing nothing', async () => {
    const { services } = renderApp({ buildSummary: fakeBuildSummary() });
    await openPreview();

    await press('Hủy');

    expect(screen.queryByRole('heading', { name: 'Sẽ tạo 5 trang tính' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tạo các trang' })).toBeNull();
    expect(services.writeSummary).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tạo bảng tổng hợp' }));
  });

  it('writes the previewed sheets once confirmed, showing the progress, then says what it made', async () => {
    let report: (done: number, total: number) => void = () => undefined;
    let finish: (result: SheetWriteResult) => void = () => undefined;
    const services = fakeServices({
      writeSummary: jest.fn(
        (_specs, onProgress) =>
          new Promise<SheetWriteResult>((resolve) => {
            report = onProgress;
            finish = resolve;
          }),
      ),
    });
    renderApp({ services, buildSummary: fakeBuildSummary() });
    await openPreview();

    await press('Tạo các trang');

    expect(services.writeSummary).toHaveBeenCalledTimes(1);
    expect(services.writeSummary.mock.calls[0]?.[0]).toEqual(sampleSpecs);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    for (const name of ['Tạo các trang', 'Hủy', 'Tạo bảng tổng hợp']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    }
    expect(screen.getByText('Đang tạo các trang…', { selector: 'label' })).toBeTruthy();
    expect(announcement()).toBe('Đang tạo các trang…');

    act(() => {
      report(1, 3);
    });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('3');
    expect(screen.getByText('Đã xong 1/3')).toBeTruthy();
    act(() => {
      report(2, 3);
    });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');

    await act(async () => {
      finish(writtenAsWanted());
      await Promise.resolve();
    });

    const done = 'Đã tạo 5 trang: Tổng hợp, Chậm muộn và 3 trang theo đơn vị.';
    const message = within(screen.getByRole('tabpanel')).getByText(done);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Sẽ tạo 5 trang tính' })).toBeNull();
    expect(document.activeElement?.contains(message)).toBe(true);
    expect(announcement()).toBe(done);
    expect(
      screen.getByRole('button', { name: 'Tạo bảng tổng hợp' }).getAttribute('aria-disabled'),
    ).toBeNull();
    expect(services.writeSummary).toHaveBeenCalledTimes(1);
  });

  it('says which sheets it replaces, which user sheet keeps its name, and what it removes', async () => {
    const targets: SheetTargets = {
      sheets: [
        { id: '1', name: 'Nhiệm vụ', generated: false, group: null },
        { id: '2', name: 'Tổng hợp', generated: false, group: null },
        { id: '3', name: 'Chậm muộn', generated: true, group: 'summary' },
        { id: '4', name: 'Bộ Y tế', generated: true, group: 'summary' },
      ],
    };
    const services = fakeServices({ readSheetTargets: () => Promise.resolve(targets) });
    renderApp({ services, buildSummary: fakeBuildSummary() });
    await openPreview();

    expect(lines('Các trang sẽ tạo')).toEqual([
      'Tổng hợp (2) — Tổng hợp',
      'Chậm muộn — Chậm muộn; thay trang đã tạo trước',
      '3 trang theo đơn vị',
    ]);
    const kept = screen.getByRole('group', { name: 'Trang tính của bạn được giữ nguyên' });
    expect(kept.textContent).toContain(
      'Trang “Tổng hợp” của bạn được giữ nguyên; trang mới sẽ tên “Tổng hợp (2)”.',
    );
    expect(
      screen.getByText('Các trang đã tạo trước không còn cần sẽ bị xóa: Bộ Y tế.'),
    ).toBeTruthy();
    expect(services.writeSummary).not.toHaveBeenCalled();
  });

  it('names the user’s sheet as it is written when it differs only in case', async () => {
    const targets: SheetTargets = {
      sheets: [{ id: '1', name: 'TỔNG HỢP', generated: false, group: null }],
    };
    renderApp({
      services: fakeServices({ readSheetTargets: () => Promise.resolve(targets) }),
      buildSummary: fakeBuildSummary(),
    });
    await openPreview();

    expect(
      screen.getByText(
        'Trang “TỔNG HỢP” của bạn được giữ nguyên; trang mới sẽ tên “Tổng hợp (2)”.',
        { exact: false },
      ),
    ).toBeTruthy();
  });

  it('keeps the preview and says what to do when the workbook is protected', async () => {
    const services = fakeServices({
      writeSummary: () => Promise.reject(new AppError('access_denied', 'AccessDenied')),
    });
    renderApp({ services, buildSummary: fakeBuildSummary() });
    await openPreview();

    await press('Tạo các trang');

    const bar = screen.getByRole('group', { name: 'Không tạo được bảng tổng hợp' });
    expect(bar.textContent).toContain(
      'Sổ tính đang được bảo vệ (hoặc một trang đã tạo trước bị khóa) — bỏ bảo vệ rồi thử lại.',
    );
    expect(bar.textContent).not.toContain('AccessDenied');
    expect(document.activeElement?.contains(bar)).toBe(true);
    expect(screen.getByRole('heading', { name: 'Sẽ tạo 5 trang tính' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Tạo các trang' }).getAttribute('aria-disabled'),
    ).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it.each([
    [
      new AppError('requirement_not_met', 'ExcelApi 1.7'),
      'Phiên bản Excel này chưa hỗ trợ các chức năng mà tiện ích cần — cập nhật Office hoặc dùng Excel trên web.',
    ],
    [
      new TypeError('boom'),
      'Đã có lỗi không mong muốn khi tạo các trang — thử lại; nếu vẫn lỗi, lưu sổ tính, đóng rồi mở lại Excel.',
    ],
  ])('turns %p while writing into words with a next step', async (error, words) => {
    const services = fakeServices({ writeSummary: () => Promise.reject(error) });
    renderApp({ services, buildSummary: fakeBuildSummary() });
    await openPreview();
    await press('Tạo các trang');

    const bar = screen.getByRole('group', { name: 'Không tạo được bảng tổng hợp' });
    expect(bar.textContent).toBe(`Không tạo được bảng tổng hợp${words}`);
  });

  it('says so when the sheets cannot be listed, and shows no preview', async () => {
    const services = fakeServices({
      readSheetTargets: () =>
        Promise.reject(new AppError('busy', 'InvalidOperationInCellEditMode')),
    });
    renderApp({ services, buildSummary: fakeBuildSummary() });
    await clickCheck();
    openTab('Tổng hợp');

    await press('Tạo bảng tổng hợp');

    const bar = screen.getByRole('group', { name: 'Không chuẩn bị được bảng tổng hợp' });
    expect(bar.textContent).toContain(
      'Excel đang bận, có thể do một ô đang được sửa — nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.',
    );
    expect(screen.queryByRole('button', { name: 'Tạo các trang' })).toBeNull();
    expect(services.writeSummary).not.toHaveBeenCalled();
  });

  it('drops the preview when the report date changes or the table is checked again', async () => {
    const buildSummary = fakeBuildSummary();
    renderApp({ buildSummary });
    await openPreview();

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Ngày báo cáo'), { target: { value: '2023-12-20' } });
      await Promise.resolve();
    });
    expect(screen.queryByRole('heading', { name: 'Sẽ tạo 5 trang tính' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tạo các trang' })).toBeNull();

    await press('Tạo bảng tổng hợp');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Sẽ tạo 5 trang tính' }),
    );
    expect(buildSummary).toHaveBeenLastCalledWith([sampleTable()], {
      asOf: '2023-12-20',
      dueSoonDays: 14,
      source: 'Nhiệm vụ',
    });
    // On 20/12/2023 row 7 (Quý IV/2023) is 11 days from its deadline: due soon, not overdue.
    expect(rowTexts('Số liệu chính')).toEqual([
      'Nhiệm vụ 3',
      'Quá hạn 0',
      'Sắp đến hạn (trong 14 ngày) 1',
      'Đơn vị chủ trì 3',
    ]);

    await clickCheck();
    expect(screen.queryByRole('heading', { name: 'Sẽ tạo 5 trang tính' })).toBeNull();
    expect(buildSummary).toHaveBeenCalledTimes(2);
  });

  it('folds a long list of agency sheets behind a toggle', async () => {
    const many = Array.from({ length: 8 }, (_, i) => `Đơn vị ${String(i + 1)}`);
    const specs = [
      spec('Tổng hợp', 'overview'),
      spec('Chậm muộn', 'late'),
      ...many.map((name) => spec(name, 'agency')),
    ];
    renderApp({ buildSummary: fakeBuildSummary(specs) });
    await openPreview('Sẽ tạo 10 trang tính');

    const toggle = screen.getByRole('button', { name: '8 trang theo đơn vị' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'Theo đơn vị' })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(lines('Theo đơn vị')).toEqual(many.map((name) => `${name} — Theo đơn vị`));
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBe(
      screen.getByRole('list', { name: 'Theo đơn vị' }),
    );
  });

  it('shows names taken from cells as text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    renderApp({
      buildSummary: fakeBuildSummary([
        spec('Tổng hợp', 'overview'),
        spec('Chậm muộn', 'late'),
        spec(name, 'agency'),
      ]),
    });
    await openPreview('Sẽ tạo 3 trang tính');

    expect(lines('Theo đơn vị')).toEqual([`${name} — Theo đơn vị`]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('disables the button, saying why, when Excel cannot write sheets', async () => {
    const buildSummary = fakeBuildSummary();
    const services = fakeServices({ canWriteSheets: () => false });
    renderApp({ services, buildSummary });
    await clickCheck();
    openTab('Tổng hợp');

    const button = screen.getByRole('button', { name: 'Tạo bảng tổng hợp' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(
      'Phiên bản Excel này chưa tạo được trang tính mới cho bảng tổng hợp — cập nhật Office hoặc dùng Excel trên web.',
    );
    fireEvent.click(button);
    expect(buildSummary).not.toHaveBeenCalled();
    expect(services.readSheetTargets).not.toHaveBeenCalled();
  });

  it('speaks English when Office does', async () => {
    renderApp({ locale: 'en', buildSummary: fakeBuildSummary() });
    await clickCheck('Check');
    openTab('Summary');
    expect(
      screen.getByText(/^Creates sheets for the meeting .*, for the report date 31\/01\/2024:/),
    ).toBeTruthy();

    await press('Create summary sheets');
    expect(screen.getByRole('heading', { name: '5 sheets will be created' })).toBeTruthy();

    expect(lines('Sheets to create')).toEqual([
      'Tổng hợp — Overview',
      'Chậm muộn — Late tasks',
      '3 agency sheets',
    ]);
    expect(lines('Per agency')).toEqual(agencyNames.map((name) => `${name} — Per agency`));
    expect(rowTexts('Key figures')).toEqual([
      'Tasks 3',
      'Overdue 1',
      'Due soon (within 14 days) 0',
      'Lead agencies 3',
    ]);
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();

    await press('Create the sheets');
    expect(
      within(screen.getByRole('tabpanel')).getByText(
        '5 sheets created: Tổng hợp, Chậm muộn, and 3 agency sheets.',
      ),
    ).toBeTruthy();
  });
});

describe('the meeting workbook from the real check and builder', () => {
  it('previews the figures the overview’s total row will show', async () => {
    const buildSummary = jest.fn(buildMeetingWorkbook);
    renderApp({ checkTable: jest.fn(checkGrid), buildSummary });
    await openPreview();

    const specs = buildSummary.mock.results[0]?.value as SheetSpec[];
    const overview = specs.find((s) => s.kind === 'overview');
    const total = overview?.rows.find((row) => row.style === 'total');
    const column = (header: string): number => {
      const cell = total?.cells[overview?.columns.findIndex((c) => c.header === header) ?? -1];
      if (typeof cell !== 'number') throw new Error(`no count under ${header}`);
      return cell;
    };
    expect(rowTexts('Số liệu chính')).toEqual([
      `Nhiệm vụ ${column('Tổng số nhiệm vụ')}`,
      `Quá hạn ${column('Quá hạn')}`,
      `Sắp đến hạn (trong 14 ngày) ${column('Sắp đến hạn')}`,
      'Đơn vị chủ trì 3',
    ]);
    expect(rowTexts('Số liệu chính')).toEqual([
      'Nhiệm vụ 3',
      'Quá hạn 1',
      'Sắp đến hạn (trong 14 ngày) 0',
      'Đơn vị chủ trì 3',
    ]);
    expect(lines('Các trang sẽ tạo').slice(0, 2)).toEqual([
      'Tổng hợp — Tổng hợp',
      'Chậm muộn — Chậm muộn',
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Theo đơn vị' })).getAllByRole('listitem'),
    ).toHaveLength(3);
  });
});
