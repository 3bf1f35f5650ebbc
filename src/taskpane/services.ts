import type { AppErrorCode } from '../core/i18n';
import type { Grid } from '../core/table/grid';
import type { ReadOptions, ReadResult } from '../core/table/readTaskTable';
import { toAppError } from '../excel/errors';
import type { ReadScope, SheetRead } from '../excel/readGrid';

export type { ReadScope, SheetRead } from '../excel/readGrid';

/** Where the pane reads a sheet from: Excel in the add-in, a fake in tests. */
export type TableSource = {
  /** Reads the cells of the scope on the active sheet; rejects with an `AppError`. */
  read: (scope: ReadScope) => Promise<SheetRead>;
};

/** Turns a grid into a task table: `readTaskTable` in the add-in. */
export type ReadTable = (grid: Grid, options: ReadOptions) => ReadResult;

/** The code of an error from a `TableSource` or the core: "unknown" for anything unexpected. */
export function toErrorCode(error: unknown): AppErrorCode {
  return toAppError(error).code;
}
