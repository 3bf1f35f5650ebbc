import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTranslator } from '../core/i18n';
import { todayIso } from '../taskpane/mountPane';
import { DemoPage } from './components/DemoPage';
import type { DemoSession } from './demoSession';
import { demoSearch, readDemoQuery } from './demoQuery';
import type { SampleFile } from './samples';
import { sampleUrl } from './samples';

/** What the browser tests read from the page (`window.__da06Demo`). */
export type DemoTestHook = {
  /** Resolves once the first sample is loaded and the pane rendered. */
  ready: Promise<void>;
  /** `sync()` calls on the open workbook's host since it was opened. */
  syncs(): number;
};

/** The demo page's composition root: the address → language and sample → the page. */
const query = readDemoQuery(window.location.search);
document.documentElement.lang = query.locale;
document.title = createTranslator(query.locale).t('demoPageTitle');

let session: DemoSession | null = null;
let markReady: () => void = () => undefined;
(window as Window & { __da06Demo?: DemoTestHook }).__da06Demo = {
  ready: new Promise<void>((resolve) => {
    markReady = resolve;
  }),
  syncs: () => session?.host.stats.syncs ?? 0,
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
        }}
        onSampleChange={(sample) => {
          // Keeps the address shareable; no office.js here, so the History API is intact.
          window.history.replaceState(null, '', demoSearch({ ...query, sample }));
        }}
      />
    </FluentProvider>
  </StrictMode>,
);
