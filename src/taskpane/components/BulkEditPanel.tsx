import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import {
  ArrowDown20Regular,
  CheckmarkCircle20Regular,
  NumberSymbol20Regular,
} from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EditKind, EditPlan } from '../../core/edit/editPlan';
import { planFillDown } from '../../core/edit/planFillDown';
import { planRenumber } from '../../core/edit/planRenumber';
import { planSetStatus } from '../../core/edit/planSetStatus';
import type { StatusEdit } from '../../core/edit/planSetStatus';
import type { AppErrorCode } from '../../core/i18n';
import type { Status } from '../../core/parse/statusSchema';
import type { Grid } from '../../core/table/grid';
import type { TaskTable } from '../../core/table/model';
import { useTranslator } from '../i18n';
import { toErrorCode } from '../services';
import type { WorkbookServices } from '../services';
import type { Edits } from '../useEdits';
import { previewBox } from './paneStyles';
import { ProblemBar } from './ProblemBar';

export type BulkEditPanelProps = {
  /** The cells the table was read from (its merged areas, its STT as written). */
  grid: Grid;
  table: TaskTable;
  services: Pick<WorkbookServices, 'readSelectionRows' | 'canEditInPlace'>;
  edits: Pick<Edits, 'busy' | 'apply'>;
  /** Says a finished action to screen readers. */
  announce: (message: string) => void;
};

/** The edits of the selection (and renumbering, which takes the whole table). */
type BulkAction = Exclude<EditKind, 'normalize'>;

type Preview = {
  /** Counts the previews made: a new one mounts afresh (the heading takes focus again). */
  serial: number;
  grid: Grid;
  table: TaskTable;
  action: BulkAction;
  plan: EditPlan;
  /** The selected rows the plan was made for; null when it takes the whole table. */
  rows: readonly number[] | null;
  /** What "Đặt tình trạng và kết quả" sets, as previewed. */
  edit: StatusEdit | null;
};

type Preparation =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'failed'; error: AppErrorCode }
  | { kind: 'other-sheet'; selected: string };

/** The statuses a user sets by hand; "unknown" and "not reported" are what a reader concludes. */
const SETTABLE_STATUSES: readonly Status[] = [
  'DONE',
  'MOSTLY_DONE',
  'IN_PROGRESS',
  'NOT_DONE',
  'RECURRING',
];

/** Up to this many row ranges are named in the preview; more end with "…". */
const ROW_RANGES_SHOWN = 8;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  action: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto' },
  hint: { color: tokens.colorNeutralForeground2 },
  preview: previewBox,
  previewHeading: { margin: 0, outlineOffset: '2px' },
  detail: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * "Sửa hàng loạt trên vùng chọn": set the status and result of the selected tasks, fill a merged
 * agency down, renumber STT. Each reads the selection when clicked, previews how many cells it
 * changes, and writes only once confirmed, with "Hoàn tác" after.
 */
