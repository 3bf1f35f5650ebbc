import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { Eraser20Regular, PaintBucket20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import {
  HIGHLIGHT_FILLS,
  HIGHLIGHT_KINDS,
  countHighlightRows,
} from '../../core/highlight/planHighlights';
import type { HighlightKind } from '../../core/highlight/planHighlights';
import type { AppErrorCode } from '../../core/i18n';
import type { Finding } from '../../core/rules/ruleTypes';
import type { TaskTable } from '../../core/table/model';
import { useTranslator } from '../i18n';
import { toErrorCode } from '../services';
import type { PlanHighlights, WorkbookServices } from '../services';
import { visuallyHidden } from '../visuallyHidden';
import { ProblemBar } from './ProblemBar';
import { stackedList } from './paneStyles';

export type HighlightPanelProps = {
  table: TaskTable;
  findings: readonly Finding[];
  /** The report date the findings were computed for, yyyy-mm-dd. */
  asOf: string;
  planHighlights: PlanHighlights;
  services: Pick<WorkbookServices, 'applyHighlights' | 'clearHighlights'>;
  /** Says a finished action to screen readers. */
  announce: (message: string) => void;
};

/** Where colouring stands; `asOf` remembers the date the sheet's colours were made for. */
type HighlightStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; action: 'apply' | 'clear' }
  | { kind: 'applied'; asOf: string; rows: number }
  | { kind: 'cleared' }
  | { kind: 'failed'; action: 'apply' | 'clear'; error: AppErrorCode };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  visuallyHidden,
  heading: { margin: 0 },
  legend: stackedList,
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  swatch: {
    flexShrink: 0,
    width: '20px',
    height: '14px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  legendWord: { flexGrow: 1 },
  legendCount: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  button: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto' },
});

/**
 * "Tô màu hạn": the colour key with the rows each colour will take (the preview), a button that
 * says what it will colour, and one that restores the rows' formats.
 */
export function HighlightPanel({
  table,
  findings,
  asOf,
  planHighlights,
  services,
  announce,
}: HighlightPanelProps) {
  const styles = useStyles();
  const headingId = useId('highlight');
  const legendId = useId('legend');
  const { t, appError, formatDate, formatList } = useTranslator();
  const [status, setStatus] = useState<HighlightStatus>({ kind: 'idle' });
  const plan = useMemo(() => planHighlights(table, findings), [planHighlights, table, findings]);
  const counts = useMemo(() => countHighlightRows(plan), [plan]);
  const total = HIGHLIGHT_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const busy = status.kind === 'busy';
  const legendWords: Record<HighlightKind, string> = {
    overdue: t('legendOverdue'),
    'due-soon': t('legendDueSoon'),
    unparsed: t('legendUnparsed'),
  };

  const parts = [
    counts.overdue > 0 ? t('highlightOverdueRows', { count: counts.overdue }) : null,
    counts['due-soon'] > 0 ? t('highlightDueSoonRows', { count: counts['due-soon'] }) : null,
    counts.unparsed > 0 ? t('highlightUnparsedRows', { count: counts.unparsed }) : null,
  ].filter((part) => part !== null);

  const apply = async () => {
    setStatus({ kind: 'busy', action: 'apply' });
    try {
      await services.applyHighlights(plan);
      setStatus({ kind: 'applied', asOf, rows: total });
      announce(t('highlightDone', { rows: total }));
    } catch (error) {
      setStatus({ kind: 'failed', action: 'apply', error: toErrorCode(error) });
    }
  };
  const clear = async () => {
    setStatus({ kind: 'busy', action: 'clear' });
    try {
      await services.clearHighlights();
      setStatus({ kind: 'cleared' });
      announce(t('clearDone'));
    } catch (error) {
      setStatus({ kind: 'failed', action: 'clear', error: toErrorCode(error) });
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.visuallyHidden}>
        {t('highlightHeading')}
      </h2>
      <Body1>{t('highlightIntro', { date: formatDate(asOf) })}</Body1>
      <Subtitle2 as="h3" id={legendId} className={styles.heading}>
        {t('legendHeading')}
      </Subtitle2>
      <ul className={styles.legend} aria-labelledby={legendId}>
        {HIGHLIGHT_KINDS.map((kind) => (
          <li key={kind} className={styles.legendItem}>
            <span
              aria-hidden="true"
              className={styles.swatch}
              style={{ backgroundColor: HIGHLIGHT_FILLS[kind] }}
            />
            <span className={styles.legendWord}>{legendWords[kind]}</span>
            <span className={styles.legendCount}>{t('legendRows', { count: counts[kind] })}</span>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          className={styles.button}
          icon={<PaintBucket20Regular />}
          disabledFocusable={busy || total === 0}
          onClick={() => {
            void apply();
          }}
        >
          {total > 0 ? t('highlightButton', { rows: formatList(parts) }) : t('highlightNothing')}
        </Button>
        <Button
          className={styles.button}
          icon={<Eraser20Regular />}
          disabledFocusable={busy}
          onClick={() => {
            void clear();
          }}
        >
          {t('clearButton')}
        </Button>
        <Caption1 className={styles.hint}>{t('clearHint')}</Caption1>
        {busy && (
          <Spinner
            size="tiny"
            label={status.action === 'apply' ? t('highlighting') : t('clearing')}
          />
        )}
      </div>
      {status.kind === 'applied' && status.asOf === asOf && (
        <Notice intent="success" text={t('highlightDone', { rows: status.rows })} />
      )}
      {status.kind === 'applied' && status.asOf !== asOf && (
        <Notice intent="warning" text={t('highlightStale', { date: formatDate(status.asOf) })} />
      )}
      {status.kind === 'cleared' && <Notice intent="success" text={t('clearDone')} />}
      {status.kind === 'failed' && (
        <ProblemBar
          intent="error"
          title={status.action === 'apply' ? t('highlightFailed') : t('clearFailed')}
          text={appError(status.error)}
        />
      )}
    </section>
  );
}

/** A one-line outcome: done, or done for another date. */
function Notice({ intent, text }: { intent: 'success' | 'warning'; text: string }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
