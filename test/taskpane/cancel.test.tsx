/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import type { CheckOptions, CheckResult } from '../../src/core/check/checkGrid';
import type { Grid } from '../../src/core/table/grid';
import type { ReadOptions, SheetRead } from '../../src/taskpane/services';
import { fakeServices } from './fakeServices';
import { renderApp } from './renderApp';
import { fakeCheckTable, sampleFindings } from './sampleFindings';
import { sampleRead } from './sampleTable';

/** A read of the sample sheet padded to `rows` rows: from 500 the rules run off the click. */
function readOfRows(rows: number): SheetRead {
  const padding = Array.from({ length: rows - sampleRead.grid.values.length }, () => [null]);
  return {
    ...sampleRead,
    grid: { ...sampleRead.grid, values: [...sampleRead.grid.values, ...padding] },
  };
}

/** A read the test drives: it reports blocks and answers when told. */
function controlledRead() {
  const reads: { options: ReadOptions; answer: (read: SheetRead) => void }[] = [];
  const read = jest.fn(
    (_scope: unknown, options: ReadOptions = {}) =>
      new Promise<SheetRead>((resolve, reject) => {
        options.signal?.addEventListener('abort', () => {
          reject(new Error('aborted'));
        });
        reads.push({ options, answer: resolve });
      }),
  );
  return { read, reads };
}

/** Rules the test drives: each call waits until the test answers it. */
function controlledRules() {
  const sync = fakeCheckTable(sampleFindings);
  const calls: { answer: () => void }[] = [];
  const checkTable = jest.fn(
    (grid: Grid, options: CheckOptions) =>
      new Promise<CheckResult>((resolve) => {
        calls.push({
          answer: () => {
            resolve(sync(grid, options));
          },
        });
      }),
  );
  return { checkTable, calls };
}

async function settle(ms = 0) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
    await Promise.resolve();
  });
}

function press(name: string) {
  fireEvent.click(screen.getByRole('button', { name }));
}

function progressLabel(): string | null {
  const id = screen.getByRole('progressbar').getAttribute('aria-labelledby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe('a large check under way', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows the rows read as the blocks arrive, with their values', async () => {
    const { read, reads } = controlledRead();
    renderApp({ services: fakeServices({ read }) });
    press('Kiểm tra');
    await settle(300);
    expect(progressLabel()).toBe('Đang đọc bảng…');

    await act(async () => {
      reads[0]?.options.onProgress?.(20_000, 50_000);
      await Promise.resolve();
    });
    expect(progressLabel()).toBe('Đang đọc 20.000/50.000 dòng…');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('20000');
    expect(bar.getAttribute('aria-valuemax')).toBe('50000');
  });

  it('cancels the read with Hủy: the signal aborts, an info bar says so, the pane stays usable', async () => {
    const { read, reads } = controlledRead();
    renderApp({ services: fakeServices({ read }) });
    press('Kiểm tra');
    await settle(300);

    press('Hủy');
    await settle();
    expect(reads[0]?.options.signal?.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Đã hủy kiểm tra — bấm Kiểm tra để chạy lại.')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();

    // A check after the cancel works.
    press('Kiểm tra');
    await settle();
    await act(async () => {
      reads[1]?.answer(sampleRead);
      await Promise.resolve();
    });
    expect(screen.queryByText('Đã hủy kiểm tra — bấm Kiểm tra để chạy lại.')).toBeNull();
    expect(screen.getByRole('tab', { name: /^Vấn đề/ })).toBeTruthy();
  });

  it('calls rules that answer later once per check on a small grid', async () => {
    const { checkTable, calls } = controlledRules();
    renderApp({ services: fakeServices({ read: () => Promise.resolve(sampleRead) }), checkTable });
    press('Kiểm tra');
    await settle(100);
    await settle(100);
    expect(calls).toHaveLength(1);
    await act(async () => {
      calls[0]?.answer();
      await Promise.resolve();
    });
    await settle(500);
    expect(screen.getByRole('tab', { name: 'Vấn đề (5)' })).toBeTruthy();
    expect(checkTable).toHaveBeenCalledTimes(1);
  });

  it('cancels the rules with Hủy; the earlier result is not shown, and a new check completes', async () => {
    const { checkTable, calls } = controlledRules();
    const services = fakeServices({ read: () => Promise.resolve(readOfRows(2000)) });
    renderApp({ services, checkTable });
    press('Kiểm tra');
    await settle(100);
    await settle(100);
    expect(progressLabel()).toBe('Đang kiểm tra 2.000 dòng…');
    expect(calls).toHaveLength(1);

    press('Hủy');
    await settle();
    await act(async () => {
      calls[0]?.answer();
      await Promise.resolve();
    });
    expect(screen.getByText('Đã hủy kiểm tra — bấm Kiểm tra để chạy lại.')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();

    press('Kiểm tra');
    await settle(100);
    await settle(100);
    expect(calls).toHaveLength(2);
    await act(async () => {
      calls[1]?.answer();
      await Promise.resolve();
    });
    await settle();
    expect(screen.getByRole('tab', { name: 'Vấn đề (5)' })).toBeTruthy();
  });
});
