import { createServices } from '../taskpane/createServices';
import type { WorkbookServices } from '../taskpane/services';
import type {
  HostRequestContext,
  InMemoryExcel,
  InMemoryExcelOptions,
  InMemoryWorkbook,
} from './host';
import { createInMemoryExcel } from './host';

/**
 * One open workbook on the demo page: the in-memory host, the pane's services over it, and a
 * change counter the grid view subscribes to (`useSyncExternalStore`).
 */
export type DemoSession = {
  readonly workbook: InMemoryWorkbook;
  /** The host the pane's services run on; every `run` bumps the version when it ends. */
  readonly host: InMemoryExcel;
  readonly services: WorkbookServices;
  /** Counts changes: each finished `run`, each click in the grid. */
  readonly version: () => number;
  /** Says the workbook changed outside a `run` (the page selected a cell, switched sheets). */
  readonly changed: () => void;
  readonly subscribe: (listener: () => void) => () => void;
};

/** Hosts a workbook for the page: the same services as the add-in, over the in-memory host. */
export function createDemoSession(
  workbook: InMemoryWorkbook,
  options: InMemoryExcelOptions = {},
): DemoSession {
  const inner = createInMemoryExcel(workbook, options);
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const listener of listeners) listener();
  };
  const host: InMemoryExcel = {
    ...inner,
    // Excel repaints after every batch; the grid does too, whether the batch succeeded or not.
    async run<T>(batch: (context: HostRequestContext) => Promise<T>): Promise<T> {
      try {
        return await inner.run(batch);
      } finally {
        changed();
      }
    },
  };
  return {
    workbook,
    host,
    services: createServices({ excel: host, writer: host, office: inner.office }),
    version: () => version,
    changed,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