export function BulkEditPanel({ grid, table, services, edits, announce }: BulkEditPanelProps) {
  const styles = useStyles();
  const headingId = useId('bulk');
  const unavailableId = useId('bulk-unavailable');
  const statusHeadingId = useId('bulk-status');
  const fillDownHintId = useId('bulk-fill-down');
  const renumberHintId = useId('bulk-renumber');
  const { t, role, status: statusName, appError } = useTranslator();
  const [result, setResult] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [preparation, setPreparation] = useState<Preparation>({ kind: 'idle' });
  const [preview, setPreview] = useState<Preview | null>(null);
  const previews = useRef(0);
  const actionsRef = useRef<HTMLDivElement>(null);
  const canEdit = useMemo(() => services.canEditInPlace(), [services]);
  const hasResult = table.columns.result !== undefined;
  const hasStatus = table.columns.status !== undefined;
  const hasStt = table.columns.stt !== undefined;
  // Another check gives another table: a plan made on the old one is dropped.
  const shown = preview?.grid === grid && preview.table === table ? preview : null;
  const blocked = !canEdit || edits.busy || preparation.kind === 'reading';

  const actionWords: Record<BulkAction, string> = {
    'set-status': t('editKindSetStatus'),
    'fill-down': t('editKindFillDown'),
    renumber: t('editKindRenumber'),
  };

  const show = (
    action: BulkAction,
    plan: EditPlan,
    rows: number[] | null,
    edit: StatusEdit | null,
  ) => {
    previews.current += 1;
    setPreview({ serial: previews.current, grid, table, action, plan, rows, edit });
    setPreparation({ kind: 'idle' });
    announce(previewHeading(plan));
  };

  const fail = (next: Preparation) => {
    setPreparation(next);
    announce(t('bulkSelectionFailed'));
  };

  const prepare = async (action: BulkAction) => {
    setPreview(null);
    try {
      if (action === 'renumber') {
        show(action, planRenumber(table, grid), null, null);
        return;
      }
      setPreparation({ kind: 'reading' });
      const selected = await services.readSelectionRows();
      if (selected.sheet !== table.sheet) {
        fail({ kind: 'other-sheet', selected: selected.sheet });
        return;
      }
      if (action === 'fill-down') {
        show(action, planFillDown(table, grid, selected.rows), selected.rows, null);
        return;
      }
      const edit: StatusEdit = { result, ...(status === '' ? {} : { status }) };
      show(action, planSetStatus(table, selected.rows, edit), selected.rows, edit);
    } catch (error) {
      // Excel's answer mapped, or a broken invariant of a planner ("unknown").
      fail({ kind: 'failed', error: toErrorCode(error) });
    }
  };

  const confirm = async (confirmed: Preview) => {
    if (await edits.apply(confirmed.plan)) setPreview(null);
  };

  const cancel = (action: BulkAction) => {
    setPreview(null);
    actionsRef.current?.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
  };

  function previewHeading(plan: EditPlan): string {
    if (plan.cellCount > 0) {
      return t('bulkPreviewHeading', { cells: plan.cellCount, tasks: plan.taskCount });
    }
    return t('bulkNothing');
  }

  const preparationProblem = (): string => {
    if (preparation.kind === 'other-sheet') {
      return t('bulkOtherSheet', { selected: preparation.selected, sheet: table.sheet });
    }
    if (preparation.kind === 'failed') {
      return preparation.error === 'sheet_empty'
        ? t('bulkSelectionEmpty')
        : appError(preparation.error);
    }
    return '';
  };

  const resultEmpty = result.trim() === '';
  /** The button's hint, after why nothing can be edited when that is so. */
  const describedBy = (hintId: string) => (canEdit ? hintId : `${unavailableId} ${hintId}`);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t('bulkHeading')}
      </Subtitle2>
      <Body1>{t('bulkIntro')}</Body1>
      {!canEdit && (
        <Caption1 id={unavailableId} className={styles.hint}>
          {t('editUnavailable')}
        </Caption1>
      )}
      <div ref={actionsRef} className={styles.root}>
        <section className={styles.action} aria-labelledby={statusHeadingId}>
          <Subtitle2 as="h3" id={statusHeadingId} className={styles.heading}>
            {t('editKindSetStatus')}
          </Subtitle2>
          {hasResult ? (
            <>
              <Field label={role('result')} hint={t('bulkResultHint')}>
                <Textarea
                  value={result}
                  resize="vertical"
                  onChange={(_, data) => {
                    setResult(data.value);
                  }}
                />
              </Field>
              {hasStatus ? (
                <Field label={role('status')}>
                  <Select
                    value={status}
                    onChange={(_, data) => {
                      const chosen = SETTABLE_STATUSES.find((value) => value === data.value);
                      setStatus(chosen ?? '');
                    }}
                  >
                    <option value="">{t('bulkStatusKeep')}</option>
                    {SETTABLE_STATUSES.map((value) => (
                      <option key={value} value={value}>
                        {statusName(value)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ) : (
                <Caption1 className={styles.hint}>{t('bulkNoStatusColumn')}</Caption1>
              )}
            </>
          ) : (
            <Caption1 className={styles.hint}>{t('bulkNoResultColumn')}</Caption1>
          )}
          <Button
            className={styles.button}
            icon={<CheckmarkCircle20Regular />}
            data-action="set-status"
            disabledFocusable={blocked || !hasResult || resultEmpty}
            aria-describedby={canEdit ? undefined : unavailableId}
            onClick={() => {
              void prepare('set-status');
            }}
          >
            {t('bulkSetStatusButton')}
          </Button>
        </section>
        <div className={styles.action}>
          <Button
            className={styles.button}
            icon={<ArrowDown20Regular />}
            data-action="fill-down"
            disabledFocusable={blocked}
            aria-describedby={describedBy(fillDownHintId)}
            onClick={() => {
              void prepare('fill-down');
            }}
          >
            {t('bulkFillDownButton')}
          </Button>
          <Caption1 id={fillDownHintId} className={styles.hint}>
            {t('bulkFillDownHint')}
          </Caption1>
        </div>
        <div className={styles.action}>
          <Button
            className={styles.button}
            icon={<NumberSymbol20Regular />}
            data-action="renumber"
            disabledFocusable={blocked || !hasStt}
            aria-describedby={describedBy(renumberHintId)}
            onClick={() => {
              void prepare('renumber');
            }}
          >
            {t('bulkRenumberButton')}
          </Button>
          <Caption1 id={renumberHintId} className={styles.hint}>
            {hasStt ? t('bulkRenumberHint') : t('bulkNoSttColumn')}
          </Caption1>
        </div>
      </div>
      {preparation.kind === 'reading' && <Spinner size="tiny" label={t('bulkReadingSelection')} />}
      {(preparation.kind === 'failed' || preparation.kind === 'other-sheet') && (
        <ProblemBar intent="error" title={t('bulkSelectionFailed')} text={preparationProblem()} />
      )}
      {shown && (
        <BulkEditPreview
          key={shown.serial}
          preview={shown}
          heading={previewHeading(shown.plan)}
          actionWord={actionWords[shown.action]}
          busy={edits.busy}
          onConfirm={() => {
            void confirm(shown);
          }}
          onCancel={() => {
            cancel(shown.action);
          }}
        />
      )}
    </section>
  );
}

type BulkEditPreviewProps = {
  preview: Preview;
  heading: string;
  actionWord: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** How many cells of how many tasks the edit changes, on which rows, with what; and the choice. */
function BulkEditPreview({
  preview,
  heading,
  actionWord,
  busy,
  onConfirm,
  onCancel,
}: BulkEditPreviewProps) {
  const styles = useStyles();
  const headingId = useId('bulk-preview');
  const { t, status: statusName } = useTranslator();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { plan, rows, edit } = preview;

  // Mounted once per preview: the heading takes focus so the keyboard lands on what appeared.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.previewHeading}>
        <Subtitle2>{heading}</Subtitle2>
      </h3>
      <Body1 className={styles.detail}>
        {rows === null
          ? t('bulkWholeTable', { edit: actionWord })
          : t('bulkSelectedRows', { edit: actionWord, rows: formatRows(rows) })}
      </Body1>
      {edit && plan.cellCount > 0 && (
        <Body1 className={styles.detail}>
          {edit.status === undefined
            ? t('bulkSetsResult', { result: edit.result })
            : t('bulkSetsResultAndStatus', {
                result: edit.result,
                status: statusName(edit.status),
              })}
        </Body1>
      )}
      <div className={styles.actions}>
        {plan.cellCount > 0 && (
          <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
            {t('editConfirm')}
          </Button>
        )}
        <Button disabledFocusable={busy} onClick={onCancel}>
          {plan.cellCount > 0 ? t('editCancel') : t('bulkClose')}
        </Button>
      </div>
    </section>
  );
}

/** Sheet rows as ranges: "5–8, 10"; past ROW_RANGES_SHOWN ranges, "…". */
export function formatRows(rows: readonly number[]): string {
  const ranges: string[] = [];
  let start: number | null = null;
  let end = 0;
  for (const row of [...rows].sort((a, b) => a - b)) {
    if (start !== null && row <= end + 1) {
      end = Math.max(end, row);
      continue;
    }
    if (start !== null) ranges.push(rangeText(start, end));
    start = row;
    end = row;
  }
  if (start !== null) ranges.push(rangeText(start, end));
  return ranges.length > ROW_RANGES_SHOWN
    ? `${ranges.slice(0, ROW_RANGES_SHOWN).join(', ')}, …`
    : ranges.join(', ');
}

function rangeText(start: number, end: number): string {
  return start === end ? String(start) : `${String(start)}–${String(end)}`;
}
