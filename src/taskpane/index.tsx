import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { checkGrid } from '../core/check/checkGrid';
import { compareWithGrid } from '../core/compare/compareWithGrid';
import { planHighlights } from '../core/highlight/planHighlights';
import { pickLocale } from '../core/i18n';
import { buildMeetingWorkbook } from '../core/summary/buildMeetingWorkbook';
import { applyEditPlan, undoEdit } from '../excel/applyEdits';
import type { ExcelRunner, WritableExcelRunner } from '../excel/excelApi';
import { applyHighlights, clearHighlights } from '../excel/highlight';
import { listSheets, readGrid, readSheet } from '../excel/readGrid';
import { readSelectionRows } from '../excel/readSelection';
import { checkRequirements } from '../excel/requirements';
import { selectCell } from '../excel/selectCell';
import { loadReportDate, saveReportDate } from '../excel/workbookSettings';
import { readSheetTargets, writeSheets } from '../excel/writeSheets';
import { App } from './App';
import type { WorkbookServices } from './services';

/** The composition root: Office ready → locale → adapters → the pane. */
void Office.onReady((info) => {
  const locale = pickLocale(officeDisplayLanguage());
  document.documentElement.lang = locale;

  const excel: ExcelRunner = { run: (batch) => Excel.run(batch) };
  const writer: WritableExcelRunner = { run: (batch) => Excel.run(batch) };
  const services: WorkbookServices = {
    read: (scope) => readGrid(excel, scope),
    selectCell: (sheet, address) => selectCell(excel, sheet, address),
    applyHighlights: (plan) => applyHighlights(excel, plan),
    clearHighlights: () => clearHighlights(excel),
    loadReportDate: () => loadReportDate(excel),
    saveReportDate: (iso) => saveReportDate(excel, iso),
    listSheets: () => listSheets(excel),
    readSheet: (name) => readSheet(excel, name),
    canWriteSheets: () => checkRequirements(Office).canSummarize,
    readSheetTargets: () => readSheetTargets(excel),
    writeSummary: (specs, onProgress) => writeSheets(writer, specs, { office: Office, onProgress }),
    writeSheets: (specs, { group, onProgress }) =>
      writeSheets(writer, specs, { office: Office, onProgress, group }),
    canEditInPlace: () => checkRequirements(Office).canEdit,
    readSelectionRows: () => readSelectionRows(excel),
    applyEdits: (plan) => applyEditPlan(writer, plan, { office: Office }),
    undoEdits: (undo, options) => undoEdit(writer, undo, { office: Office, ...options }),
  };

  const container = document.getElementById('root');
  // taskpane.html always has the root; without it there is nothing to render into.
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App
          services={services}
          locale={locale}
          today={todayIso()}
          checkTable={checkGrid}
          planHighlights={planHighlights}
          compareSheets={compareWithGrid}
          buildSummary={buildMeetingWorkbook}
          // The ribbon button opens the pane: inside Excel, opening it is the check.
          autoCheck={info.host === Office.HostType.Excel}
        />
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
