import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import {
  ChevronDown16Regular,
  ChevronRight16Regular,
  TableAdd20Regular,
} from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_DUE_SOON_DAYS } from '../../core/check/checkGrid';
import { assessTask } from '../../core/deadlines/assessDeadline';
import type { AppErrorCode } from '../../core/i18n';
import { foldCase } from '../../core/summary/foldCase';
import { SUMMARY_GROUP } from '../../core/summary/generatedRecord';
import type { SheetKind, SheetSpec } from '../../core/summary/sheetSpec';
import type { TaskTable } from '../../core/table/model';
import { planSheetWrite } from '../../excel/writeSheets';
import { useTranslator } from '../i18n';
import { toErrorCode } from '../services';
import type {
  BuildSummary,
  SheetTargets,
  SheetWritePlan,
  SheetWriteResult,
  WorkbookServices,
} from '../services';
import { visuallyHidden } from '../visuallyHidden';
import { FactTable } from './FactTable';
import { WriteProgress } from './WriteProgress';
import { previewBox, stackedList } from './paneStyles';
import { ProblemBar } from './ProblemBar';

export type SummaryPanelProps = {
  table: TaskTable;
  /** The report date the sheets are made for, yyyy-mm-dd. */
  asOf: string;
  buildSummary: BuildSummary;
  services: Pick<WorkbookServices, 'canWriteSheets' | 'readSheetTargets' | 'writeSummary'>;
  /** Says a finished action to screen readers. */
  announce: (message: string) => void;
};

/** What "Tạo các trang" would write, for the table and date it was made from. */
type Preview = {
  /** Counts the previews made: a new one mounts afresh (the heading takes focus again). */
  serial: number;
  table: TaskTable;
  asOf: string;
  specs: SheetSpec[];
  plan: SheetWritePlan;
  /** Each renamed sheet with the user's sheet that kept its name. */
  renames: { kept: string; name: string }[];
  facts: SummaryFacts;
};

type SummaryFacts = { tasks: number; overdue: number; dueSoon: number; agencies: number };

type SummaryStatus =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'written'; result: SheetWriteResult }
  | { kind: 'failed'; action: 'prepare' | 'write'; error: AppErrorCode };

/** Up to this many agency sheets the preview lists them open; more are behind a toggle. */
const AGENCY_LIST_OPEN_UP_TO = 5;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  visuallyHidden,
  heading: { margin: 0 },
  preview: previewBox,
  list: stackedList,
  sheetName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2 },
  toggle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    textAlign: 'left',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto' },
  hint: { color: tokens.colorNeutralForeground2 },
  result: { outlineOffset: '2px' },
});

/**
 * "Tổng hợp": builds the meeting workbook from the checked table, shows what it would create,
 * rename and remove, and writes the sheets only once that preview is confirmed.
 */
