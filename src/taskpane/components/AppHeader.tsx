import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslator } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  description: { color: tokens.colorNeutralForeground2 },
});

/** The add-in's name (the page's only h1) and what it does. */
export function AppHeader() {
  const styles = useStyles();
  const { t } = useTranslator();
  return (
    <header className={styles.root}>
      <Subtitle1 as="h1">{t('appName')}</Subtitle1>
      <Body1 className={styles.description}>{t('appDescription')}</Body1>
    </header>
  );
}
