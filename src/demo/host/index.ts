/** The in-memory Excel host: Office.js's load/sync rules over a workbook held in memory. */
export type { HostOffice, InMemoryExcel, InMemoryExcelOptions } from './createInMemoryExcel';
export { ADDRESS_CHARS_LIMIT, createInMemoryExcel, WEB_PAYLOAD_LIMIT } from './createInMemoryExcel';
export type { HostFill } from './fills';
export { NO_FILL } from './fills';
export type { HostErrorCode } from './hostError';
export { HostError } from './hostError';
export type { HostLimits, LoadOption, SyncStats } from './requestContext';
export { HostRequestContext } from './requestContext';
export type { CellEntry } from './cellInput';
export { enterText, FORMULA_VALUE } from './cellInput';
export type {
  BorderSide,
  CellBorders,
  CellStyle,
  HorizontalAlignment,
  HostBorder,
  HostFont,
  UnderlineStyle,
  VerticalAlignment,
} from './cellStyles';
export { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT } from './cellStyles';
export type { LegendPosition, PageZoom, SheetChart, SheetPageLayout } from './sheetSetup';
export type { CellSnapshot, SheetSelection } from './workbook';
export { InMemorySheet, InMemoryWorkbook } from './workbook';
export type { WorkbookOptions } from './workbookFromGrids';
export { workbookFromGrids } from './workbookFromGrids';
