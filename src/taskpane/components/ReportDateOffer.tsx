import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslator } from '../i18n';

export type ReportDateOfferProps = {
  /** The date the table's title names, yyyy-mm-dd. */
  date: string;
  onUse: () => void;
  onKeep: () => void;
};

/** The title names another report date: offer it, never switch silently. */
export function ReportDateOffer({ date, onUse, onKeep }: ReportDateOfferProps) {
  const { t, formatDate } = useTranslator();
  const shown = formatDate(date);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t('reportDateOffer', { date: shown })}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={onUse}>
          {t('reportDateUse', { date: shown })}
        </Button>
        <Button size="small" onClick={onKeep}>
          {t('reportDateKeep')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
