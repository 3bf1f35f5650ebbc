import { Body1, Button, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Wand20Regular } from '@fluentui/react-icons';
import { useMemo, useRef, useState } from 'react';
import { normalizeTable } from '../../core/normalize/normalizeTable';
import type { NormalizeResult } from '../../core/normalize/normalizeSchema';
import type { Grid } from '../../core/table/grid';
import type { TaskTable } from '../../core/table/model';
import { useTranslator } from '../i18n';
import type { WorkbookServices } from '../services';
import type { Edits } from '../useEdits';
import { NormalizePreview } from './NormalizePreview';
import type { NormalizeWrite } from './NormalizePreview';
import { ProblemBar } from './ProblemBar';

export type NormalizePanelProps = {
  /** The cells the table was read from. */
  grid: Grid;
  table: TaskTable;
  /** The report date (for the overdue column), yyyy-mm-dd. */
  asOf: string;
  services: Pick<WorkbookServices, 'canWriteSheets' | 'canEditInPlace'>;
  edits: Pick<Edits, 'busy' | 'writeSheet' | 'apply'>;
  /** Says a finished action to screen readers. */
  announce: (message: string) => void;
};

/** The changes normalising would make with every kind, for the table and date it was made from. */
type Preview = {
  /** Counts the previews made: a new one mounts afresh (the heading takes focus again). */
  serial: number;
  grid: Grid;
  table: TaskTable;
  asOf: string;
  full: NormalizeResult;
};

/** The group a normalised copy is recorded under: making it again replaces that copy only. */
export function normalizedGroup(sheet: string): string {
  return `normalized:${sheet}`;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto' },
});

/**
 * "Chuẩn hóa bảng": the table in the standard layout, previewed change by change; each kind can be
 * unticked; written to a new sheet (the default) or over the table, only once confirmed.
 */
export function NormalizePanel({
  grid,
  table,
  asOf,
  services,
  edits,
  announce,
}: NormalizePanelProps) {
  const styles = useStyles();
  const headingId = useId('normalize');
  const { t } = useTranslator();
  const [preview, setPreview] = useState<Preview | null>(null);
  // The core throws only on a broken invariant: the user sees that it failed, and a next step.
  const [failed, setFailed] = useState(false);
  const actionsRef = useRef<HTMLDivElement>(null);
  const previews = useRef(0);
  const canWriteSheets = useMemo(() => services.canWriteSheets(), [services]);
  const canEditInPlace = useMemo(() => services.canEditInPlace(), [services]);
  // A new check or report date gives another table: the preview of the old one is dropped.
  const shown =
    preview?.grid === grid && preview.table === table && preview.asOf === asOf ? preview : null;

  const prepare = () => {
    setFailed(false);
    try {
      const full = normalizeTable(grid, table, { asOf });
      previews.current += 1;
      setPreview({ serial: previews.current, grid, table, asOf, full });
      announce(t('normalizePreviewHeading', { count: full.changes.length }));
    } catch {
      setPreview(null);
      setFailed(true);
    }
  };

  const confirm = async (write: NormalizeWrite) => {
    const written =
      write.destination === 'new-sheet'
        ? await edits.writeSheet(write.spec, normalizedGroup(table.sheet))
        : await edits.apply(write.plan);
    if (written) setPreview(null);
  };

  const cancel = () => {
    setPreview(null);
    actionsRef.current?.querySelector('button')?.focus();
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t('normalizeHeading')}
      </Subtitle2>
      <Body1>{t('normalizeIntro')}</Body1>
      <div ref={actionsRef} className={styles.actions}>
        <Button
          appearance={shown ? 'secondary' : 'primary'}
          className={styles.button}
          icon={<Wand20Regular />}
          disabledFocusable={edits.busy}
          onClick={prepare}
        >
          {t('normalizeButton')}
        </Button>
      </div>
      {failed && (
        <ProblemBar
          intent="error"
          title={t('normalizePrepareFailed')}
          text={t('normalizeErrorUnknown')}
        />
      )}
      {shown && (
        <NormalizePreview
          key={shown.serial}
          grid={grid}
          table={table}
          asOf={asOf}
          full={shown.full}
          canWriteSheets={canWriteSheets}
          canEditInPlace={canEditInPlace}
          busy={edits.busy}
          onConfirm={(write) => {
            void confirm(write);
          }}
          onCancel={cancel}
        />
      )}
    </section>
  );
}
