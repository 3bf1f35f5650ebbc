import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../core/i18n';
import { readTaskTable } from '../core/table/readTaskTable';
import type { ExcelRunner } from '../excel/excelApi';
import { readGrid } from '../excel/readGrid';
import { App } from './App';
import type { TableSource } from './services';

/** The composition root: Office ready → locale → adapters → the pane. */
void Office.onReady(() => {
  const locale = pickLocale(officeDisplayLanguage());
  document.documentElement.lang = locale;

  const excel: ExcelRunner = { run: (batch) => Excel.run(batch) };
  const source: TableSource = { read: (scope) => readGrid(excel, scope) };

  const container = document.getElementById('root');
  // taskpane.html always has the root; without it there is nothing to render into.
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App source={source} locale={locale} reportDate={todayIso()} readTable={readTaskTable} />
      </FluentProvider>
    </StrictMode>,
  );
});

/** Office's UI language ("vi-VN"); the browser's when the page is opened outside Office. */
function officeDisplayLanguage(): string {
  // Outside an Office host, Office.context exists but carries no display language.
  const language = (Office.context as Partial<Office.Context> | undefined)?.displayLanguage;
  return language ?? navigator.language;
}

/** Today in local time, yyyy-mm-dd: the default report date. */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
