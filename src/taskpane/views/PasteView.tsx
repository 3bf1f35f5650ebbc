import { Body1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReadIssue } from '../../core/table/readTaskTable';
import { readClipboard } from '../../core/paste/readClipboard';
import type { ClipboardData } from '../../core/paste/readClipboard';
import { AppError } from '../../excel/errors';
import { FindingsPanel } from '../components/FindingsPanel';
import { PasteBox } from '../components/PasteBox';
import { PasteInsert } from '../components/PasteInsert';
import { PasteRowCard, rowOf } from '../components/PasteRowCard';
import { ProblemBar } from '../components/ProblemBar';
import { ReportDateField } from '../components/ReportDateField';
import { ResultTabs, tabPanelProps } from '../components/ResultTabs';
import { TableReport } from '../components/TableReport';
import { useTranslator } from '../i18n';
import type { CheckTable, SheetRead, TableSource, WorkbookServices } from '../services';
import { findMissingRoles } from '../tableFacts';
import { useCheck } from '../useCheck';
import { useReportDate } from '../useReportDate';
import { visuallyHidden } from '../visuallyHidden';

export type PasteViewProps = {
  services: WorkbookServices;
  /** Grid → table → findings: the same `checkGrid` the check view runs. */
  checkTable: CheckTable;
  /** Today, yyyy-mm-dd: the report date until the workbook's saved one arrives. */
  today: string;
};

/** What the last paste gave: nothing yet, nothing readable, or a grid (checked by `useCheck`). */
type Paste = { kind: 'none' } | { kind: 'nothing' } | { kind: 'read'; serial: number };

type PasteTab = 'findings' | 'table';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  tabList: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  visuallyHidden,
});

/**
 * "Dán bảng": a table pasted from a report is read and checked at once — what was understood,
 * the findings by rule — and can be inserted as a new sheet in the standard layout. Nothing is
 * written to the workbook until the user asks.
 */
