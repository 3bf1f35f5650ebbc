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
  /** The rules are about to run on a grid of `rows` rows (shown only when the check is slow). */
  | { phase: 'checking'; rows: number }
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

/** What a check under way says while it takes a while; null when it is quick (or done). */
export type CheckProgress = { step: 'reading' } | { step: 'checking'; rows: number } | null;

export type Check = {
  state: CheckState;
  /** Set once a check has taken over `PROGRESS_DELAY_MS`, or at once for a large grid. */
  progress: CheckProgress;
  /** The rules' outcome on the grid read, for the current report date and corrections. */
  outcome: CheckOutcome | null;
  /** Reads the sheet through the source (the only Excel read), then runs the rules. */
  check: (scope: ReadScope) => Promise<void>;
  /** Re-runs the rules on the grid already read with one more column correction. */
  correctColumn: (role: ColumnRole, letter: string) => void;
};

/** A check quicker than this shows no progress: a spinner that flashes is noise. */
export const PROGRESS_DELAY_MS = 300;

/**
 * From this many rows the rules take about `PROGRESS_DELAY_MS` on an office laptop (≈ 0.35 ms a
 * row measured here), so the progress shows before they run even when the read was quick.
 */
export const LARGE_GRID_ROWS = 500;

/**
 * The state of a check: one Excel read per click; a new report date or a column correction re-runs
 * the rules on the grid in memory.
 */
export function useCheck(source: TableSource, checkTable: CheckTable, asOf: string): Check {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const [slow, setSlow] = useState(false);
  // A later click wins: an earlier read that answers late is dropped.
  const latest = useRef(0);

  const check = useCallback(
    async (scope: ReadScope) => {
      const request = ++latest.current;
      const current = () => request === latest.current;
      setState({ phase: 'reading' });
      setSlow(false);
      // An object, not a `let`: the timer sets it while the read is awaited.
      const elapsed = { late: false };
      const timer = setTimeout(() => {
        elapsed.late = true;
        if (current()) setSlow(true);
      }, PROGRESS_DELAY_MS);
      try {
        let sheetRead: SheetRead;
        try {
          sheetRead = await source.read(scope);
        } catch (error) {
          if (current()) setState({ phase: 'failed', error: toErrorCode(error) });
          return;
        }
        if (!current()) return;
        const rows = sheetRead.grid.values.length;
        // The rules run synchronously: say so and let the browser paint it before they start.
        // (A cancellable check in chunks is issue 9's.)
        if (elapsed.late || rows >= LARGE_GRID_ROWS) {
          setState({ phase: 'checking', rows });
          setSlow(true);
          await afterPaint();
          if (!current()) return;
        }
        const overrides: ColumnMap = {};
        const outcome = runCheck(checkTable, sheetRead, asOf, overrides);
        setState({
          phase: 'read',
          sheetRead,
          overrides,
          firstTable: outcome.kind === 'checked' ? outcome.result.table : null,
          first: { asOf, overrides, outcome },
        });
      } finally {
        clearTimeout(timer);
        if (current()) setSlow(false);
      }
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

  const progress: CheckProgress = !slow
    ? null
    : state.phase === 'reading'
      ? { step: 'reading' }
      : state.phase === 'checking'
        ? { step: 'checking', rows: state.rows }
        : null;

  return { state, progress, outcome, check, correctColumn };
}

/** How long a hidden pane (no frames) holds the rules back before they run anyway, ms. */
const HIDDEN_FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted: after the next frame, then a task. A timer alone may
 * run before the frame; a pane out of sight gets no frames, so a timeout caps the wait.
 */
function afterPaint(): Promise<void> {
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
