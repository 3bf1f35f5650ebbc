import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { Severity } from '../../core/report/reportSchema';
import { useTranslator } from '../i18n';

const looks: Record<Severity, { color: NonNullable<BadgeProps['color']>; icon: ReactElement }> = {
  error: { color: 'danger', icon: <ErrorCircle16Filled /> },
  warning: { color: 'warning', icon: <Warning16Filled /> },
  info: { color: 'informative', icon: <Info16Filled /> },
};

/** A severity as an icon and its name ("Lỗi"), never as a colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { severity: severityName } = useTranslator();
  const look = looks[severity];
  return (
    <Badge appearance="tint" shape="rounded" color={look.color} icon={look.icon}>
      {severityName(severity)}
    </Badge>
  );
}

/** The icon of a severity alone, for buttons that also carry its name. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return looks[severity].icon;
}
