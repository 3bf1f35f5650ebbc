import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { checkGrid } from '../core/check/checkGrid';
import { compareWithGrid } from '../core/compare/compareWithGrid';
import { planHighlights } from '../core/highlight/planHighlights';
import type { Locale } from '../core/i18n';
import { buildMeetingWorkbook } from '../core/summary/buildMeetingWorkbook';
import { App } from './App';
import type { WorkbookServices } from './services';

export type PaneProps = {
  /** The workbook behind the pane: Excel in the add-in, the in-memory host on the demo page. */
  services: WorkbookServices;
  locale: Locale;
  /** Today, yyyy-mm-dd: the default report date. */
  today: string;
  /** Check once when the pane opens. @default false */
  autoCheck?: boolean;
  /** Inside another page's landmarks (the demo page). @default false */
  embedded?: boolean;
};

/**
 * The task pane with the real rules, planners and summary builder: the one composition of
 * `<App>` that both the add-in and the demo page render, so the demo runs the add-in's code.
 */
export function Pane({ services, locale, today, autoCheck = false, embedded = false }: PaneProps) {
  return (
    <App
      services={services}
      locale={locale}
      today={today}
      checkTable={checkGrid}
      planHighlights={planHighlights}
      compareSheets={compareWithGrid}
      buildSummary={buildMeetingWorkbook}
      autoCheck={autoCheck}
      embedded={embedded}
    />
  );
}

/** Renders the pane on its own page (the add-in's taskpane.html), themed and in StrictMode. */
export function renderPane(container: Element, props: PaneProps): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <Pane {...props} />
      </FluentProvider>
    </StrictMode>,
  );
  return root;
}

/** Today in local time, yyyy-mm-dd: the default report date, as the user's calendar says. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
