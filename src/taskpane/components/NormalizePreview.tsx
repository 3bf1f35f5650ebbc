import {
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EditPlan } from '../../core/edit/editPlan';
import { planInPlaceNormalize } from '../../core/edit/planInPlaceNormalize';
import { ALL_CHANGE_KINDS } from '../../core/normalize/normalizeSchema';
import type { Change, ChangeKind, NormalizeResult } from '../../core/normalize/normalizeSchema';
import { normalizeTable } from '../../core/normalize/normalizeTable';
import type { SheetSpec } from '../../core/summary/sheetSpec';
import type { Grid } from '../../core/table/grid';
import type { TaskTable } from '../../core/table/model';
import { useTranslator } from '../i18n';
import { visuallyHidden } from '../visuallyHidden';
import { previewBox, stackedList } from './paneStyles';

/** Where the normalised table goes: a new sheet (the default), or over the table. */
export type Destination = 'new-sheet' | 'in-place';

/** What "Áp dụng" writes. */
export type NormalizeWrite =
  { destination: 'new-sheet'; spec: SheetSpec } | { destination: 'in-place'; plan: EditPlan };

export type NormalizePreviewProps = {
  grid: Grid;
  table: TaskTable;
  asOf: string;
  /** Normalising with every kind: the counts a unticked kind shows. */
  full: NormalizeResult;
  canWriteSheets: boolean;
  canEditInPlace: boolean;
  /** A write is under way: nothing more can start. */
  busy: boolean;
  onConfirm: (write: NormalizeWrite) => void;
  onCancel: () => void;
};

/** The changes of a kind listed at first, and added at each "Xem thêm". */
const CHANGES_PAGE = 50;

/** Longer cell texts are cut in the lists: the preview is for recognising, not for reading. */
const TEXT_SHOWN = 160;

