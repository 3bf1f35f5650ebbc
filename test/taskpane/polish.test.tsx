/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useRef } from 'react';
import { checkGrid } from '../../src/core/check/checkGrid';
import type { Finding } from '../../src/core/rules/ruleTypes';
import { layRows, rowsWithin, useMeasuredRows } from '../../src/taskpane/components/VirtualList';
import type { SheetRead } from '../../src/taskpane/services';
import { fakeServices } from './fakeServices';
import { clickCheck, openTab } from './queries';
import { renderApp } from './renderApp';
import { fakeCheckTable } from './sampleFindings';
import { sampleRead } from './sampleTable';

const sheet = 'Nhiệm vụ';

/**
 * 2,000 findings in two groups, finding #n (in the list's order) on cell D(n + 2): 1,200 overdue
 * (errors, listed first) on D3…D1202, then 800 due soon on D1203…D2002.
 */
const manyFindings: Finding[] = Array.from({ length: 2000 }, (_, i): Finding => {
  const cell = `D${String(i + 3)}`;
  return i < 1200
    ? {
        rule: 'deadline-overdue',
        code: 'deadline_overdue',
        severity: 'error',
        sheet,
        cell,
        params: { due: '2023-12-31', daysLate: 31, status: 'NOT_DONE', original: null },
      }
    : {
        rule: 'deadline-due-soon',
        code: 'deadline_due_soon',
        severity: 'warning',
        sheet,
        cell,
        params: { due: '2024-02-10', daysLeft: 10, status: 'IN_PROGRESS' },
      };
});

/** The findings region and what it holds. */
function findingsRegion() {
  return screen.getByRole('region', { name: 'Các vấn đề phát hiện' });
}

/** How many list items the findings list has in the DOM (rendered, shown or not). */
function renderedItems(): number {
  return findingsRegion().querySelectorAll('li').length;
}

/** The finding on a cell, when it is rendered. */
function findingButton(cell: string): HTMLElement | null {
  return within(findingsRegion()).queryByRole('button', { name: new RegExp(`^Ô ${cell} `) });
}

/** Clicks a button and lets the services' promises settle. */
async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

/** The words of the check's progress: the label its Field gives the bar. */
function progressLabel(): string | null {
  const id = screen.getByRole('progressbar').getAttribute('aria-labelledby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

/** Lets `ms` pass on the fake clock, and the promises that settles answer. */
async function elapse(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
  });
}

/** A read of the sample sheet padded to `rows` rows (the fake rules ignore the extra rows). */
function readOfRows(rows: number): SheetRead {
  const padding = Array.from({ length: rows - sampleRead.grid.values.length }, () => [null]);
  return {
    ...sampleRead,
    grid: { ...sampleRead.grid, values: [...sampleRead.grid.values, ...padding] },
  };
}

