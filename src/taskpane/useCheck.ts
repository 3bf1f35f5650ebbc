import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult } from '../core/check/checkGrid';
import type { AppErrorCode, NoticeCode } from '../core/i18n';
import type { ColumnMap, ColumnRole, TaskTable } from '../core/table/model';
import { createChecker } from '../worker/createChecker';
import type { RunCheck } from '../worker/createChecker';
import { toErrorCode } from './services';
import type { CheckTable, ReadScope, SheetRead, TableSource } from './services';

/** What running the rules gave: the result, or why the core could not give one. */
export type CheckOutcome =
  { kind: 'checked'; result: CheckResult } | { kind: 'failed'; error: AppErrorCode };

/** Rows read so far of the rows to read, as the blocks arrive. */
export type ReadCount = { done: number; total: number };

/** Where a check stands. */
export type CheckState =
  | { phase: 'idle' }
  /** `read` is null until the first block has arrived. */
  | { phase: 'reading'; read: ReadCount | null }
  /** The rules run on a grid of `rows` rows (shown only when the check is slow). */
  | { phase: 'checking'; rows: number }
  /** The read or the rules failed, or the user cancelled (`cancelled`, shown as info). */
  | { phase: 'failed'; error: AppErrorCode | NoticeCode }
  | {
      phase: 'read';
      sheetRead: SheetRead;
      /** The columns the user corrected, role → letter ("" = no column). */
      overrides: ColumnMap;
      /** The table as first read, before corrections: its columns feed the column pickers. */
      firstTable: TaskTable | null;
      /** The last outcome computed, reused until the date or a column changes. */
      first: { asOf: string; overrides: ColumnMap; outcome: CheckOutcome };
    };

/** What a check under way says while it takes a while; null when it is quick (or done). */
export type CheckProgress =
  { step: 'reading'; read: ReadCount | null } | { step: 'checking'; rows: number } | null;

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
  /** Stops the read or the rules under way; the state becomes the `cancelled` failure. */
  cancel: () => void;
};

/** A check quicker than this shows no progress: a spinner that flashes is noise. */
export const PROGRESS_DELAY_MS = 300;

/**
 * From this many rows the rules take about `PROGRESS_DELAY_MS` on an office laptop (≈ 0.35 ms a
 * row measured here), so the progress shows before they run, and they run in the worker. Below
 * it they run inline, at once: a worker's start and the copy of the grid would cost about as
 * much, and a re-check on a new date then shows its result without a flash of progress.
 */
export const LARGE_GRID_ROWS = 500;

/**
 * The state of a check: one Excel read per click; a new report date or a column correction re-runs
 * the rules on the grid in memory (in the worker, which keeps the grid, for a large one).
 */