export function SummaryPanel({ table, asOf, buildSummary, services, announce }: SummaryPanelProps) {
  const styles = useStyles();
  const headingId = useId('summary');
  const cannotWriteId = useId('summary-cannot');
  const { t, appError, formatDate, formatList } = useTranslator();
  const [status, setStatus] = useState<SummaryStatus>({ kind: 'idle' });
  const [preview, setPreview] = useState<Preview | null>(null);
  const canWrite = useMemo(() => services.canWriteSheets(), [services]);
  // Fluent's Button types its ref as never (button or anchor): focus goes through its container.
  const actionsRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const previews = useRef(0);
  // A new check or report date makes other sheets: the preview of the old ones is dropped.
  const shown = preview?.table === table && preview.asOf === asOf ? preview : null;
  const busy = status.kind === 'preparing' || status.kind === 'writing';

  useEffect(() => {
    if (status.kind === 'written' || status.kind === 'failed') resultRef.current?.focus();
  }, [status]);

  const prepare = async () => {
    setStatus({ kind: 'preparing' });
    try {
      const specs = buildSummary([table], {
        asOf,
        dueSoonDays: DEFAULT_DUE_SOON_DAYS,
        source: table.sheet,
      });
      const targets = await services.readSheetTargets();
      const plan = planSheetWrite(specs, targets);
      previews.current += 1;
      const next: Preview = {
        serial: previews.current,
        table,
        asOf,
        specs,
        plan,
        renames: findRenames(plan, targets),
        facts: countFacts(table, asOf, specs),
      };
      setPreview(next);
      setStatus({ kind: 'idle' });
      announce(t('summaryPreviewHeading', { count: plan.sheets.length }));
    } catch (error) {
      setStatus({ kind: 'failed', action: 'prepare', error: toErrorCode(error) });
    }
  };

  const write = async (confirmed: Preview) => {
    setStatus({ kind: 'writing', done: 0, total: 0 });
    announce(t('summaryWriting'));
    try {
      const result = await services.writeSummary(confirmed.specs, (done, total) => {
        setStatus((current) =>
          current.kind === 'writing' ? { kind: 'writing', done, total } : current,
        );
      });
      setPreview(null);
      setStatus({ kind: 'written', result });
      announce(doneText(result));
    } catch (error) {
      setStatus({ kind: 'failed', action: 'write', error: toErrorCode(error) });
    }
  };

  const cancel = () => {
    setPreview(null);
    if (status.kind === 'failed') setStatus({ kind: 'idle' });
    actionsRef.current?.querySelector('button')?.focus();
  };

  const kindWords: Record<SheetKind, string> = {
    overview: t('summaryKindOverview'),
    late: t('summaryKindLate'),
    agency: t('summaryKindAgency'),
    normalized: t('summaryKindNormalized'),
  };

  /** "Đã tạo 7 trang: Tổng hợp, Chậm muộn và 5 trang theo đơn vị." */
  function doneText(result: SheetWriteResult): string {
    const agencies = result.sheets.filter((sheet) => sheet.kind === 'agency').length;
    const parts = [
      ...result.sheets.filter((sheet) => sheet.kind !== 'agency').map((sheet) => sheet.name),
      ...(agencies > 0 ? [t('summaryAgencySheets', { count: agencies })] : []),
    ];
    return t('summaryDone', { count: result.sheets.length, sheets: formatList(parts) });
  }

  const failureText = (code: AppErrorCode): string => {
    const key = writeErrorKey(code);
    return key === null ? appError(code) : t(key);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.visuallyHidden}>
        {t('summaryHeading')}
      </h2>
      <Body1>{t('summaryIntro', { date: formatDate(asOf) })}</Body1>
      <div ref={actionsRef} className={styles.actions}>
        <Button
          appearance={shown ? 'secondary' : 'primary'}
          className={styles.button}
          icon={<TableAdd20Regular />}
          disabledFocusable={busy || !canWrite}
          aria-describedby={canWrite ? undefined : cannotWriteId}
          onClick={() => {
            void prepare();
          }}
        >
          {t('summaryButton')}
        </Button>
        {status.kind === 'preparing' && <Spinner size="tiny" label={t('summaryPreparing')} />}
      </div>
      {!canWrite && (
        <Caption1 id={cannotWriteId} className={styles.hint}>
          {t('summaryCannotWrite')}
        </Caption1>
      )}
      {shown && (
        <PreviewSection
          key={shown.serial}
          preview={shown}
          kindWords={kindWords}
          busy={busy}
          onConfirm={() => {
            void write(shown);
          }}
          onCancel={cancel}
        />
      )}
      {status.kind === 'writing' && (
        <WriteProgress label={t('summaryWriting')} done={status.done} total={status.total} />
      )}
      {status.kind === 'written' && (
        <div ref={resultRef} tabIndex={-1} className={styles.result}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {doneText(status.result)}
              {status.result.removed.length > 0 &&
                ` ${t('summaryRemovedDone', { names: formatList(status.result.removed) })}`}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {status.kind === 'failed' && (
        <div ref={resultRef} tabIndex={-1} className={styles.result}>
          <ProblemBar
            intent="error"
            title={status.action === 'write' ? t('summaryFailed') : t('summaryPrepareFailed')}
            text={failureText(status.error)}
          />
        </div>
      )}
    </section>
  );
}

type PreviewSectionProps = {
  preview: Preview;
  kindWords: Record<SheetKind, string>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The sheets to create with what each replaces or avoids, the key figures, and the choice. */
function PreviewSection({ preview, kindWords, busy, onConfirm, onCancel }: PreviewSectionProps) {
  const styles = useStyles();
  const headingId = useId('summary-preview');
  const factsId = useId('summary-facts');
  const agencyListId = useId('summary-agencies');
  const { t, formatList, formatNumber } = useTranslator();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { plan, facts, renames } = preview;
  const named = plan.sheets.filter((sheet) => sheet.kind !== 'agency');
  const agencies = plan.sheets.filter((sheet) => sheet.kind === 'agency');
  const [agenciesOpen, setAgenciesOpen] = useState(agencies.length <= AGENCY_LIST_OPEN_UP_TO);

  // Mounted once per preview: the heading takes focus so the keyboard lands on what appeared.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const sheetItem = (sheet: SheetWritePlan['sheets'][number]) => (
    <li key={sheet.name}>
      <span className={styles.sheetName}>{sheet.name}</span>
      <span className={styles.note}>
        {' — '}
        {kindWords[sheet.kind]}
        {sheet.replaces && `; ${t('summaryReplaces')}`}
      </span>
    </li>
  );

  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        <Subtitle2>{t('summaryPreviewHeading', { count: plan.sheets.length })}</Subtitle2>
      </h3>
      <span id={factsId} className={styles.visuallyHidden}>
        {t('summaryFactsHeading')}
      </span>
      <FactTable
        labelledBy={factsId}
        rows={[
          { key: 'tasks', label: t('summaryFactTasks'), value: formatNumber(facts.tasks) },
          { key: 'overdue', label: t('summaryFactOverdue'), value: formatNumber(facts.overdue) },
          {
            key: 'due-soon',
            label: t('summaryFactDueSoon', { days: DEFAULT_DUE_SOON_DAYS }),
            value: formatNumber(facts.dueSoon),
          },
          {
            key: 'agencies',
            label: t('summaryFactAgencies'),
            value: formatNumber(facts.agencies),
          },
        ]}
      />
      <ul className={styles.list} aria-label={t('summarySheetsHeading')}>
        {named.map(sheetItem)}
        {agencies.length > 0 && (
          <li>
            <button
              type="button"
              className={styles.toggle}
              aria-expanded={agenciesOpen}
              aria-controls={agencyListId}
              onClick={() => {
                setAgenciesOpen((open) => !open);
              }}
            >
              {agenciesOpen ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
              <span className={styles.sheetName}>
                {t('summaryAgencySheets', { count: agencies.length })}
              </span>
            </button>
            {/* Rendered only when open: the list's display: flex would win over `hidden`. */}
            {agenciesOpen && (
              <ul id={agencyListId} className={styles.list} aria-label={kindWords.agency}>
                {agencies.map(sheetItem)}
              </ul>
            )}
          </li>
        )}
      </ul>
      {renames.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('summaryRenamedTitle')}</MessageBarTitle>
            {renames.map((rename) => (
              <span key={rename.name} className={styles.note}>
                {' '}
                {t('summaryRenamed', rename)}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan.removed.length > 0 && (
        <Body1>{t('summaryRemoved', { names: formatList(plan.removed) })}</Body1>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
          {t('summaryConfirm')}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {t('summaryCancel')}
        </Button>
      </div>
    </section>
  );
}

/**
 * The sheets that got another name than wanted, each with the user's sheet it avoided (Excel
 * compares names without case, so "tổng hợp" also takes "Tổng hợp").
 */
function findRenames(
  plan: SheetWritePlan,
  targets: SheetTargets,
): { kept: string; name: string }[] {
  return plan.sheets
    .filter((sheet) => sheet.name !== sheet.wanted)
    .map((sheet) => {
      const user = targets.sheets.find(
        (target) =>
          target.group !== SUMMARY_GROUP && foldCase(target.name) === foldCase(sheet.wanted),
      );
      return { kept: user?.name ?? sheet.wanted, name: sheet.name };
    });
}

/** The preview's figures, from the same deadline decision the check and the sheets use. */
function countFacts(table: TaskTable, asOf: string, specs: readonly SheetSpec[]): SummaryFacts {
  let overdue = 0;
  let dueSoon = 0;
  for (const task of table.tasks) {
    const assessment = assessTask(task, asOf);
    if (assessment.state === 'overdue') overdue += 1;
    else if (assessment.state === 'open' && assessment.daysLeft <= DEFAULT_DUE_SOON_DAYS) {
      dueSoon += 1;
    }
  }
  return {
    tasks: table.tasks.length,
    overdue,
    dueSoon,
    agencies: specs.filter((spec) => spec.kind === 'agency').length,
  };
}

type WriteErrorKey =
  | 'summaryErrorProtected'
  | 'summaryErrorBusy'
  | 'summaryErrorChanged'
  | 'summaryErrorTooLarge'
  | 'summaryErrorUnknown';

/**
 * The words for an error while preparing or writing sheets, where the reading words ("… rồi bấm
 * Kiểm tra") would send the user the wrong way; null keeps the shared words.
 */
function writeErrorKey(code: AppErrorCode): WriteErrorKey | null {
  switch (code) {
    case 'access_denied':
      return 'summaryErrorProtected';
    case 'busy':
      return 'summaryErrorBusy';
    case 'item_not_found':
      return 'summaryErrorChanged';
    case 'request_too_large':
      return 'summaryErrorTooLarge';
    case 'invalid_argument':
    case 'sheet_empty':
    case 'unknown':
      return 'summaryErrorUnknown';
    case 'not_in_excel':
    case 'requirement_not_met':
      return null;
  }
}
