import { applyEditPlan, undoEdit } from '../excel/applyEdits';
import type { ExcelRunner, OfficeApi, WritableExcelRunner } from '../excel/excelApi';
import { applyHighlights, clearHighlights } from '../excel/highlight';
import { listSheets, readGrid, readSheet } from '../excel/readGrid';
import { readSelectionRows } from '../excel/readSelection';
import { checkRequirements } from '../excel/requirements';
import { selectCell } from '../excel/selectCell';
import { loadReportDate, saveReportDate } from '../excel/workbookSettings';
import { readSheetTargets, writeSheets } from '../excel/writeSheets';
import type { WorkbookServices } from './services';

/** The host the adapter talks to: Excel in the add-in, the in-memory workbook on the demo page. */
export type ServiceHost = {
  /** `Excel.run` (or the host's `run`) for reads and formatting. */
  excel: ExcelRunner;
  /** The same runner, typed for batches that write sheets. */
  writer: WritableExcelRunner;
  /** What answers requirement-set questions: the `Office` global, or the host's look-alike. */
  office: OfficeApi;
};

/**
 * The pane's services over one host. Every adapter call is handed `office` explicitly: left to
 * their defaults they would ask the `Office` global, which the demo page does not load.
 */
export function createServices({ excel, writer, office }: ServiceHost): WorkbookServices {
  // Asked at each call, as the adapter's defaults do: Office answers only once it is ready.
  const requirements = () => checkRequirements(office);
  return {
    read: (scope, options) => readGrid(excel, scope, requirements(), options),
    selectCell: (sheet, address) => selectCell(excel, sheet, address, requirements()),
    applyHighlights: (plan) => applyHighlights(excel, plan, requirements()),
    clearHighlights: () => clearHighlights(excel, requirements()),
    loadReportDate: () => loadReportDate(excel, requirements()),
    saveReportDate: (iso) => saveReportDate(excel, iso, requirements()),
    listSheets: () => listSheets(excel, requirements()),
    readSheet: (name, options) => readSheet(excel, name, requirements(), options),
    canWriteSheets: () => requirements().canSummarize,
    readSheetTargets: () => readSheetTargets(excel),
    writeSummary: (specs, onProgress) => writeSheets(writer, specs, { office, onProgress }),
    writeSheets: (specs, { group, onProgress }) =>
      writeSheets(writer, specs, { office, onProgress, group }),
    canEditInPlace: () => requirements().canEdit,
    readSelectionRows: () => readSelectionRows(excel, requirements()),
    applyEdits: (plan) => applyEditPlan(writer, plan, { office }),
    undoEdits: (undo, options) => undoEdit(writer, undo, { office, ...options }),
  };
}
