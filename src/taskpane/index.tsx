import { pickLocale } from '../core/i18n';
import type { ExcelRunner, WritableExcelRunner } from '../excel/excelApi';
import { createServices } from './createServices';
import { renderPane, todayIso } from './mountPane';

/** The composition root: Office ready → locale → adapters → the pane. */
void Office.onReady((info) => {
  const locale = pickLocale(officeDisplayLanguage());
  document.documentElement.lang = locale;

  const excel: ExcelRunner = { run: (batch) => Excel.run(batch) };
  const writer: WritableExcelRunner = { run: (batch) => Excel.run(batch) };
  const services = createServices({ excel, writer, office: Office });

  const container = document.getElementById('root');
  // taskpane.html always has the root; without it there is nothing to render into.
  if (!container) throw new Error('taskpane.html has no #root element');
  renderPane(container, {
    services,
    locale,
    today: todayIso(),
    // The ribbon button opens the pane: inside Excel, opening it is the check.
    autoCheck: info.host === Office.HostType.Excel,
  });
});

/** Office's UI language ("vi-VN"); the browser's when the page is opened outside Office. */
function officeDisplayLanguage(): string {
  // Outside an Office host, Office.context exists but carries no display language.
  const language = (Office.context as Partial<Office.Context> | undefined)?.displayLanguage;
  return language ?? navigator.language;
}
