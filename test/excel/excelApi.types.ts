/*
 * Type-level tests, checked by `tsc --noEmit -p .` (and run by excelApi.types.test.ts): the real
 * Office.js typings and the in-memory host both fit the adapter's subset, and a drifted shape
 * does not.
 */
import type { HostRangeFill, HostRangeFormat } from '../../src/demo/host/fillProxies';
import type { HostClientResult } from '../../src/demo/host/hostObject';
import type {
  HostRange,
  HostRangeAreas,
  HostRequestContext,
  HostWorkbook,
  HostWorksheet,
  HostWorksheetCollection,
  HostWorksheetProtection,
} from '../../src/demo/host/requestContext';
import type { HostSetting, HostSettingCollection } from '../../src/demo/host/settingProxies';
import type { InMemoryExcel } from '../../src/demo/host';
import type {
  CellFillProperties,
  ClientResultApi,
  ExcelRunner,
  RangeApi,
  RangeAreasApi,
  RangeFillApi,
  RangeFormatApi,
  RequestContextApi,
  SettingApi,
  SettingCollectionApi,
  WorkbookApi,
  WorksheetApi,
  WorksheetCollectionApi,
  WorksheetProtectionApi,
} from '../../src/excel/excelApi';

type Assert<T extends true> = T;
type IsAssignable<From, To> = [From] extends [To] ? true : false;
type Not<T extends boolean> = T extends true ? false : true;

export type RealOfficeFits = [
  Assert<IsAssignable<Excel.RequestContext, RequestContextApi>>,
  Assert<IsAssignable<{ run: typeof Excel.run }, ExcelRunner>>,
];

export type HostFits = [
  Assert<IsAssignable<HostRequestContext, RequestContextApi>>,
  Assert<IsAssignable<HostWorkbook, WorkbookApi>>,
  Assert<IsAssignable<HostWorksheet, WorksheetApi>>,
  Assert<IsAssignable<HostRange, RangeApi>>,
  Assert<IsAssignable<HostRangeAreas, RangeAreasApi>>,
  Assert<IsAssignable<HostWorksheetCollection, WorksheetCollectionApi>>,
  Assert<IsAssignable<HostWorksheetProtection, WorksheetProtectionApi>>,
  Assert<IsAssignable<HostRangeFormat, RangeFormatApi>>,
  Assert<IsAssignable<HostRangeFill, RangeFillApi>>,
  Assert<IsAssignable<HostSettingCollection, SettingCollectionApi>>,
  Assert<IsAssignable<HostSetting, SettingApi>>,
  Assert<
    IsAssignable<HostClientResult<CellFillProperties[][]>, ClientResultApi<CellFillProperties[][]>>
  >,
  Assert<IsAssignable<InMemoryExcel, ExcelRunner>>,
];

/** What drift looks like: a method gone, a property retyped. */
type RangeWithoutMerges = Omit<Excel.Range, 'getMergedAreasOrNullObject'>;
type RangeWithNumberRows = Omit<Excel.Range, 'rowIndex'> & { rowIndex: string };

export type DriftIsCaught = [
  Assert<Not<IsAssignable<RangeWithoutMerges, RangeApi>>>,
  Assert<Not<IsAssignable<RangeWithNumberRows, RangeApi>>>,
  Assert<Not<IsAssignable<Omit<Excel.Workbook, 'getActiveCell'>, WorkbookApi>>>,
  Assert<Not<IsAssignable<Omit<Excel.Workbook, 'settings'>, WorkbookApi>>>,
  Assert<Not<IsAssignable<Omit<Excel.Range, 'getCellProperties'>, RangeApi>>>,
  Assert<Not<IsAssignable<Omit<Excel.RangeFill, 'tintAndShade'>, RangeFillApi>>>,
  Assert<Not<IsAssignable<Omit<Excel.RangeFill, 'pattern'> & { pattern: number }, RangeFillApi>>>,
  Assert<Not<IsAssignable<Omit<Excel.Worksheet, 'getRanges'>, WorksheetApi>>>,
  Assert<Not<IsAssignable<Omit<Excel.Setting, 'delete'>, SettingApi>>>,
];

// The subset's load takes only the properties the host implements.
declare const range: RangeApi;
// @ts-expect-error -- "text" is not in the subset (add it to RangeData and the host first).
range.load(['text']);
