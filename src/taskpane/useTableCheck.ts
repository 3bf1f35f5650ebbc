import { useCallback, useState } from 'react';
import type { AppErrorCode } from '../core/i18n';
import type { ColumnMap, ColumnRole, TaskTable } from '../core/table/model';
import type { ReadResult } from '../core/table/readTaskTable';
import { toErrorCode } from './services';
import type { ReadScope, ReadTable, SheetRead, TableSource } from './services';

/** Where a check stands. */
export type CheckState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'failed'; error: AppErrorCode }
  | {
      phase: 'read';
      sheetRead: SheetRead;
      /** The columns the user corrected, role → letter ("" = no column). */
      overrides: ColumnMap;
      result: ReadResult;
      /** The table as first read, before corrections: its columns feed the column pickers. */
      firstTable: TaskTable | null;
    };

export type TableCheck = {
  state: CheckState;
  /** Reads the sheet through the source, then the table. */
  check: (scope: ReadScope) => Promise<void>;
  /** Re-reads the grid already read with one more column correction; Excel is not read again. */
  correctColumn: (role: ColumnRole, letter: string) => void;
};

/** The state of the check view: one Excel read per check, corrections on the grid in memory. */
export function useTableCheck(
  source: TableSource,
  readTable: ReadTable,
  reportDate: string,
): TableCheck {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });

  const check = useCallback(
    async (scope: ReadScope) => {
      // The check button waits while reading, so answers cannot cross.
      setState({ phase: 'reading' });
      try {
        const sheetRead = await source.read(scope);
        const result = readTable(sheetRead.grid, { reportDate });
        setState({
          phase: 'read',
          sheetRead,
          overrides: {},
          result,
          firstTable: result.success ? result.data : null,
        });
      } catch (error) {
        setState({ phase: 'failed', error: toErrorCode(error) });
      }
    },
    [source, readTable, reportDate],
  );

  const correctColumn = useCallback(
    (role: ColumnRole, letter: string) => {
      if (state.phase !== 'read') return;
      const overrides: ColumnMap = { ...state.overrides, [role]: letter };
      try {
        const result = readTable(state.sheetRead.grid, { reportDate, columnOverrides: overrides });
        setState({ ...state, overrides, result });
      } catch (error) {
        setState({ phase: 'failed', error: toErrorCode(error) });
      }
    },
    [state, readTable, reportDate],
  );

  return { state, check, correctColumn };
}
