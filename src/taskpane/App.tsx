import {
  ToggleButton,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { ClipboardPaste20Regular, TableSearch20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ReactElement } from 'react';
import type { Locale } from '../core/i18n';
import { AppHeader } from './components/AppHeader';
import { TranslatorProvider, useTranslator } from './i18n';
import type {
  BuildSummary,
  CheckTable,
  CompareSheets,
  PlanHighlights,
  WorkbookServices,
} from './services';
import { CheckView } from './views/CheckView';
import { PasteView } from './views/PasteView';

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
  /**
   * The pane sits inside another page's landmarks (the demo page's aside): its content is then a
   * plain container, not the page's `main`. @default false
   */
  embedded?: boolean;
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  switch: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The pane's two jobs: check the sheet, or read a table pasted from a report. */
type View = 'check' | 'paste';

const views: readonly { value: View; icon: ReactElement; label: 'viewCheck' | 'viewPaste' }[] = [
  { value: 'check', icon: <TableSearch20Regular />, label: 'viewCheck' },
  { value: 'paste', icon: <ClipboardPaste20Regular />, label: 'viewPaste' },
];

/** The task pane. Views sit in `views/`, each in its own file; the check view is the first. */
export function App({ locale, embedded = false, ...view }: AppProps) {
  const styles = useStyles();
  return (
    <TranslatorProvider locale={locale}>
      <div className={styles.root} lang={locale}>
        <AppHeader />
        <Views {...view} embedded={embedded} />
      </div>
    </TranslatorProvider>
  );
}

/**
 * The switch between the views and the views themselves. Both stay mounted once opened (only
 * hidden), so a check or a pasted table survives a look at the other; the paste view mounts on
 * its first opening, so opening the pane still reads the workbook's report date once.
 */
function Views({
  embedded,
  ...props
}: Omit<AppProps, 'locale' | 'embedded'> & { embedded: boolean }) {
  const styles = useStyles();
  const { t } = useTranslator();
  // Segmented buttons rather than tabs: the check view's results are the pane's tabs.
  const arrows = useArrowNavigationGroup({ axis: 'horizontal', circular: true });
  const [view, setView] = useState<View>('check');
  const [pasteOpened, setPasteOpened] = useState(false);
  const Content = embedded ? 'div' : 'main';
  const open = (next: View) => {
    setView(next);
    if (next === 'paste') setPasteOpened(true);
  };
  return (
    <>
      <div role="group" aria-label={t('viewSwitchLabel')} className={styles.switch} {...arrows}>
        {views.map(({ value, icon, label }) => (
          <ToggleButton
            key={value}
            size="small"
            icon={icon}
            checked={view === value}
            onClick={() => {
              open(value);
            }}
          >
            {t(label)}
          </ToggleButton>
        ))}
      </div>
      <Content>
        <div hidden={view !== 'check'}>
          <CheckView {...props} />
        </div>
        {pasteOpened && (
          <div hidden={view !== 'paste'}>
            <PasteView
              services={props.services}
              checkTable={props.checkTable}
              today={props.today}
            />
          </div>
        )}
      </Content>
    </>
  );
}
