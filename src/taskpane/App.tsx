import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../core/i18n';
import { AppHeader } from './components/AppHeader';
import { TranslatorProvider } from './i18n';
import type {
  BuildSummary,
  CheckTable,
  CompareSheets,
  PlanHighlights,
  WorkbookServices,
} from './services';
import { CheckView } from './views/CheckView';

export type AppProps = {
  /** The workbook: the Excel adapter in the add-in, fakes in tests. */
  services: WorkbookServices;
  /** The UI language. */
  locale: Locale;
  /** Today, yyyy-mm-dd (from the composition root): the default report date. */
  today: string;
  /** Grid → table → findings: `checkGrid`, passed in so tests can stand in for the rules. */
  checkTable: CheckTable;
  /** Table + findings → rows to colour: `planHighlights`. */
  planHighlights: PlanHighlights;
  /** This table's figures against another sheet's. */
  compareSheets: CompareSheets;
  /** Table → the meeting workbook's sheets: `buildMeetingWorkbook`. */
  buildSummary: BuildSummary;
  /** Check once when the pane opens (true inside Excel). @default false */
  autoCheck?: boolean;
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

/** The task pane. Views sit in `views/`, each in its own file; the check view is the first. */
export function App({ locale, ...view }: AppProps) {
  const styles = useStyles();
  return (
    <TranslatorProvider locale={locale}>
      <div className={styles.root} lang={locale}>
        <AppHeader />
        <main>
          <CheckView {...view} />
        </main>
      </div>
    </TranslatorProvider>
  );
}
