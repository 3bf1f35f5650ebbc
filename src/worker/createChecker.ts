import { checkGrid } from '../core/check/checkGrid';
import type { CheckOptions, CheckResult } from '../core/check/checkGrid';
import type { NoticeCode } from '../core/i18n';
import type { Grid } from '../core/table/grid';
import { AppError } from '../excel/errors';
import type { CheckResponse, CheckWorker, WorkerCheckOptions } from './checkMessages';
import { startCheckWorker } from './startCheckWorker';

/** Grid → table → findings; a test's stand-in may answer later (see CheckTable in services.ts). */
export type RunCheck = (grid: Grid, options: CheckOptions) => CheckResult | Promise<CheckResult>;

/** Runs checks without blocking the pane, one worker at a time; cancel stops the one under way. */
export type Checker = {
  /**
   * Checks `grid` in the worker (only the options are sent again when the worker already holds
   * this grid), or inline after a paint when there is no worker.
   */
  check: (grid: Grid, options: CheckOptions) => Promise<CheckResult>;
  /** Stops the worker (a new one starts for the next check); what was under way rejects. */
  cancel: () => void;
};

/** What a cancelled check rejects with: the `cancelled` notice (shown as info), not a failure. */
export class CheckCancelled extends Error {
  override readonly name = 'CheckCancelled';
  readonly code: NoticeCode = 'cancelled';

  constructor() {
    super('The check was cancelled');
  }
}

type Pending = {
  grid: Grid;
  options: CheckOptions;
  resolve: (result: CheckResult) => void;
  reject: (error: unknown) => void;
};

/**
 * A checker for `run`. Only the core `checkGrid` goes to the worker (the worker bundles that one;
 * a stand-in passed by a test runs inline). Inline too when `Worker` is missing or fails to start
 * or load (jsdom, old hosts, a blocked script): the result is the same, the pane just blocks.
 */
export function createChecker(
  run: RunCheck,
  startWorker: (() => CheckWorker) | null = typeof Worker === 'undefined' ? null : startCheckWorker,
): Checker {
  let worker: CheckWorker | null = null;
  /** The grid the worker holds (compared by identity: a new read is a new grid). */
  let held: Grid | null = null;
  let usable = run === checkGrid && startWorker !== null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const inline = async (grid: Grid, options: CheckOptions) => {
    await afterPaint();
    return await run(grid, options);
  };

  /** The worker failed to load or run: finish what it was given inline, and use no worker again. */
  const giveUp = () => {
    usable = false;
    stop();
    const left = [...pending.values()];
    pending.clear();
    for (const job of left) inline(job.grid, job.options).then(job.resolve, job.reject);
  };

  const stop = () => {
    worker?.terminate();
    worker = null;
    held = null;
  };

  const answer = (response: CheckResponse) => {
    const job = pending.get(response.id);
    if (!job) return;
    pending.delete(response.id);
    if (response.type === 'checked') job.resolve(response.result);
    else job.reject(new AppError('unknown', response.message));
  };

  const ensureWorker = (): CheckWorker | null => {
    if (worker || !usable || !startWorker) return worker;
    try {
      worker = startWorker();
    } catch {
      // A host that forbids workers (a content security policy, an old engine): inline instead.
      usable = false;
      return null;
    }
    worker.onmessage = (event) => {
      answer(event.data);
    };
    worker.onerror = (event) => {
      // The script did not load or threw at its top level: the answers would never come.
      event.preventDefault();
      giveUp();
    };
    return worker;
  };

  return {
    check: (grid, options) => {
      const target = ensureWorker();
      if (!target) return inline(grid, options);
      const id = ++nextId;
      // Not `rules` (functions cannot be copied to a worker): the worker runs the core's own.
      const sendable: WorkerCheckOptions = {
        asOf: options.asOf,
        ...(options.dueSoonDays === undefined ? {} : { dueSoonDays: options.dueSoonDays }),
        ...(options.columnOverrides ? { columnOverrides: options.columnOverrides } : {}),
      };
      const request =
        held === grid
          ? { type: 'recheck' as const, id, options: sendable }
          : { type: 'check' as const, id, grid, options: sendable };
      held = grid;
      return new Promise<CheckResult>((resolve, reject) => {
        pending.set(id, { grid, options, resolve, reject });
        target.postMessage(request);
      });
    },
    cancel: () => {
      // A check under way cannot be interrupted inside the worker: the worker itself goes.
      if (pending.size === 0) return;
      stop();
      const left = [...pending.values()];
      pending.clear();
      for (const job of left) job.reject(new CheckCancelled());
    },
  };
}

/** How long a hidden pane (no frames) holds an inline check back before it runs anyway, ms. */
const HIDDEN_FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted: after the next frame, then a task. A timer alone may
 * run before the frame; a pane out of sight gets no frames, so a timeout caps the wait.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, HIDDEN_FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}
