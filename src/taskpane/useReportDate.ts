import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorCode } from '../core/i18n';
import { parseIso } from '../core/parse/calendar';
import { toErrorCode } from './services';
import type { WorkbookServices } from './services';

/** Why the saved report date could not be used or kept. */
export type ReportDateProblem = { action: 'load' | 'save'; error: AppErrorCode };

export type ReportDate = {
  /** The report date in use, yyyy-mm-dd. */
  date: string;
  /** The user picked a date: use it and save it in the workbook. */
  change: (iso: string) => void;
  problem: ReportDateProblem | null;
};

/** A real calendar day written yyyy-mm-dd ("2024-02-30" is not). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIso(text) !== null;
}

/**
 * The report date: today until the workbook's saved date arrives; the user's pick is saved in the
 * workbook. A date the user picked is never overwritten by a load that answers late.
 */
export function useReportDate(
  services: Pick<WorkbookServices, 'loadReportDate' | 'saveReportDate'>,
  today: string,
): ReportDate {
  const [date, setDate] = useState(today);
  const [problem, setProblem] = useState<ReportDateProblem | null>(null);
  const picked = useRef(false);

  useEffect(() => {
    let live = true;
    services.loadReportDate().then(
      (saved) => {
        if (live && !picked.current && saved !== null && isIsoDate(saved)) setDate(saved);
      },
      (error: unknown) => {
        if (live) setProblem({ action: 'load', error: toErrorCode(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [services]);

  const change = useCallback(
    (iso: string) => {
      if (!isIsoDate(iso)) return;
      picked.current = true;
      setDate(iso);
      services.saveReportDate(iso).then(
        () => {
          setProblem((current) => (current?.action === 'save' ? null : current));
        },
        (error: unknown) => {
          setProblem({ action: 'save', error: toErrorCode(error) });
        },
      );
    },
    [services],
  );

  return { date, change, problem };
}
