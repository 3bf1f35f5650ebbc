/** @jest-environment jsdom */
import { checkGrid } from '../../src/core/check/checkGrid';
import type { CheckOptions } from '../../src/core/check/checkGrid';
import type { Grid } from '../../src/core/table/grid';
import { createCheckAnswerer } from '../../src/worker/answerCheck';
import type { CheckRequest, CheckResponse, CheckWorker } from '../../src/worker/checkMessages';
import { CheckCancelled, createChecker } from '../../src/worker/createChecker';
import { WORKBOOKS, loadWorkbook } from '../helpers/fixtures';

const workbook = WORKBOOKS[0];
const options: CheckOptions = { asOf: workbook.reportDate };

let grid: Grid;
beforeAll(async () => {
  const [first] = await loadWorkbook(workbook.file);
  if (!first) throw new Error(`${workbook.file} has no sheet`);
  grid = first;
});

/** A Worker stand-in: runs the real answerer on a copy, as postMessage would, when told. */
function fakeWorker() {
  const answer = createCheckAnswerer();
  const sent: CheckRequest[] = [];
  const worker: CheckWorker & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (message) => {
      sent.push(message);
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  /** Answers the oldest request not yet answered. */
  const reply = (index: number) => {
    const request = sent[index];
    if (!request) throw new Error(`no request ${String(index)}`);
    const data: CheckResponse = JSON.parse(JSON.stringify(answer(request))) as CheckResponse;
    worker.onmessage?.({ data } as MessageEvent<CheckResponse>);
  };
  const fail = () => {
    worker.onerror?.(new ErrorEvent('error', { message: 'Failed to load checkWorker.js' }));
  };
  return { worker, sent, reply, fail };
}

describe('the checker', () => {
  it('sends the grid once, then only the options, with the results of checkGrid', async () => {
    const fake = fakeWorker();
    const start = jest.fn(() => fake.worker);
    const checker = createChecker(checkGrid, start);

    const first = checker.check(grid, options);
    fake.reply(0);
    expect(await first).toEqual(checkGrid(grid, options));

    const later = { asOf: '2025-01-01', dueSoonDays: 30 };
    const second = checker.check(grid, later);
    fake.reply(1);
    expect(await second).toEqual(checkGrid(grid, later));

    expect(start).toHaveBeenCalledTimes(1);
    expect(fake.sent.map((request) => request.type)).toEqual(['check', 'recheck']);
    expect(fake.sent[1]).not.toHaveProperty('grid');
  });

  it('sends a new grid again (a new read)', async () => {
    const fake = fakeWorker();
    const checker = createChecker(checkGrid, () => fake.worker);
    const first = checker.check(grid, options);
    fake.reply(0);
    await first;
    const copy = { ...grid, values: [...grid.values] };
    const second = checker.check(copy, options);
    fake.reply(1);
    await second;
    expect(fake.sent.map((request) => request.type)).toEqual(['check', 'check']);
  });

  it('cancels: what was under way rejects as cancelled, the worker goes, the next starts anew', async () => {
    const fakes = [fakeWorker(), fakeWorker()];
    let started = 0;
    const checker = createChecker(checkGrid, () => {
      const next = fakes[started++];
      if (!next) throw new Error('too many workers');
      return next.worker;
    });

    const under = checker.check(grid, options);
    checker.cancel();
    await expect(under).rejects.toBeInstanceOf(CheckCancelled);
    await expect(under).rejects.toMatchObject({ code: 'cancelled' });
    expect(fakes[0]?.worker.terminated).toBe(true);

    // The new worker holds no grid: the grid is sent again.
    const again = checker.check(grid, options);
    fakes[1]?.reply(0);
    expect(await again).toEqual(checkGrid(grid, options));
    expect(fakes[1]?.sent[0]?.type).toBe('check');
  });

  it('falls back inline when the worker fails to load, with the same results', async () => {
    const fake = fakeWorker();
    const start = jest.fn(() => fake.worker);
    const checker = createChecker(checkGrid, start);
    const first = checker.check(grid, options);
    fake.fail();
    expect(await first).toEqual(checkGrid(grid, options));
    expect(fake.worker.terminated).toBe(true);

    // No second try: the next check runs inline too.
    expect(await checker.check(grid, options)).toEqual(checkGrid(grid, options));
    expect(start).toHaveBeenCalledTimes(1);
    expect(fake.sent).toHaveLength(1);
  });

  it('falls back inline when no worker can start (a content security policy)', async () => {
    const checker = createChecker(checkGrid, () => {
      throw new DOMException('Refused to create a worker', 'SecurityError');
    });
    expect(await checker.check(grid, options)).toEqual(checkGrid(grid, options));
  });

  it('runs a stand-in inline, once, and never starts a worker for it', async () => {
    const start = jest.fn(() => fakeWorker().worker);
    const run = jest.fn(checkGrid);
    const checker = createChecker(run, start);
    expect(await checker.check(grid, options)).toEqual(checkGrid(grid, options));
    expect(run).toHaveBeenCalledTimes(1);
    expect(start).not.toHaveBeenCalled();
  });

  it('turns a failure inside the worker into the unknown error', async () => {
    const fake = fakeWorker();
    const checker = createChecker(checkGrid, () => fake.worker);
    const under = checker.check(grid, options);
    fake.worker.onmessage?.({
      data: { type: 'failed', id: 1, message: 'broken invariant' },
    } as MessageEvent<CheckResponse>);
    await expect(under).rejects.toMatchObject({ code: 'unknown' });
  });
});