describe('a long findings list', () => {
  it('renders a window of 2,000 findings and walks all of them', async () => {
    const { services } = renderApp({ checkTable: fakeCheckTable(manyFindings) });
    await clickCheck();

    expect(screen.getByRole('tab', { name: 'Vấn đề (2.000)' })).toBeTruthy();
    expect(renderedItems()).toBeGreaterThan(0);
    expect(renderedItems()).toBeLessThanOrEqual(100);
    const first = findingButton('D3')?.closest('li');
    expect(first?.getAttribute('aria-setsize')).toBe('1200');
    expect(first?.getAttribute('aria-posinset')).toBe('1');
    expect(findingButton('D2002')).toBeNull();

    await press('Tiếp');
    expect(findingButton('D3')?.getAttribute('aria-current')).toBe('true');

    // Trước from the first wraps to the last, far past the window: it is rendered and chosen.
    await press('Trước');
    const last = findingButton('D2002');
    expect(last?.getAttribute('aria-current')).toBe('true');
    expect(last?.closest('li')?.getAttribute('aria-posinset')).toBe('800');
    expect(last?.closest('li')?.getAttribute('aria-setsize')).toBe('800');
    expect(screen.getByText('Vấn đề 2.000/2.000')).toBeTruthy();
    expect(services.selectCell).toHaveBeenLastCalledWith(sheet, 'D2002');
    expect(renderedItems()).toBeLessThanOrEqual(100);

    // The keyboard: 50 × PageUp (10 findings each) from #2,000 reaches #1,500, then Enter.
    act(() => {
      last?.focus();
    });
    for (let i = 0; i < 50; i++)
      fireEvent.keyDown(document.activeElement ?? document.body, { key: 'PageUp' });
    const target = findingButton('D1502');
    expect(target).not.toBeNull();
    expect(document.activeElement).toBe(target);
    expect(renderedItems()).toBeLessThanOrEqual(100);
    await act(async () => {
      // A native button: Enter chooses it as a click does.
      if (target) fireEvent.click(target);
      await Promise.resolve();
    });
    expect(target?.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Vấn đề 1.500/2.000')).toBeTruthy();
    expect(services.selectCell).toHaveBeenLastCalledWith(sheet, 'D1502');

    await press('Tiếp');
    expect(findingButton('D1503')?.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Vấn đề 1.501/2.000')).toBeTruthy();
  });

  it('moves the focus with the arrow keys, Home and End across the groups', async () => {
    renderApp({ checkTable: fakeCheckTable(manyFindings) });
    await clickCheck();
    const key = (name: string) => {
      fireEvent.keyDown(document.activeElement ?? document.body, { key: name });
    };

    act(() => {
      findingButton('D3')?.focus();
    });
    key('ArrowDown');
    expect(document.activeElement).toBe(findingButton('D4'));
    key('End');
    expect(document.activeElement).toBe(findingButton('D2002'));
    key('ArrowDown');
    expect(document.activeElement).toBe(findingButton('D2002'));
    key('ArrowUp');
    expect(document.activeElement).toBe(findingButton('D2001'));
    key('Home');
    expect(document.activeElement).toBe(findingButton('D3'));
    expect(renderedItems()).toBeLessThanOrEqual(100);
  });

  it('renders every finding of a short list, each with its place', async () => {
    renderApp();
    await clickCheck();

    const items = within(findingsRegion()).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual([
      '1',
      '2',
      '1',
      '1',
      '1',
    ]);
    expect(items.map((item) => item.getAttribute('aria-setsize'))).toEqual([
      '2',
      '2',
      '1',
      '1',
      '1',
    ]);
  });
});

describe('progress of a check', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('says it is reading, then checking, once the check takes over 300 ms', async () => {
    const services = fakeServices({
      read: () =>
        new Promise((resolve) => {
          setTimeout(() => {
            resolve(readOfRows(1234));
          }, 1000);
        }),
    });
    const { checkTable } = renderApp({ services });

    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await elapse(299);
    expect(screen.queryByRole('progressbar')).toBeNull();
    await elapse(1);
    expect(progressLabel()).toBe('Đang đọc bảng…');

    await elapse(700);
    // Said and painted before the rules run: they hold the page until they are done.
    expect(progressLabel()).toBe('Đang kiểm tra 1.234 dòng…');
    expect(checkTable).not.toHaveBeenCalled();

    await elapse(100);
    expect(checkTable).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Vấn đề (5)' })).toBeTruthy();
  });

  it('shows the progress at once for a large grid read quickly, and none for a small one', async () => {
    const services = fakeServices({}, readOfRows(2000));
    const { checkTable } = renderApp({ services });

    await press('Kiểm tra');
    expect(progressLabel()).toBe('Đang kiểm tra 2.000 dòng…');
    expect(checkTable).not.toHaveBeenCalled();
    await elapse(100);
    expect(checkTable).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('progressbar')).toBeNull();

    // The sample (7 rows) is checked as soon as it is read: nothing to wait for, nothing shown.
    services.read.mockImplementation(() => Promise.resolve(sampleRead));
    await press('Kiểm tra');
    expect(checkTable).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('speaks English while it works', async () => {
    const services = fakeServices({}, readOfRows(1500));
    renderApp({ services, locale: 'en' });

    await press('Check');
    expect(progressLabel()).toBe('Checking 1,500 rows…');
    await elapse(100);
  });
});

describe('the toolbar', () => {
  it('holds the main actions; the ones on a table wait for a check', async () => {
    renderApp();
    const toolbar = screen.getByRole('toolbar', { name: 'Thao tác chính' });
    const names = () =>
      within(toolbar)
        .getAllByRole('button')
        .map((button) => button.textContent);
    const disabled = () =>
      within(toolbar)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-disabled') === 'true');

    expect(names()).toEqual(['Kiểm tra', 'Tô màu hạn', 'Tổng hợp']);
    expect(disabled()).toEqual([false, true, true]);
    // One "Kiểm tra" in the pane: the toolbar's.
    expect(screen.getAllByRole('button', { name: 'Kiểm tra' })).toEqual([
      within(toolbar).getByRole('button', { name: 'Kiểm tra' }),
    ]);

    await clickCheck();
    expect(disabled()).toEqual([false, false, false]);
  });

  it('opens the tab of an action and puts the focus on its button', async () => {
    renderApp();
    await clickCheck();
    const toolbar = screen.getByRole('toolbar', { name: 'Thao tác chính' });

    fireEvent.click(within(toolbar).getByRole('button', { name: 'Tô màu hạn' }));
    expect(screen.getByRole('tab', { name: 'Tô màu', selected: true })).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Tô màu 2 dòng quá hạn và 1 dòng sắp đến hạn' }),
    );

    fireEvent.click(within(toolbar).getByRole('button', { name: 'Tổng hợp' }));
    expect(screen.getByRole('tab', { name: 'Tổng hợp', selected: true })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tạo bảng tổng hợp' }));

    openTab(/^Vấn đề/);
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Tổng hợp' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tạo bảng tổng hợp' }));
  });

  it('speaks English', () => {
    renderApp({ locale: 'en' });
    const toolbar = screen.getByRole('toolbar', { name: 'Main actions' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Check', 'Colour deadlines', 'Summary']);
  });
});

describe('errors with a next step', () => {
  // No row reads as a header: the real rules report it.
  const noHeader: SheetRead = {
    ...sampleRead,
    grid: {
      sheet,
      origin: { row: 1, column: 1 },
      values: [['Ghi chú'], ['Họp ngày 05/01']],
      merges: [],
    },
  };

  it.each([
    [
      'vi',
      'Kiểm tra',
      'Không đọc được bảng',
      'Không tìm thấy dòng tiêu đề — chọn vùng bảng rồi bấm Kiểm tra.',
    ],
    [
      'en',
      'Check',
      'The table could not be read',
      'No header row found — select the table range, then press Check.',
    ],
  ] as const)(
    'says what to do when no header row is found (%s)',
    async (locale, check, title, text) => {
      renderApp({ locale, services: fakeServices({}, noHeader), checkTable: jest.fn(checkGrid) });
      await clickCheck(check);

      const bar = await screen.findByRole('group', { name: title });
      expect(bar.textContent).toBe(`${title}${text}`);
      await waitFor(() => {
        expect(screen.getByRole('status').textContent).toBe(title);
      });
    },
  );
});

describe('the windowing', () => {
  it('lays rows by their measured heights, the estimate for the rest', () => {
    const heights = new Map([['b', 30]]);
    expect(layRows(['a', 'b', 'c'], heights, () => 50)).toEqual([0, 50, 80, 130]);
  });

  it('finds the rows that reach into a band', () => {
    const tops = [0, 50, 80, 130, 200];
    expect(rowsWithin(tops, 0, 50)).toEqual({ first: 0, end: 1 });
    expect(rowsWithin(tops, 60, 131)).toEqual({ first: 1, end: 4 });
    expect(rowsWithin(tops, -500, 1000)).toEqual({ first: 0, end: 4 });
    expect(rowsWithin(tops, 300, 400)).toEqual({ first: 4, end: 4 });
    expect(rowsWithin([0], 0, 100)).toEqual({ first: 0, end: 0 });
  });

  it('measures rendered rows, and keeps the view still when a row above it was misjudged', () => {
    // Where jsdom lays nothing out, each row says where it is: top and height, px on the screen.
    const rects: Record<string, [number, number]> = { box: [100, 500], a: [20, 60], b: [150, 70] };
    const spy = jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockImplementation(function (this: HTMLElement) {
        const [top, height] = rects[this.dataset.rowKey ?? this.id] ?? [0, 0];
        return { top, height, bottom: top + height } as DOMRect;
      });
    const heights = new Map<string, number>();
    function Rows() {
      const box = useRef<HTMLDivElement>(null);
      useMeasuredRows(box, heights, () => 50, true);
      return (
        <div ref={box} id="box">
          <div data-row-key="a" />
          <div data-row-key="b" />
        </div>
      );
    }
    try {
      render(<Rows />);
      expect([...heights]).toEqual([
        ['a', 60],
        ['b', 70],
      ]);
      // Row a, above the view, came out 10 px taller than laid: the box follows it.
      expect(document.getElementById('box')?.scrollTop).toBe(10);
    } finally {
      spy.mockRestore();
    }
  });
});
