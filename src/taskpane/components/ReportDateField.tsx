import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslator } from '../i18n';
import { isIsoDate } from '../useReportDate';

export type ReportDateFieldProps = {
  /** The report date in use, yyyy-mm-dd. */
  value: string;
  /** A whole, real date was picked. */
  onChange: (iso: string) => void;
  /** @default false */
  disabled?: boolean;
};

/** "Ngày báo cáo": a native date picker; a half-typed date keeps the date in use. */
export function ReportDateField({ value, onChange, disabled = false }: ReportDateFieldProps) {
  const { t, formatDate } = useTranslator();
  // The input's own text while the user types; reset when the date in use changes elsewhere.
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const valid = isIsoDate(draft);
  return (
    <Field
      label={t('reportDateLabel')}
      hint={t('reportDateHint', { date: formatDate(value) })}
      {...(valid
        ? {}
        : {
            validationState: 'warning',
            validationMessage: t('reportDateInvalid', { date: formatDate(value) }),
          })}
    >
      <Input
        type="date"
        value={draft}
        disabled={disabled}
        onChange={(_, data) => {
          setDraft(data.value);
          if (isIsoDate(data.value) && data.value !== value) onChange(data.value);
        }}
      />
    </Field>
  );
}
