import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTranslator } from '../core/i18n';
import { todayIso } from '../taskpane/mountPane';
import { readXlsxGrids } from '../xlsx/readXlsx';
import { DemoPage } from './components/DemoPage';
import type { DemoControls } from './components/DemoPage';
import type { DemoSession } from './demoSession';
import { demoSearch, readDemoQuery } from './demoQuery';
import type { InMemoryExcelOptions } from './host';
import { enlargeTable } from './largeTable';
import { workbookAtTable } from './openWorkbook';
import type { SampleFile } from './samples';
import { sampleUrl } from './samples';

/** What the browser tests read from the page (`window.__da06Demo`). */
export type DemoTestHook = {
  /** Resolves once the first sample is loaded and the pane rendered. */
  ready: Promise<void>;
  /** `sync()` calls on the open workbook's host since it was opened. */
  syncs(): number;
  /**
   * Opens the sample's task table with its rows repeated to `rows` data rows (a consolidated
   * register's size); resolves once the grid and a fresh pane show it.
   */
  openLargeTable(rows: number): Promise<void>;
  /** Makes every later `sync()` wait `ms` first, as a slow network would (0: no wait). */
  setSyncDelay(ms: number): void;
};

/** The demo page's composition root: the address → language and sample → the page. */
const query = readDemoQuery(window.location.search);
document.documentElement.lang = query.locale;
document.title = createTranslator(query.locale).t('demoPageTitle');

let session: DemoSession | null = null;
let markReady: () => void = () => undefined;
let controls: DemoControls | null = null;
/** Called by the next workbook opened (openLargeTable waits on it). */
let whenOpened: (() => void) | null = null;
let syncDelayMs = 0;
const hostOptions: InMemoryExcelOptions = {
  roundTrip: async () => {
    if (syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, syncDelayMs));
  },
};
(window as Window & { __da06Demo?: DemoTestHook }).__da06Demo = {
  ready: new Promise<void>((resolve) => {
    markReady = resolve;
  }),
  syncs: () => session?.host.stats.syncs ?? 0,
  openLargeTable: async (rows) => {
    const grids = enlargeTable(await readXlsxGrids(await readSample(query.sample)), rows);
    if (!grids) throw new Error(`${query.sample} has no task table to enlarge`);
    if (!controls) throw new Error('the demo page is not rendered yet');
    const opened = new Promise<void>((resolve) => {
      whenOpened = resolve;
    });
    controls.open(`${query.sample} × ${String(rows)}`, () =>
      Promise.resolve(workbookAtTable(grids)),
    );
    await opened;
  },
  setSyncDelay: (ms) => {
    syncDelayMs = ms;
  },
};

/** A bundled sample, served beside the page: no request leaves the machine serving it. */
async function readSample(file: SampleFile): Promise<ArrayBuffer> {
  const response = await fetch(sampleUrl(file));
  if (!response.ok) throw new Error(`${sampleUrl(file)}: HTTP ${response.status}`);
  return await response.arrayBuffer();
}

const container = document.getElementById('root');
// demo.html always has the root; without it there is nothing to render into.
if (!container) throw new Error('demo.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <DemoPage
        locale={query.locale}
        today={todayIso()}
        sample={query.sample}
        readSample={readSample}
        onOpened={(opened) => {
          session = opened;
          markReady();
          whenOpened?.();
          whenOpened = null;
        }}
        hostOptions={hostOptions}
        onControls={(given) => {
          controls = given;
        }}
        onSampleChange={(sample) => {
          // Keeps the address shareable; no office.js here, so the History API is intact.
          window.history.replaceState(null, '', demoSearch({ ...query, sample }));
        }}
      />
    </FluentProvider>
  </StrictMode>,
);
