/**
 * The subset of the Excel JavaScript API the adapter uses, derived from @types/office-js.
 *
 * Data properties are picked from the real classes, so a renamed or retyped property breaks the
 * build. Methods are re-declared to return the subset types (a picked `load` would return the whole
 * `Excel.Range`, which no fake can honestly implement); the assertions at the bottom tie them back:
 * the real `Excel.RequestContext` must be assignable to `RequestContextApi`. The in-memory host
 * (src/demo/host) `implements` the same types.
 *
 * To add an API: pick the property (or declare the method) on the type below, add it to the host,
 * and the compiler checks both against Office.js. Writes to come — `values`/`numberFormat` are
 * already settable; formats, `getCellProperties`/`setCellProperties`, `worksheets.add` and
 * `getRanges` go on these types the same way.
 */

/** What Excel puts in `range.values`: empty cells are "", errors are strings such as "#N/A". */
export type ExcelCellValue = string | number | boolean;

/** Narrows properties that Office.js types loosely (`any[][]`), keeping the key checked. */
type Narrow<T, U extends { [K in keyof U]: K extends keyof T ? T[K] : never }> = Omit<T, keyof U> &
  U;

/** Range properties that can be loaded. */
export type RangeData = Narrow<
  Pick<
    Excel.Range,
    'values' | 'numberFormat' | 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'
  >,
  { values: ExcelCellValue[][]; numberFormat: string[][] }
>;

export type RangeApi = RangeData &
  Pick<Excel.Range, 'isNullObject'> & {
    /** Queues a load; the properties are readable after the next `context.sync()`. */
    load(propertyNames: (keyof RangeData)[]): RangeApi;
    /** [ExcelApi 1.13] The merged areas that intersect this range; a null object when none. */
    getMergedAreasOrNullObject(): RangeAreasApi;
  };

/** Properties of a set of rectangular ranges (merged areas, a multi-area selection). */
export type RangeAreasData = Pick<Excel.RangeAreas, 'address' | 'areaCount'>;

export type RangeAreasApi = RangeAreasData &
  Pick<Excel.RangeAreas, 'isNullObject'> & {
    load(propertyNames: (keyof RangeAreasData)[]): RangeAreasApi;
    /** [ExcelApi 1.9] The rectangles; load them with `areas.load(['address'])`. */
    readonly areas: RangeCollectionApi;
  };

export type RangeCollectionApi = {
  /** The loaded ranges (readable after load + sync). */
  readonly items: RangeApi[];
  load(propertyNames: (keyof RangeData)[]): RangeCollectionApi;
};

export type WorksheetData = Pick<Excel.Worksheet, 'name'>;

export type WorksheetApi = WorksheetData &
  Pick<Excel.Worksheet, 'isNullObject'> & {
    load(propertyNames: (keyof WorksheetData)[]): WorksheetApi;
    /** [ExcelApi 1.1] A range by local A1 address ("B3:F10"); the whole sheet when omitted. */
    getRange(address?: string): RangeApi;
    /** [ExcelApi 1.1; valuesOnly 1.2] The used range; A1 on a blank sheet. */
    getUsedRange(valuesOnly?: boolean): RangeApi;
    /** [ExcelApi 1.4] The used range; a null object on a blank sheet. */
    getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  };

export type WorksheetCollectionApi = {
  /** [ExcelApi 1.1] */
  getActiveWorksheet(): WorksheetApi;
  /** [ExcelApi 1.1] ItemNotFound at sync when there is no such sheet. */
  getItem(key: string): WorksheetApi;
  /** [ExcelApi 1.4] */
  getItemOrNullObject(key: string): WorksheetApi;
};

export type WorkbookApi = {
  readonly worksheets: WorksheetCollectionApi;
  /** [ExcelApi 1.1] Fails at sync when several areas are selected. */
  getSelectedRange(): RangeApi;
  /** [ExcelApi 1.9] All selected areas. */
  getSelectedRanges(): RangeAreasApi;
  /** [ExcelApi 1.7] */
  getActiveCell(): RangeApi;
};

export type RequestContextApi = Pick<Excel.RequestContext, 'sync'> & {
  readonly workbook: WorkbookApi;
};

/** `Excel.run`, or the in-memory host's `run`. */
export type ExcelRunner = {
  run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T>;
};

/** The part of the `Office` global the adapter reads. */
export type OfficeApi = {
  readonly context?: {
    /** Office.RequirementSetSupport, string overload (the numeric one is deprecated). */
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
};

// Drift checks: these fail to compile when @types/office-js no longer fits the subset.
type Assert<T extends true> = T;
type IsAssignable<From, To> = [From] extends [To] ? true : false;

export type RealExcelFitsTheSubset = [
  Assert<IsAssignable<Excel.RequestContext, RequestContextApi>>,
  Assert<IsAssignable<Excel.Range, RangeApi>>,
  Assert<IsAssignable<Excel.RangeAreas, RangeAreasApi>>,
  Assert<IsAssignable<Excel.RangeCollection, RangeCollectionApi>>,
  Assert<IsAssignable<Excel.Worksheet, WorksheetApi>>,
  Assert<IsAssignable<Excel.WorksheetCollection, WorksheetCollectionApi>>,
  Assert<IsAssignable<Excel.Workbook, WorkbookApi>>,
  Assert<IsAssignable<{ run: typeof Excel.run }, ExcelRunner>>,
  Assert<IsAssignable<typeof Office, OfficeApi>>,
];
