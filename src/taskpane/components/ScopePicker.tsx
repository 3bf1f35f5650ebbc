import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReadScope } from '../services';
import { useTranslator } from '../i18n';

const scopes: readonly ReadScope[] = ['auto', 'selection', 'usedRange'];

export type ScopePickerProps = {
  value: ReadScope;
  onChange: (scope: ReadScope) => void;
  /** While reading, the choice waits. @default false */
  disabled?: boolean;
};

/** "Phạm vi": which part of the sheet a check reads. */
export function ScopePicker({ value, onChange, disabled = false }: ScopePickerProps) {
  const { t } = useTranslator();
  const labels: Record<ReadScope, string> = {
    auto: t('scopeAuto'),
    selection: t('scopeSelection'),
    usedRange: t('scopeUsedRange'),
  };
  return (
    <Field label={t('scopeLabel')}>
      <RadioGroup
        value={value}
        disabled={disabled}
        onChange={(_, data) => {
          const scope = scopes.find((s) => s === data.value);
          if (scope) onChange(scope);
        }}
      >
        {scopes.map((scope) => (
          <Radio key={scope} value={scope} label={labels[scope]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
