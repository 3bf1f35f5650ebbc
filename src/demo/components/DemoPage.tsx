import {
  Body1,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Locale } from '../../core/i18n';
import { TranslatorProvider, useTranslator } from '../../taskpane/i18n';
import { Pane } from '../../taskpane/mountPane';
import { visuallyHidden } from '../../taskpane/visuallyHidden';
import type { DemoSession } from '../demoSession';
import type { InMemoryExcelOptions, InMemoryWorkbook } from '../host';
import { createDemoSession } from '../demoSession';
import { openWorkbook } from '../openWorkbook';
import type { SampleFile } from '../samples';
import { isSampleFile, SAMPLE_FILES } from '../samples';
import { WorkbookView } from './WorkbookView';

export type DemoPageProps = {
  locale: Locale;
  /** Today, yyyy-mm-dd: the pane's default report date, as in the add-in. */
  today: string;
  /** The sample opened first. */
  sample: SampleFile;
  /** A sample's bytes (the page fetches its bundled copy; tests read the fixture). */
  readSample: (file: SampleFile) => Promise<ArrayBuffer>;
  /** Each workbook opened, once the grid and the pane show it. */
  onOpened?: (session: DemoSession) => void;
  /** The user picked another sample (the page puts it in the address). */
  onSampleChange?: (file: SampleFile) => void;
  /** Options of each workbook's in-memory host (the test hook slows its syncs). */
  hostOptions?: InMemoryExcelOptions;
  /** Receives what the page's owner may do besides the user (the test hook opens workbooks). */
  onControls?: (controls: DemoControls) => void;
};

/** What the page's owner can do on the page. */
export type DemoControls = {
  /** Opens a workbook the owner built, under `file` in the toolbar, as a picked sample opens. */
  open: (file: string, workbook: () => Promise<InMemoryWorkbook>) => void;
};

/** What to open: a file name and how to get its workbook. */
type Request = { file: string; open: () => Promise<InMemoryWorkbook> };

/** Opens a sample or a chosen file's bytes. */
const fromBytes = (read: () => Promise<ArrayBuffer>) => async () =>
  await openWorkbook(await read());

type Opened = { session: DemoSession; file: string; id: number };

type Status =
  { kind: 'idle' } | { kind: 'loading'; file: string } | { kind: 'failed'; file: string };

const useStyles = makeStyles({
  main: {
    display: 'flex',
    height: '100vh',
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 720px)': { flexDirection: 'column', height: 'auto', overflow: 'visible' },
  },
  workbook: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    minHeight: '60vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  intro: {
    flexBasis: '100%',
    color: tokens.colorNeutralForeground2,
  },
  picker: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fileButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    // The input itself is hidden: its focus shows on the button-like label.
    ':focus-within': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  fileInput: visuallyHidden,
  viewing: { color: tokens.colorNeutralForeground2 },
  message: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  pane: {
    width: '350px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 720px)': { width: 'auto', borderLeft: 'none' },
  },
});

/**
 * The demo page: the open workbook (grid, sheet tabs, a sample picker, "Mở tệp .xlsx…") beside
 * the real task pane, both on one in-memory workbook. A new workbook gets a fresh pane.
 */
export function DemoPage(props: DemoPageProps) {
  return (
    <TranslatorProvider locale={props.locale}>
      <DemoLayout {...props} />
    </TranslatorProvider>
  );
}

function DemoLayout({
  locale,
  today,
  sample,
  readSample,
  onOpened,
  onSampleChange,
  hostOptions,
  onControls,
}: DemoPageProps) {
  const styles = useStyles();
  const { t } = useTranslator();
  const sampleId = useId('sample');
  const [picked, setPicked] = useState<SampleFile>(sample);
  const [request, setRequest] = useState<Request>(() => ({
    file: sample,
    open: fromBytes(() => readSample(sample)),
  }));
  const [opened, setOpened] = useState<Opened | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading', file: sample });

  useEffect(() => {
    // A later request (another pick, StrictMode's second run) supersedes this one.
    let current = true;
    setStatus({ kind: 'loading', file: request.file });
    request.open().then(
      (workbook) => {
        if (!current) return;
        const session = createDemoSession(workbook, hostOptions);
        setOpened((last) => ({ session, file: request.file, id: (last?.id ?? 0) + 1 }));
        setStatus({ kind: 'idle' });
      },
      () => {
        // Not a workbook exceljs can read: the message says what to do instead.
        if (current) setStatus({ kind: 'failed', file: request.file });
      },
    );
    return () => {
      current = false;
    };
  }, [request, hostOptions]);

  useEffect(() => {
    onControls?.({
      open: (file, workbook) => {
        setRequest({ file, open: workbook });
      },
    });
  }, [onControls]);

  useEffect(() => {
    if (opened) onOpened?.(opened.session);
  }, [opened, onOpened]);

  return (
    <main className={styles.main}>
      <section aria-label={t('demoWorkbookRegion')} className={styles.workbook}>
        <div className={styles.toolbar}>
          <Body1 className={styles.intro}>{t('demoIntro')}</Body1>
          <div className={styles.picker}>
            <Label htmlFor={sampleId}>{t('demoSampleLabel')}</Label>
            <Select
              id={sampleId}
              value={picked}
              onChange={(_, data) => {
                if (!isSampleFile(data.value)) return;
                const file = data.value;
                setPicked(file);
                setRequest({ file, open: fromBytes(() => readSample(file)) });
                onSampleChange?.(file);
              }}
            >
              {SAMPLE_FILES.map((file) => (
                <option key={file} value={file}>
                  {file}
                </option>
              ))}
            </Select>
          </div>
          <label className={styles.fileButton}>
            <FolderOpen20Regular aria-hidden />
            {t('demoOpenFile')}
            <input
              type="file"
              className={styles.fileInput}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared so that choosing the same file again opens it again.
                event.currentTarget.value = '';
                if (!file) return;
                setRequest({ file: file.name, open: fromBytes(() => file.arrayBuffer()) });
              }}
            />
          </label>
          {status.kind === 'loading' ? (
            <Spinner size="tiny" label={t('demoLoading', { file: status.file })} />
          ) : (
            opened && (
              <Body1 className={styles.viewing}>{t('demoViewing', { file: opened.file })}</Body1>
            )
          )}
        </div>
        {status.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline" className={styles.message}>
            <MessageBarBody>
              <MessageBarTitle>{t('demoLoadFailed', { file: status.file })}</MessageBarTitle>
              {t('demoLoadFailedHint')}
            </MessageBarBody>
          </MessageBar>
        )}
        {opened && <WorkbookView key={opened.id} session={opened.session} />}
      </section>
      <aside aria-label={t('demoPaneRegion')} className={styles.pane}>
        {opened && (
          <Pane
            key={opened.id}
            services={opened.session.services}
            locale={locale}
            today={today}
            embedded
          />
        )}
      </aside>
    </main>
  );
}
