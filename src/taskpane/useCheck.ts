import { useCallback, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../core/check/checkGrid';
import type { AppErrorCode } from '../core/i18n';
import type { ColumnMap, ColumnRole, TaskTable } from '../core/table/model';
import { toErrorCode } from './services';
import type { CheckTable, ReadScope, SheetRead, TableSource } from './services';

/** What running the rules gave: the result, or why the core could not give one. */
export type CheckOutcome =
  { kind: 'checked'; result: CheckResult } | { kind: 'failed'; error: AppErrorCode };

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
      /** The table as first read, before corrections: its columns feed the column pickers. */
      firstTable: TaskTable | null;
      /** The outcome computed with the read, reused until the date or a column changes. */
      first: { asOf: string; overrides: ColumnMap; outcome: CheckOutcome };
    };

export type Check = {
  state: CheckState;
  /** The rules' outcome on the grid read, for the current report date and corrections. */
  outcome: CheckOutcome | null;
  /** Reads the sheet through the source (the only Excel read), then runs the rules. */
  check: (scope: ReadScope) => Promise<void>;
  /** Re-runs the rules on the grid already read with one more column correction. */
  correctColumn: (role: ColumnRole, letter: string) => void;
};

/**
 * The state of a check: one Excel read per click; a new report date or a column correction re-runs
 * the rules on the grid in memory.
 */
export function useCheck(source: TableSource, checkTable: CheckTable, asOf: string): Check {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  // A later click wins: an earlier read that answers late is dropped.
  const latest = useRef(0);

  const check = useCallback(
    async (scope: ReadScope) => {
      const request = ++latest.current;
      setState({ phase: 'reading' });
      let sheetRead: SheetRead;
      try {
        sheetRead = await source.read(scope);
      } catch (error) {
        if (request === latest.current) setState({ phase: 'failed', error: toErrorCode(error) });
        return;
      }
      if (request !== latest.current) return;
      const overrides: ColumnMap = {};
      const outcome = runCheck(checkTable, sheetRead, asOf, overrides);
      setState({
        phase: 'read',
        sheetRead,
        overrides,
        firstTable: outcome.kind === 'checked' ? outcome.result.table : null,
        first: { asOf, overrides, outcome },
      });
    },
    [source, checkTable, asOf],
  );

  const correctColumn = useCallback((role: ColumnRole, letter: string) => {
    setState((current) =>
      current.phase === 'read'
        ? { ...current, overrides: { ...current.overrides, [role]: letter } }
        : current,
    );
  }, []);

  const outcome = useMemo((): CheckOutcome | null => {
    if (state.phase !== 'read') return null;
    const { first } = state;
    if (first.asOf === asOf && first.overrides === state.overrides) return first.outcome;
    return runCheck(checkTable, state.sheetRead, asOf, state.overrides);
  }, [state, asOf, checkTable]);

  return { state, outcome, check, correctColumn };
}

function runCheck(
  checkTable: CheckTable,
  sheetRead: SheetRead,
  asOf: string,
  overrides: ColumnMap,
): CheckOutcome {
  try {
    const result = checkTable(sheetRead.grid, {
      asOf,
      ...(Object.keys(overrides).length > 0 ? { columnOverrides: overrides } : {}),
    });
    return { kind: 'checked', result };
  } catch (error) {
    // The core throws only on a broken invariant; the user sees "unknown" with a next step.
    return { kind: 'failed', error: toErrorCode(error) };
  }
}