export function PasteView({ services, checkTable, today }: PasteViewProps) {
  const styles = useStyles();
  const idPrefix = useId('paste');
  const { t, role: roleName, formatList, appError } = useTranslator();
  const reportDate = useReportDate(services, today);
  const asOf = reportDate.date;
  // The pasted grid, handed to `useCheck` as if read from a sheet: the same rules, the same
  // report-date re-runs and column corrections as the check view, without a second copy of them.
  const pastedRead = useRef<SheetRead | null>(null);
  const source = useMemo<TableSource>(
    () => ({
      read: () =>
        pastedRead.current
          ? Promise.resolve(pastedRead.current)
          : Promise.reject(new AppError('sheet_empty')),
    }),
    [],
  );
  const { state, outcome, check, correctColumn } = useCheck(source, checkTable, asOf);
  const [paste, setPaste] = useState<Paste>({ kind: 'none' });
  const [tab, setTab] = useState<PasteTab>('findings');
  const [shownCell, setShownCell] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pastes = useRef(0);
  const inserts = useRef(0);

  const read = (data: ClipboardData) => {
    const found = readClipboard(data);
    setShownCell(null);
    setTab('findings');
    if (!found) {
      setPaste({ kind: 'nothing' });
      setAnnouncement(t('pasteErrorTitle'));
      return;
    }
    pastes.current += 1;
    pastedRead.current = { grid: found.grid, scope: 'usedRange', selection: '', activeCell: 'A1' };
    setPaste({ kind: 'read', serial: pastes.current });
    void check('usedRange');
  };

  // The pane is an edge: the clock makes the group unique across sessions, the counter within one.
  const newGroup = useCallback(() => {
    inserts.current += 1;
    return `pasted:${String(inserts.current)}-${String(Date.now())}`;
  }, []);

  const shown = paste.kind === 'read' && state.phase === 'read' ? state : null;
  const result = shown && outcome?.kind === 'checked' ? outcome.result : null;
  const table = result?.table ?? null;
  const findings = useMemo(() => result?.findings ?? [], [result]);
  const missing = table ? findMissingRoles(table.columns) : [];

  useEffect(() => {
    if (!result) return;
    setAnnouncement(
      result.table
        ? t('pasteDone', { tasks: result.table.tasks.length, findings: result.findings.length })
        : t('pasteErrorTitle'),
    );
  }, [result, t]);

  const panel = (value: PasteTab) => tabPanelProps(idPrefix, value, tab);

  return (
    <section className={styles.root} aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} className={styles.visuallyHidden}>
        {t('pasteHeading')}
      </h2>
      <Body1 className={styles.intro}>{t('pasteIntro')}</Body1>
      <ReportDateField value={asOf} onChange={reportDate.change} />
      {reportDate.problem && (
        <ProblemBar
          intent="warning"
          title={t('warningTitle')}
          text={
            reportDate.problem.action === 'load'
              ? t('reportDateLoadFailed')
              : t('reportDateSaveFailed')
          }
        />
      )}
      <PasteBox onData={read} />
      <div role="status" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {paste.kind === 'nothing' && (
        <ProblemBar intent="error" title={t('pasteErrorTitle')} text={t('pasteNothing')} />
      )}
      {shown && outcome?.kind === 'failed' && (
        <ProblemBar intent="error" title={t('pasteErrorTitle')} text={appError(outcome.error)} />
      )}
      {result?.issues.map((issue) => (
        <ProblemBar
          key={issue.code}
          intent="error"
          title={t('pasteErrorTitle')}
          text={t(pasteIssueKey(issue))}
        />
      ))}
      {missing.length > 0 && (
        <ProblemBar
          intent="warning"
          title={t('warningTitle')}
          text={t('missingColumns', { roles: formatList(missing.map(roleName)) })}
        />
      )}
      {shown && paste.kind === 'read' && result && table && (
        <>
          <Body1>{t('pasteDone', { tasks: table.tasks.length, findings: findings.length })}</Body1>
          <PasteInsert
            key={paste.serial}
            grid={shown.sheetRead.grid}
            table={table}
            asOf={asOf}
            services={services}
            newGroup={newGroup}
            announce={setAnnouncement}
          />
        </>
      )}
      {shown && (result?.table ?? shown.firstTable) && (
        <>
          <ResultTabs
            className={styles.tabList}
            idPrefix={idPrefix}
            label={t('pasteTabsLabel')}
            items={[
              { value: 'findings', label: t('tabFindings', { count: findings.length }) },
              { value: 'table', label: t('resultHeading') },
            ]}
            selected={tab}
            onSelect={setTab}
          />
          <div {...panel('findings')} className={styles.panel}>
            <FindingsPanel
              findings={findings}
              tasks={table ? table.tasks.length : null}
              onSelect={(finding, position) => {
                // No sheet to select: the row is shown below the list and named to screen readers.
                setShownCell(finding.cell);
                const row = rowOf(finding.cell) ?? 0;
                setAnnouncement(t('pasteFindingShown', { cell: finding.cell, row, ...position }));
              }}
            />
            {table && shownCell !== null && (
              <PasteRowCard grid={shown.sheetRead.grid} table={table} cell={shownCell} />
            )}
          </div>
          <div {...panel('table')}>
            <TableReport
              sheetRead={shown.sheetRead}
              table={table}
              firstTable={shown.firstTable}
              overrides={shown.overrides}
              onCorrectColumn={correctColumn}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** The words for a table that could not be read from a paste: the next step is to paste again. */
function pasteIssueKey(issue: ReadIssue): 'pasteNothing' | 'pasteHeaderNotFound' | 'pasteNoTasks' {
  switch (issue.code) {
    case 'empty_grid':
      return 'pasteNothing';
    case 'header_not_found':
      return 'pasteHeaderNotFound';
    case 'no_tasks':
      return 'pasteNoTasks';
  }
}
