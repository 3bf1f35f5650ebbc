import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppErrorCode } from '../../core/i18n';
import type { Finding } from '../../core/rules/ruleTypes';
import { findReportDate } from '../../core/table/findReportDate';
import { BulkEditPanel } from '../components/BulkEditPanel';
import { BulkEditStatus } from '../components/BulkEditStatus';
import { CheckProgressBar } from '../components/CheckProgressBar';
import { FindingsPanel } from '../components/FindingsPanel';
import { ComparePanel } from '../components/ComparePanel';
import { HighlightPanel } from '../components/HighlightPanel';
import { NormalizePanel } from '../components/NormalizePanel';
import { PaneToolbar } from '../components/PaneToolbar';
import type { ToolbarTab } from '../components/PaneToolbar';
import { ResultTabs, tabPanelId, tabPanelProps } from '../components/ResultTabs';
import { ProblemBar } from '../components/ProblemBar';
import { ReportDateField } from '../components/ReportDateField';
import { ReportDateOffer } from '../components/ReportDateOffer';
import { ScopePicker } from '../components/ScopePicker';
import { SummaryPanel } from '../components/SummaryPanel';
import { TableReport } from '../components/TableReport';
import { useTranslator } from '../i18n';
import { toErrorCode } from '../services';
import type {
  BuildSummary,
  CheckTable,
  CompareSheets,
  PlanHighlights,
  ReadScope,
  WorkbookServices,
} from '../services';
import { findMissingRoles } from '../tableFacts';
import { useCheck } from '../useCheck';
import { useEdits } from '../useEdits';
import { useReportDate } from '../useReportDate';
import { visuallyHidden } from '../visuallyHidden';

export type CheckViewProps = {
  services: WorkbookServices;
  checkTable: CheckTable;
  planHighlights: PlanHighlights;
  compareSheets: CompareSheets;
  /** Checked table → the meeting workbook's sheets: `buildMeetingWorkbook`. */
  buildSummary: BuildSummary;
  /** Today, yyyy-mm-dd: the report date until the workbook's saved one arrives. */
  today: string;
  /** Check once as soon as the pane opens (the ribbon button is the one click). @default false */
  autoCheck?: boolean;
};

type ResultTab = 'findings' | 'highlight' | 'compare' | 'summary' | 'normalize' | 'table';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tabList: { flexWrap: 'wrap' },
  // Inside the tab panel, not on it: a display set by a class would defeat `hidden`.
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  visuallyHidden,
});

/**
 * "Kiểm tra": the main actions in a toolbar, the report date and scope, one click to read the
 * sheet and run the rules (with progress when that takes a while), then the results in tabs — the
 * findings, deadline colours, a comparison, the meeting workbook and the tidying up (once a table
 * was read), and what was read.
 */