const useStyles = makeStyles({
  preview: previewBox,
  heading: { margin: 0, outlineOffset: '2px' },
  visuallyHidden,
  list: stackedList,
  changes: {
    listStyleType: 'none',
    margin: 0,
    padding: `0 0 0 ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  change: { overflowWrap: 'anywhere', outlineOffset: '2px' },
  where: { fontWeight: tokens.fontWeightSemibold },
  toggle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    marginLeft: tokens.spacingHorizontalXXL,
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: tokens.colorBrandForeground1,
    cursor: 'pointer',
    textAlign: 'left',
  },
  more: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalXXL },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The preview of "Chuẩn hóa bảng": each kind of change with its count and a tick, the changes of
 * each kind (cell, before → after), where the table goes, and the choice. Unticking a kind
 * normalises again without it; nothing is written before "Áp dụng".
 */
export function NormalizePreview({
  grid,
  table,
  asOf,
  full,
  canWriteSheets,
  canEditInPlace,
  busy,
  onConfirm,
  onCancel,
}: NormalizePreviewProps) {
  const styles = useStyles();
  const headingId = useId('normalize-preview');
  const kindsId = useId('normalize-kinds');
  const newSheetHintId = useId('normalize-new-sheet');
  const inPlaceHintId = useId('normalize-in-place');
  const { t } = useTranslator();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<ChangeKind>>(new Set());
  // A new sheet even where Excel cannot write one: overwriting the table is only on request.
  const [destination, setDestination] = useState<Destination>('new-sheet');

  const chosen = useMemo(
    () =>
      unticked.size === 0
        ? full
        : tryNormalize(
            grid,
            table,
            asOf,
            new Set(ALL_CHANGE_KINDS.filter((k) => !unticked.has(k))),
          ),
    [full, grid, table, asOf, unticked],
  );
  const plan = useMemo(
    () => (chosen && destination === 'in-place' ? tryPlanInPlace(table, grid, chosen.spec) : null),
    [chosen, destination, table, grid],
  );
  const changesByKind = useMemo(() => groupByKind(chosen?.changes ?? []), [chosen]);

  // Mounted once per preview: the heading takes focus so the keyboard lands on what appeared.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const kindWords: Record<ChangeKind, string> = {
    'merge-rows': t('normalizeKindMergeRows'),
    'clean-text': t('normalizeKindCleanText'),
    renumber: t('normalizeKindRenumber'),
    agencies: t('normalizeKindAgencies'),
    'deadline-date': t('normalizeKindDeadline'),
    status: t('normalizeKindStatus'),
    overdue: t('normalizeKindOverdue'),
  };

  const tick = (kind: ChangeKind, ticked: boolean) => {
    setUnticked((current) => {
      const next = new Set(current);
      if (ticked) next.delete(kind);
      else next.add(kind);
      return next;
    });
  };

  const write: NormalizeWrite | null =
    destination === 'new-sheet'
      ? chosen && canWriteSheets
        ? { destination, spec: chosen.spec }
        : null
      : plan && canEditInPlace
        ? { destination, plan }
        : null;

  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        <Subtitle2>
          {t('normalizePreviewHeading', { count: chosen?.changes.length ?? 0 })}
        </Subtitle2>
      </h3>
      <span id={kindsId} className={styles.visuallyHidden}>
        {t('normalizeKindsLabel')}
      </span>
      <ul className={styles.list} aria-labelledby={kindsId}>
        {ALL_CHANGE_KINDS.map((kind) => {
          const ticked = !unticked.has(kind);
          const count = (ticked ? chosen?.counts[kind] : undefined) ?? full.counts[kind];
          return (
            <li key={kind}>
              <Checkbox
                checked={ticked}
                disabled={full.counts[kind] === 0 || busy}
                label={t('normalizeKindCount', { kind: kindWords[kind], count })}
                onChange={(_, data) => {
                  tick(kind, data.checked === true);
                }}
              />
              {ticked && (changesByKind.get(kind)?.length ?? 0) > 0 && (
                <KindChanges word={kindWords[kind]} changes={changesByKind.get(kind) ?? []} />
              )}
            </li>
          );
        })}
      </ul>
      {!chosen && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('normalizeErrorUnknown')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('normalizeDestinationLabel')}>
        <RadioGroup
          value={destination}
          disabled={busy}
          onChange={(_, data) => {
            if (data.value === 'new-sheet' || data.value === 'in-place') setDestination(data.value);
          }}
        >
          <Radio
            value="new-sheet"
            label={t('normalizeToNewSheet', { name: chosen?.spec.name ?? full.spec.name })}
            disabled={!canWriteSheets}
            aria-describedby={newSheetHintId}
          />
          <Radio
            value="in-place"
            label={t('normalizeInPlace')}
            disabled={!canEditInPlace}
            aria-describedby={inPlaceHintId}
          />
        </RadioGroup>
      </Field>
      <Caption1 id={newSheetHintId} className={styles.hint}>
        {canWriteSheets ? t('normalizeNewSheetHint') : t('normalizeNewSheetUnavailable')}
      </Caption1>
      <Caption1 id={inPlaceHintId} className={styles.hint}>
        {!canEditInPlace
          ? t('normalizeInPlaceUnavailable')
          : plan
            ? t('normalizeInPlaceHint', { cells: plan.cellCount })
            : t('normalizeInPlaceNote')}
      </Caption1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || write === null}
          onClick={() => {
            if (write) onConfirm(write);
          }}
        >
          {t('editConfirm')}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {t('editCancel')}
        </Button>
      </div>
    </section>
  );
}

/** The changes of one kind behind a toggle, the first CHANGES_PAGE, then more on request. */
function KindChanges({ word, changes }: { word: string; changes: readonly Change[] }) {
  const styles = useStyles();
  const listId = useId('normalize-changes');
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(CHANGES_PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  // After "Xem thêm", the first change added takes focus: the button may be gone.
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    if (focusAt === null) return;
    listRef.current?.querySelectorAll('li')[focusAt]?.focus();
  }, [focusAt]);

  const text = (value: string) =>
    value === ''
      ? t('normalizeEmptyText')
      : value.length > TEXT_SHOWN
        ? `${value.slice(0, TEXT_SHOWN)}…`
        : value;
  const rest = changes.length - shown;

  return (
    <>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('normalizeShowChangesOf', { kind: word })}
        onClick={() => {
          setOpen((current) => !current);
        }}
      >
        {open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        {t('normalizeShowChanges')}
      </button>
      {/* Rendered only when open: a display set by a class would defeat `hidden`. */}
      {open && (
        <ul id={listId} ref={listRef} className={styles.changes} aria-label={word}>
          {changes.slice(0, shown).map((change, index) => (
            <li key={index} tabIndex={-1} className={styles.change}>
              <span className={styles.where}>
                {change.cell === null
                  ? t('normalizeChangeRow', { row: change.row })
                  : t('findingCell', { cell: change.cell })}
              </span>
              {`: ${text(change.before)} → ${text(change.after)}`}
            </li>
          ))}
        </ul>
      )}
      {open && rest > 0 && (
        <Button
          size="small"
          appearance="subtle"
          className={styles.more}
          onClick={() => {
            setFocusAt(shown);
            setShown((current) => current + CHANGES_PAGE);
          }}
        >
          {t('normalizeShowMore', { count: Math.min(rest, CHANGES_PAGE), rest })}
        </Button>
      )}
    </>
  );
}

function groupByKind(changes: readonly Change[]): Map<ChangeKind, Change[]> {
  const byKind = new Map<ChangeKind, Change[]>();
  for (const change of changes) {
    const list = byKind.get(change.kind);
    if (list) list.push(change);
    else byKind.set(change.kind, [change]);
  }
  return byKind;
}

/** Normalising with some kinds; null when the core fails (a broken invariant only). */
function tryNormalize(
  grid: Grid,
  table: TaskTable,
  asOf: string,
  kinds: ReadonlySet<ChangeKind>,
): NormalizeResult | null {
  try {
    return normalizeTable(grid, table, { asOf, kinds });
  } catch {
    return null;
  }
}

/** The in-place plan; null when the core fails (a broken invariant only). */
function tryPlanInPlace(table: TaskTable, grid: Grid, spec: SheetSpec): EditPlan | null {
  try {
    return planInPlaceNormalize(table, grid, spec);
  } catch {
    return null;
  }
}
