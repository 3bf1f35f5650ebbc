import type { CheckOptions, CheckResult } from '../core/check/checkGrid';
import type { Grid } from '../core/table/grid';

/** The options a worker can be sent: `rules` holds functions, which postMessage cannot copy. */
export type WorkerCheckOptions = Omit<CheckOptions, 'rules'>;

/** Pane → worker: a new grid to check and keep, or the kept grid again with other options. */
export type CheckRequest =
  | { type: 'check'; id: number; grid: Grid; options: WorkerCheckOptions }
  | { type: 'recheck'; id: number; options: WorkerCheckOptions };

/** Worker → pane: the result (plain data), or why the core could not give one. */
export type CheckResponse =
  | { type: 'checked'; id: number; result: CheckResult }
  | { type: 'failed'; id: number; message: string };

/** What the pane needs of a Worker: a real one in the browser, a fake in tests. */
export type CheckWorker = {
  postMessage: (message: CheckRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<CheckResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};