export function CheckView({
  services,
  checkTable,
  planHighlights,
  compareSheets,
  buildSummary,
  today,
  autoCheck = false,
}: CheckViewProps) {
  const styles = useStyles();
  const idPrefix = useId('result');
  const { t, appError, readIssue, role: roleName, formatList } = useTranslator();
  const reportDate = useReportDate(services, today);
  const asOf = reportDate.date;
  const [scope, setScope] = useState<ReadScope>('auto');
  const { state, progress, outcome, check, correctColumn, cancel } = useCheck(
    services,
    checkTable,
    asOf,
  );
  const [announcement, setAnnouncement] = useState('');
  const [tab, setTab] = useState<ResultTab>('findings');
  // A new object per request: the same tab asked twice takes the focus again.
  const [focusTab, setFocusTab] = useState<{ tab: ToolbarTab } | null>(null);
  const [selectError, setSelectError] = useState<AppErrorCode | null>(null);
  // A title date the user chose not to use is not offered again.
  const [keptTitleDate, setKeptTitleDate] = useState<string | null>(null);
  const busy = state.phase === 'reading' || state.phase === 'checking';

  const run = useCallback(
    (chosen: ReadScope) => {
      setSelectError(null);
      setAnnouncement(t('reading'));
      void check(chosen);
    },
    [check, t],
  );

  // After a write the pane shows the table as it now is: a new sheet is the active one and holds
  // only the table; an edit in place is read as the user asked.
  const edits = useEdits(services, (where) => {
    run(where === 'new-sheet' ? 'usedRange' : scope);
  });

  // Opened from the ribbon inside Excel: that click was the check. Once, even under StrictMode.
  const autoChecked = useRef(false);
  useEffect(() => {
    if (!autoCheck || autoChecked.current) return;
    autoChecked.current = true;
    run('auto');
  }, [autoCheck, run]);

  const result = outcome?.kind === 'checked' ? outcome.result : null;
  const table = result?.table ?? null;
  const findings = useMemo(() => result?.findings ?? [], [result]);

  useEffect(() => {
    if (state.phase === 'failed' || outcome?.kind === 'failed') {
      setAnnouncement(t('errorTitle'));
    } else if (result) {
      setAnnouncement(
        result.table
          ? t('checkDone', { tasks: result.table.tasks.length, findings: result.findings.length })
          : t('errorTitle'),
      );
    }
  }, [state.phase, outcome, result, t]);

  // The toolbar opened a tab: its first button is the action (colour the rows, preview the
  // sheets). Fluent's Button types its ref as never, so the panel is searched for it.
  useEffect(() => {
    if (focusTab) {
      document.getElementById(tabPanelId(idPrefix, focusTab.tab))?.querySelector('button')?.focus();
    }
  }, [focusTab, idPrefix]);

  const titleDate = useMemo(() => (table ? findReportDate(table.titles) : null), [table]);
  const offer =
    titleDate !== null && titleDate !== asOf && titleDate !== keptTitleDate ? titleDate : null;
  const missing = table ? findMissingRoles(table.columns) : [];

  const select = (finding: Finding, position: { index: number; total: number }) => {
    setSelectError(null);
    services.selectCell(finding.sheet, finding.cell).then(
      () => {
        setAnnouncement(t('findingSelected', { cell: finding.cell, ...position }));
      },
      (error: unknown) => {
        setSelectError(toErrorCode(error));
      },
    );
  };

  // The summary and tidying tabs exist only with a table: after a check that read none, show the
  // findings.
  const shownTab: ResultTab =
    (tab === 'summary' || tab === 'normalize') && !table ? 'findings' : tab;
  const panel = (value: ResultTab) => tabPanelProps(idPrefix, value, shownTab);

  return (
    <div className={styles.root}>
      <PaneToolbar
        busy={busy}
        hasTable={state.phase === 'read' && table !== null}
        onCheck={() => {
          run(scope);
        }}
        onOpen={(chosen) => {
          setTab(chosen);
          setFocusTab({ tab: chosen });
        }}
      />
      {progress && <CheckProgressBar progress={progress} onCancel={cancel} />}
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
      <ScopePicker value={scope} onChange={setScope} disabled={busy} />
      <div role="status" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {state.phase === 'failed' &&
        (state.error === 'cancelled' ? (
          // Info, not an error: nothing went wrong, and the next step is in the words.
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('cancelledTitle')}</MessageBarTitle>
              {appError(state.error)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <ProblemBar intent="error" title={t('errorTitle')} text={appError(state.error)} />
        ))}
      {outcome?.kind === 'failed' && (
        <ProblemBar intent="error" title={t('errorTitle')} text={appError(outcome.error)} />
      )}
      {offer !== null && (
        <ReportDateOffer
          date={offer}
          onUse={() => {
            reportDate.change(offer);
          }}
          onKeep={() => {
            setKeptTitleDate(offer);
          }}
        />
      )}
      {result?.issues.map((issue) => (
        <ProblemBar
          key={issue.code}
          intent="error"
          title={t('errorTitle')}
          text={readIssue(issue)}
        />
      ))}
      {missing.length > 0 && (
        <ProblemBar
          intent="warning"
          title={t('warningTitle')}
          text={t('missingColumns', { roles: formatList(missing.map(roleName)) })}
        />
      )}
      {selectError !== null && (
        <ProblemBar intent="error" title={t('selectCellFailed')} text={appError(selectError)} />
      )}
      <BulkEditStatus edits={edits} />
      {state.phase === 'read' && result && state.firstTable && (
        <>
          <ResultTabs
            className={styles.tabList}
            idPrefix={idPrefix}
            label={t('tabsLabel')}
            items={[
              { value: 'findings', label: t('tabFindings', { count: findings.length }) },
              { value: 'highlight', label: t('tabHighlight') },
              { value: 'compare', label: t('tabCompare') },
              // The summary and tidying tabs need a table.
              ...(table
                ? [
                    { value: 'summary' as const, label: t('tabSummary') },
                    { value: 'normalize' as const, label: t('tabNormalize') },
                  ]
                : []),
              { value: 'table', label: t('resultHeading') },
            ]}
            selected={shownTab}
            onSelect={setTab}
          />
          <div {...panel('findings')}>
            <FindingsPanel
              findings={findings}
              tasks={table ? table.tasks.length : null}
              onSelect={select}
            />
          </div>
          <div {...panel('highlight')}>
            {table ? (
              <HighlightPanel
                table={table}
                findings={findings}
                asOf={asOf}
                planHighlights={planHighlights}
                services={services}
                announce={setAnnouncement}
              />
            ) : (
              <p>{t('highlightNeedsTable')}</p>
            )}
          </div>
          <div {...panel('compare')}>
            {/* Mounted only when open: listing the sheets is a call to Excel. */}
            {tab !== 'compare' ? null : table ? (
              <ComparePanel
                services={services}
                compareSheets={compareSheets}
                sheet={table.sheet}
                table={table}
                asOf={asOf}
                announce={setAnnouncement}
              />
            ) : (
              <p>{t('highlightNeedsTable')}</p>
            )}
          </div>
          {table && (
            <div {...panel('summary')}>
              {/* Kept mounted: a preview or a write under way survives a look at another tab. */}
              <SummaryPanel
                table={table}
                asOf={asOf}
                buildSummary={buildSummary}
                services={services}
                announce={setAnnouncement}
              />
            </div>
          )}
          {table && (
            <div {...panel('normalize')}>
              {/* Kept mounted, like the summary: a preview survives a look at another tab. */}
              <div className={styles.sections}>
                <NormalizePanel
                  grid={state.sheetRead.grid}
                  table={table}
                  asOf={asOf}
                  services={services}
                  edits={edits}
                  announce={setAnnouncement}
                />
                <BulkEditPanel
                  grid={state.sheetRead.grid}
                  table={table}
                  services={services}
                  edits={edits}
                  announce={setAnnouncement}
                />
              </div>
            </div>
          )}
          <div {...panel('table')}>
            <TableReport
              sheetRead={state.sheetRead}
              table={table}
              firstTable={state.firstTable}
              overrides={state.overrides}
              onCorrectColumn={correctColumn}
            />
          </div>
        </>
      )}
    </div>
  );
}
