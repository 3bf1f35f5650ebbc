/** The in-memory Excel host: Office.js's load/sync rules over a workbook held in memory. */
export type { HostOffice, InMemoryExcel, InMemoryExcelOptions } from './createInMemoryExcel';
export { ADDRESS_CHARS_LIMIT, createInMemoryExcel, WEB_PAYLOAD_LIMIT } from './createInMemoryExcel';
export type { HostFill } from './fills';
export { NO_FILL } from './fills';
export type { HostErrorCode } from './hostError';
export { HostError } from './hostError';
export type { HostLimits, LoadOption, SyncStats } from './requestContext';
export { HostRequestContext } from './requestContext';
export type { CellSnapshot, SheetSelection } from './workbook';
export { InMemorySheet, InMemoryWorkbook } from './workbook';
export type { WorkbookOptions } from './workbookFromGrids';
export { workbookFromGrids } from './workbookFromGrids';
