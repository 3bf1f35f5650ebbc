import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../core/i18n';
import { AppHeader } from './components/AppHeader';
import { TranslatorProvider } from './i18n';
import type { ReadTable, TableSource } from './services';
import { CheckView } from './views/CheckView';

export type AppProps = {
  /** Reads the sheet: Excel in the add-in, a fake in tests. */
  source: TableSource;
  /** The UI language. */
  locale: Locale;
  /** The report date, yyyy-mm-dd (today, from the composition root). */
  reportDate: string;
  /** Grid → task table: `readTaskTable`, passed in so tests can stand in for the parsers. */
  readTable: ReadTable;
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
});

/**
 * The task pane. Views sit in `views/`, each in its own file; the check view is the first (the
 * findings, highlight and summary views come next).
 */
export function App({ source, locale, reportDate, readTable }: AppProps) {
  const styles = useStyles();
  return (
    <TranslatorProvider locale={locale}>
      <div className={styles.root} lang={locale}>
        <AppHeader />
        <main>
          <CheckView source={source} readTable={readTable} reportDate={reportDate} />
        </main>
      </div>
    </TranslatorProvider>
  );
}