export function useCheck(source: TableSource, checkTable: CheckTable, asOf: string): Check {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const [slow, setSlow] = useState(false);
  const [rechecking, setRechecking] = useState(false);
  // A later click wins: an earlier read or check that answers late is dropped. Cancel and each
  // re-check take a number too.
  const latest = useRef(0);
  const reading = useRef<AbortController | null>(null);
  const checker = useMemo(() => createChecker(checkTable), [checkTable]);
  useEffect(
    () => () => {
      checker.cancel();
    },
    [checker],
  );

  const check = useCallback(
    async (scope: ReadScope) => {
      const request = ++latest.current;
      const current = () => request === latest.current;
      reading.current?.abort();
      const abort = new AbortController();
      reading.current = abort;
      setState({ phase: 'reading', read: null });
      setSlow(false);
      setRechecking(false);
      // An object, not a `let`: the timer sets it while the read is awaited.
      const elapsed = { late: false };
      const timer = setTimeout(() => {
        elapsed.late = true;
        if (current()) setSlow(true);
      }, PROGRESS_DELAY_MS);
      try {
        let sheetRead: SheetRead;
        try {
          sheetRead = await source.read(scope, {
            signal: abort.signal,
            onProgress: (done, total) => {
              if (current()) setState({ phase: 'reading', read: { done, total } });
            },
          });
        } catch (error) {
          if (current()) setState({ phase: 'failed', error: toErrorCode(error) });
          return;
        }
        if (!current()) return;
        const rows = sheetRead.grid.values.length;
        const large = rows >= LARGE_GRID_ROWS;
        if (elapsed.late || large) {
          setState({ phase: 'checking', rows });
          setSlow(true);
        }
        const overrides: ColumnMap = {};
        // Small and quick: at once, as before (no await, so no frame without a result). Slow or
        // large: the worker, or inline after a paint so the progress shows first.
        const started =
          elapsed.late || large
            ? runCheck(checker.check, sheetRead, asOf, overrides)
            : runCheckNow(checkTable, sheetRead, asOf, overrides);
        const outcome = started instanceof Promise ? await started : started;
        if (!current()) return;
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
    [source, checkTable, checker, asOf],
  );

  const cancel = useCallback(() => {
    latest.current++;
    reading.current?.abort();
    checker.cancel();
    setSlow(false);
    setRechecking(false);
    // The earlier result is not shown as if it were current: the pane says it was cancelled.
    setState({ phase: 'failed', error: 'cancelled' });
  }, [checker]);

  const correctColumn = useCallback((role: ColumnRole, letter: string) => {
    setState((current) =>
      current.phase === 'read'
        ? { ...current, overrides: { ...current.overrides, [role]: letter } }
        : current,
    );
  }, []);

  // A small grid is re-checked here, during the render, as before; null means "in the worker",
  // a promise a stand-in answering later (awaited below, so it is called once).
  const quick = useMemo((): CheckOutcome | Promise<CheckOutcome> | null => {
    if (state.phase !== 'read') return null;
    const { first } = state;
    if (first.asOf === asOf && first.overrides === state.overrides) return first.outcome;
    if (state.sheetRead.grid.values.length >= LARGE_GRID_ROWS) return null;
    return runCheckNow(checkTable, state.sheetRead, asOf, state.overrides);
  }, [state, asOf, checkTable]);
  const later = state.phase === 'read' && (quick === null || quick instanceof Promise);

  useEffect(() => {
    if (state.phase !== 'read' || !later) return;
    const request = ++latest.current;
    const { sheetRead, overrides } = state;
    setRechecking(true);
    const answer =
      quick instanceof Promise ? quick : runCheck(checker.check, sheetRead, asOf, overrides);
    void answer.then((outcome) => {
      if (request !== latest.current) return;
      setRechecking(false);
      setState((current) =>
        current.phase === 'read' && current.sheetRead === sheetRead
          ? { ...current, first: { asOf, overrides, outcome } }
          : current,
      );
    });
  }, [state, asOf, later, quick, checker]);

  // While a large grid is re-checked the previous outcome stays: no flash of an empty pane.
  const outcome =
    (quick instanceof Promise ? null : quick) ??
    (state.phase === 'read' ? state.first.outcome : null);

  const progress: CheckProgress =
    rechecking && state.phase === 'read'
      ? { step: 'checking', rows: state.sheetRead.grid.values.length }
      : !slow
        ? null
        : state.phase === 'reading'
          ? { step: 'reading', read: state.read }
          : state.phase === 'checking'
            ? { step: 'checking', rows: state.rows }
            : null;

  return { state, progress, outcome, check, correctColumn, cancel };
}

function checkOptions(asOf: string, overrides: ColumnMap) {
  return {
    asOf,
    ...(Object.keys(overrides).length > 0 ? { columnOverrides: overrides } : {}),
  };
}

async function runCheck(
  run: RunCheck,
  sheetRead: SheetRead,
  asOf: string,
  overrides: ColumnMap,
): Promise<CheckOutcome> {
  try {
    return await settleCheck(run(sheetRead.grid, checkOptions(asOf, overrides)));
  } catch (error) {
    return { kind: 'failed', error: toErrorCode(error) };
  }
}

/** A result that answers later as an outcome. */
async function settleCheck(result: CheckResult | Promise<CheckResult>): Promise<CheckOutcome> {
  try {
    return { kind: 'checked', result: await result };
  } catch (error) {
    // The core throws only on a broken invariant; the user sees "unknown" with a next step.
    return { kind: 'failed', error: toErrorCode(error) };
  }
}

/** The outcome now, or its promise when the rules answer later (a test's stand-in). */
function runCheckNow(
  checkTable: CheckTable,
  sheetRead: SheetRead,
  asOf: string,
  overrides: ColumnMap,
): CheckOutcome | Promise<CheckOutcome> {
  try {
    const result = checkTable(sheetRead.grid, checkOptions(asOf, overrides));
    if (result instanceof Promise) return settleCheck(result);
    return { kind: 'checked', result };
  } catch (error) {
    return { kind: 'failed', error: toErrorCode(error) };
  }
}
