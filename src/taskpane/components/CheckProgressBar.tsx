import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslator } from '../i18n';
import type { CheckProgress } from '../useCheck';

export type CheckProgressBarProps = {
  /** Where the check stands: rows read of rows to read, or the rules running on a grid. */
  progress: NonNullable<CheckProgress>;
  /** Stops the read or the rules (the Hủy button). */
  onCancel: () => void;
};

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, minWidth: 0 },
});

/**
 * A check under way: a bar with the rows read so far ("Đang đọc 20.000/50.000 dòng…"), or
 * moving while the rules run, and Hủy beside it — a button, so Tab and Enter reach it.
 */
export function CheckProgressBar({ progress, onCancel }: CheckProgressBarProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const read = progress.step === 'reading' ? progress.read : null;
  const label =
    progress.step === 'checking'
      ? t('checkingRows', { rows: progress.rows })
      : read
        ? t('readingRows', { read: read.done, total: read.total })
        : t('reading');
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={label} validationState="none">
        {/* Indeterminate until the first block says how many rows there are, and while checking. */}
        <ProgressBar {...(read ? { value: read.done, max: read.total } : {})} />
      </Field>
      <Button size="small" onClick={onCancel}>
        {t('checkCancel')}
      </Button>
    </div>
  );
}
