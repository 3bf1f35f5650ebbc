import { Field, ProgressBar } from '@fluentui/react-components';
import { useTranslator } from '../i18n';

export type WriteProgressProps = {
  /** What is being written ("Đang tạo các trang…"). */
  label: string;
  /** Syncs done so far. */
  done: number;
  /** Syncs in all; 0 until the writer has said. */
  total: number;
};

/** The progress of a write to the workbook, step by step (one step a round trip to Excel). */
export function WriteProgress({ label, done, total }: WriteProgressProps) {
  const { t } = useTranslator();
  // Indeterminate until the writer says how many steps there are.
  return (
    <Field label={label} {...(total > 0 ? { hint: t('summaryProgress', { done, total }) } : {})}>
      <ProgressBar {...(total > 0 ? { value: done, max: total } : {})} />
    </Field>
  );
}
