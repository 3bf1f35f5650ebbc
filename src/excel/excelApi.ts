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
 * and the compiler checks both against Office.js.
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
    | 'values'
    | 'formulas'
    | 'numberFormat'
    | 'address'
    | 'rowIndex'
    | 'columnIndex'
    | 'rowCount'
    | 'columnCount'
  >,
  /** `formulas`: a formula cell's formula ("=SUM(A1:A3)"), any other cell's value. */
  { values: ExcelCellValue[][]; formulas: ExcelCellValue[][]; numberFormat: string[][] }
>;

/** A method's result (`OfficeExtension.ClientResult`): `value` is readable after the sync. */
export type ClientResultApi<T> = Pick<OfficeExtension.ClientResult<T>, 'value'>;

/** The fill of one cell as `getCellProperties` gives it and `setCellProperties` takes it. */
export type CellFill = Excel.CellPropertiesFill;

/** `FillPattern` as a string ("None" is no fill; the gradients cannot be set). */
export type FillPattern = NonNullable<CellFill['pattern']>;

/** The patterns a fill can be set to through the API. */
export const SETTABLE_FILL_PATTERNS = [
  'None',
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
] as const satisfies readonly FillPattern[];

/** Gradients: a cell may have one (Excel reports it) but the API cannot set one. */
export const GRADIENT_FILL_PATTERNS = [
  'LinearGradient',
  'RectangularGradient',
] as const satisfies readonly FillPattern[];

/** Which `format.fill` properties to load from each cell or row. */
export type FillLoadOptions = { format: { fill: Excel.CellPropertiesFillLoadOptions } };

/** A cell's fill properties (what a fill-only `getCellProperties` gives). */
export type CellFillProperties = { format?: { fill?: CellFill } };

/** The properties of a cell's fill Office.js reads and writes, in the order Excel reports them. */
export const CELL_FILL_PROPERTIES = [
  'color',
  'pattern',
  'patternColor',
  'tintAndShade',
  'patternTintAndShade',
] as const satisfies readonly (keyof CellFill)[];

export const HORIZONTAL_ALIGNMENTS = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const satisfies readonly NonNullable<Excel.CellPropertiesFormat['horizontalAlignment']>[];

export const VERTICAL_ALIGNMENTS = [
  'Top',
  'Center',
  'Bottom',
  'Justify',
  'Distributed',
] as const satisfies readonly NonNullable<Excel.CellPropertiesFormat['verticalAlignment']>[];

export const UNDERLINE_STYLES = [
  'None',
  'Single',
  'Double',
  'SingleAccountant',
  'DoubleAccountant',
] as const satisfies readonly NonNullable<Excel.CellPropertiesFont['underline']>[];

export const BORDER_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
] as const satisfies readonly NonNullable<Excel.CellBorder['style']>[];

export const BORDER_WEIGHTS = [
  'Hairline',
  'Thin',
  'Medium',
  'Thick',
] as const satisfies readonly NonNullable<Excel.CellBorder['weight']>[];

/** A cell's font as `getCellProperties` gives it and `setCellProperties` takes it. */
export type CellFont = Pick<
  Excel.CellPropertiesFont,
  'name' | 'size' | 'color' | 'bold' | 'italic' | 'underline' | 'strikethrough'
>;

/** The line along one side of a cell (style "None": no line). */
export type CellBorder = Pick<Excel.CellBorder, 'style' | 'color' | 'weight'>;

/** The sides of one cell (diagonals are never used; a single cell has no inside lines). */
export type CellBorderSide = 'top' | 'bottom' | 'left' | 'right';

export type CellBorders = { [Side in CellBorderSide]?: CellBorder };

/** The format properties of a cell the adapter reads and sets (ExcelApi 1.9). */
export type CellFormat = Narrow<
  Pick<
    Excel.CellPropertiesFormat,
    | 'fill'
    | 'font'
    | 'borders'
    | 'horizontalAlignment'
    | 'verticalAlignment'
    | 'wrapText'
    | 'indentLevel'
    | 'textOrientation'
  >,
  { fill?: CellFill; font?: CellFont; borders?: CellBorders }
>;

/** Which of a cell's format properties to load. */
export type CellFormatLoadOptions = Narrow<
  Pick<
    Excel.CellPropertiesFormatLoadOptions,
    | 'fill'
    | 'font'
    | 'borders'
    | 'horizontalAlignment'
    | 'verticalAlignment'
    | 'wrapText'
    | 'indentLevel'
    | 'textOrientation'
  >,
  {
    font?: Pick<Excel.CellPropertiesFontLoadOptions, keyof CellFont>;
    borders?: Pick<Excel.CellPropertiesBorderLoadOptions, keyof CellBorder>;
  }
>;

/** `getCellProperties` options (a fill-only `FillLoadOptions` is one). */
export type CellPropertiesLoadOptions = { format: CellFormatLoadOptions };

/** A cell's properties (`getCellProperties` gives them, `setCellProperties` takes them). */
export type CellProperties = { format?: CellFormat };

/** Null where the cells of the row differ, as `getRowProperties` gives it. */
type Nullable<T> = { [K in keyof T]: T[K] | null };

/** A row's fill properties (`getRowProperties`): null where its cells differ. */
export type RowFillProperties = { format?: { fill?: Nullable<CellFill> } };

/** `format.fill` of a range or of range areas: on load, null where the cells differ. */
export type RangeFillData = Nullable<
  Pick<
    Excel.RangeFill,
    'color' | 'pattern' | 'patternColor' | 'tintAndShade' | 'patternTintAndShade'
  >
>;

export type RangeFillApi = RangeFillData & {
  load(propertyNames: (keyof RangeFillData)[]): RangeFillApi;
  /**
   * [ExcelApi 1.1; 1.9 for all but color] Sets several properties, in the order of the object's
   * keys (Office.js queues one set per key).
   */
  set(properties: Partial<Pick<Excel.RangeFill, keyof RangeFillData>>): void;
  /** [ExcelApi 1.1] Removes the fill (no fill, pattern "None"). */
  clear(): void;
};

/** [ExcelApi 1.1] Font properties the sheet writer sets. */
export type RangeFontApi = Pick<Excel.RangeFont, 'name' | 'size' | 'bold' | 'italic' | 'color'>;

/** [ExcelApi 1.1] One edge of a range's borders. */
export type RangeBorderApi = Pick<Excel.RangeBorder, 'style' | 'weight' | 'color'>;

/** The borders the sheet writer draws (diagonals are never used). */
export type BorderEdge =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export type RangeBorderCollectionApi = {
  /** [ExcelApi 1.1] */
  getItem(index: BorderEdge): RangeBorderApi;
};

/** Layout properties of a range's format (widths and heights in points). */
export type RangeLayoutData = Pick<
  Excel.RangeFormat,
  'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'columnWidth' | 'rowHeight'
>;

export type RangeFormatApi = {
  /** [ExcelApi 1.1] */
  readonly fill: RangeFillApi;
};

/** What the sheet writer sets on a range's format (every member present). */
export type WritableRangeFormatApi = RangeLayoutData & {
  readonly fill: RangeFillApi;
  readonly font: RangeFontApi;
  readonly borders: RangeBorderCollectionApi;
};

export type RangeApi = RangeData &
  Pick<Excel.Range, 'isNullObject'> & {
    /** Queues a load; the properties are readable after the next `context.sync()`. */
    load(propertyNames: (keyof RangeData)[]): RangeApi;
    /** [ExcelApi 1.13] The merged areas that intersect this range; a null object when none. */
    getMergedAreasOrNullObject(): RangeAreasApi;
    /** [ExcelApi 1.1] */
    readonly format: RangeFormatApi;
    /** [ExcelApi 1.9] The requested properties of each cell, rows of cells. */
    getCellProperties(options: CellPropertiesLoadOptions): ClientResultApi<CellProperties[][]>;
    /** [ExcelApi 1.9] The requested properties of each row; null where the row's cells differ. */
    getRowProperties(options: FillLoadOptions): ClientResultApi<RowFillProperties[]>;
    /** [ExcelApi 1.9] Sets the given properties of each cell (an empty object changes nothing). */
    setCellProperties(cellPropertiesData: CellProperties[][]): void;
    /** [ExcelApi 1.1] Selects the range in the Excel UI. */
    select(): void;
  };

/** A range the sheet writer writes: values, number formats, layout, merges. */
export type WritableRangeApi = Omit<RangeApi, 'values' | 'formulas' | 'numberFormat'> &
  Pick<Excel.Range, 'columnHidden'> & {
    get values(): ExcelCellValue[][];
    /** Read as typed input ("'…" is text, "=…" a formula); null leaves a cell as it is. */
    set values(values: (ExcelCellValue | null)[][]);
    get formulas(): ExcelCellValue[][];
    /** As `values`. */
    set formulas(formulas: (ExcelCellValue | null)[][]);
    get numberFormat(): string[][];
    /** null leaves a cell's format as it is. */
    set numberFormat(formats: (string | null)[][]);
    readonly format: WritableRangeFormatApi;
    /** [ExcelApi 1.2] Merges the cells into one (`across`: one merge per row). */
    merge(across?: boolean): void;
    /** [ExcelApi 1.2] Splits every merged cell of the range into single cells. */
    unmerge(): void;
  };

/** Properties of a set of rectangular ranges (merged areas, a multi-area selection). */
export type RangeAreasData = Pick<Excel.RangeAreas, 'address' | 'areaCount'>;

export type RangeAreasApi = RangeAreasData &
  Pick<Excel.RangeAreas, 'isNullObject'> & {
    load(propertyNames: (keyof RangeAreasData)[]): RangeAreasApi;
    /** [ExcelApi 1.9] The rectangles; load them with `areas.load(['address'])`. */
    readonly areas: RangeCollectionApi;
    /** [ExcelApi 1.9] The format of every area at once. */
    readonly format: RangeFormatApi;
  };

export type RangeCollectionApi = {
  /** The loaded ranges (readable after load + sync). */
  readonly items: RangeApi[];
  load(propertyNames: (keyof RangeData)[]): RangeCollectionApi;
};

/** `name` may change; `id` stays for the life of the sheet (it survives renames). */
export type WorksheetData = Pick<Excel.Worksheet, 'name' | 'id'>;

export type WorksheetProtectionData = Pick<Excel.WorksheetProtection, 'protected'>;

export type WorksheetProtectionApi = WorksheetProtectionData & {
  load(propertyNames: (keyof WorksheetProtectionData)[]): WorksheetProtectionApi;
};

/** [ExcelApi 1.7] */
export type WorksheetFreezePanesApi = {
  /** Freezes the top `count` rows. */
  freezeRows(count?: number): void;
};

/** [ExcelApi 1.9] Print setup. */
export type PageLayoutApi = Pick<
  Excel.PageLayout,
  'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally'
> & {
  /** Rows repeated at the top of every printed page ("$4:$4"). */
  setPrintTitleRows(printTitleRows: string): void;
};

/** The chart kinds the writer makes. */
export type ChartKind = 'BarStacked' | 'ColumnStacked' | 'BarClustered' | 'ColumnClustered';

export type ChartApi = Pick<Excel.Chart, 'name'> & {
  /** [ExcelApi 1.1] */
  readonly title: Pick<Excel.ChartTitle, 'text'>;
  /** [ExcelApi 1.1] */
  readonly legend: Pick<Excel.ChartLegend, 'position' | 'visible'>;
  /** [ExcelApi 1.7] */
  readonly axes: {
    readonly categoryAxis: Pick<Excel.ChartAxis, 'reversePlotOrder'> & {
      setCategoryNames(sourceData: RangeApi): void;
    };
  };
  /** [ExcelApi 1.1] Places the chart over the cells from `startCell` to `endCell`. */
  setPosition(startCell: string, endCell?: string): void;
};

export type ChartCollectionApi = {
  /** [ExcelApi 1.1] A chart of `sourceData` (its first row or column names the series). */
  add(type: ChartKind, sourceData: RangeApi, seriesBy?: 'Auto' | 'Columns' | 'Rows'): ChartApi;
};

export type WorksheetApi = WorksheetData &
  Pick<Excel.Worksheet, 'isNullObject'> & {
    load(propertyNames: (keyof WorksheetData)[]): WorksheetApi;
    /** [ExcelApi 1.1] Makes the sheet the active one in the Excel UI. */
    activate(): void;
    /** [ExcelApi 1.2] */
    readonly protection: WorksheetProtectionApi;
    /**
     * [ExcelApi 1.9] Several areas at once: "A1:F1, A5:F7" (local addresses; Excel's limit on the
     * string's length is undocumented, the adapter keeps each under 8,000 characters).
     */
    getRanges(address?: string): RangeAreasApi;
    /** [ExcelApi 1.1] A range by local A1 address ("B3:F10"); the whole sheet when omitted. */
    getRange(address?: string): RangeApi;
    /** [ExcelApi 1.1; valuesOnly 1.2] The used range; A1 on a blank sheet. */
    getUsedRange(valuesOnly?: boolean): RangeApi;
    /** [ExcelApi 1.4] The used range; a null object on a blank sheet. */
    getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  };

/** A sheet the sheet writer fills: ranges it can write, panes, print setup, charts. */
export type WritableWorksheetApi = Omit<WorksheetApi, 'getRange'> & {
  getRange(address?: string): WritableRangeApi;
  /** [ExcelApi 1.1] Deletes the sheet (Excel refuses to delete the only visible sheet). */
  delete(): void;
  /** [ExcelApi 1.7] */
  readonly freezePanes: WorksheetFreezePanesApi;
  /** [ExcelApi 1.9] */
  readonly pageLayout: PageLayoutApi;
  /** [ExcelApi 1.1] */
  readonly charts: ChartCollectionApi;
  /** [ExcelApi 1.7] "#RRGGBB", or "" for none. */
  tabColor: string;
};

export type WorksheetCollectionApi = {
  /** The loaded sheets (readable after `load(['items/id', 'items/name'])` + sync). */
  readonly items: WorksheetApi[];
  load(propertyNames: `items/${keyof WorksheetData}`[]): WorksheetCollectionApi;
  /** [ExcelApi 1.1] */
  getActiveWorksheet(): WorksheetApi;
  /** [ExcelApi 1.1] By name or id; ItemNotFound at sync when there is no such sheet. */
  getItem(key: string): WorksheetApi;
  /** [ExcelApi 1.4] By name or id. */
  getItemOrNullObject(key: string): WorksheetApi;
};

/** The sheets, as the sheet writer uses them. */
export type WritableWorksheetCollectionApi = Omit<
  WorksheetCollectionApi,
  'items' | 'getItem' | 'getItemOrNullObject'
> & {
  readonly items: WritableWorksheetApi[];
  getItem(key: string): WritableWorksheetApi;
  getItemOrNullObject(key: string): WritableWorksheetApi;
  /** [ExcelApi 1.1] Adds a sheet (InvalidArgument or ItemAlreadyExists at sync for a bad name). */
  add(name?: string): WritableWorksheetApi;
};

/** A setting's value is stored as JSON: what was saved comes back as plain data. */
export type SettingData = Narrow<Pick<Excel.Setting, 'key' | 'value'>, { value: unknown }>;

/** One key-value pair of the workbook's settings (per add-in, per document). */
export type SettingApi = SettingData &
  Pick<Excel.Setting, 'isNullObject'> & {
    load(propertyNames: (keyof SettingData)[]): SettingApi;
    /** [ExcelApi 1.4] */
    delete(): void;
  };

export type SettingCollectionApi = {
  /** [ExcelApi 1.4] Sets or adds a setting (the value travels as JSON). */
  add(key: string, value: unknown): SettingApi;
  /** [ExcelApi 1.4] ItemNotFound at sync when there is no such key. */
  getItem(key: string): SettingApi;
  /** [ExcelApi 1.4] */
  getItemOrNullObject(key: string): SettingApi;
};

export type WorkbookApi = {
  readonly worksheets: WorksheetCollectionApi;
  /** [ExcelApi 1.4] Settings stored in the workbook for this add-in. */
  readonly settings: SettingCollectionApi;
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

/** A workbook whose sheets can be added, filled and deleted. */
export type WritableWorkbookApi = Omit<WorkbookApi, 'worksheets'> & {
  readonly worksheets: WritableWorksheetCollectionApi;
};

/** A context for writing sheets (Excel's, and the in-memory host's). */
export type WritableRequestContextApi = Pick<Excel.RequestContext, 'sync'> & {
  readonly workbook: WritableWorkbookApi;
};

/** `Excel.run` for a batch that writes sheets. */
export type WritableExcelRunner = {
  run<T>(batch: (context: WritableRequestContextApi) => Promise<T>): Promise<T>;
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
  Assert<IsAssignable<Excel.RangeFormat, RangeFormatApi>>,
  Assert<IsAssignable<Excel.RangeFill, RangeFillApi>>,
  Assert<IsAssignable<Excel.WorksheetProtection, WorksheetProtectionApi>>,
  Assert<IsAssignable<Excel.Setting, SettingApi>>,
  Assert<IsAssignable<Excel.SettingCollection, SettingCollectionApi>>,
  Assert<IsAssignable<Excel.Worksheet, WorksheetApi>>,
  Assert<IsAssignable<Excel.WorksheetCollection, WorksheetCollectionApi>>,
  Assert<IsAssignable<Excel.Workbook, WorkbookApi>>,
  Assert<IsAssignable<{ run: typeof Excel.run }, ExcelRunner>>,
  Assert<IsAssignable<{ run: typeof Excel.run }, WritableExcelRunner>>,
  Assert<IsAssignable<Excel.RequestContext, WritableRequestContextApi>>,
  Assert<IsAssignable<Excel.Range, WritableRangeApi>>,
  Assert<IsAssignable<Excel.RangeFormat, WritableRangeFormatApi>>,
  Assert<IsAssignable<Excel.RangeBorderCollection, RangeBorderCollectionApi>>,
  Assert<IsAssignable<Excel.Worksheet, WritableWorksheetApi>>,
  Assert<IsAssignable<Excel.WorksheetCollection, WritableWorksheetCollectionApi>>,
  Assert<IsAssignable<Excel.ChartCollection, ChartCollectionApi>>,
  Assert<IsAssignable<Excel.Chart, ChartApi>>,
  Assert<IsAssignable<Excel.PageLayout, PageLayoutApi>>,
  Assert<IsAssignable<typeof Office, OfficeApi>>,
  // Cell properties both ways: what Excel gives fits the subset, what the subset sets Excel takes.
  Assert<IsAssignable<Excel.CellProperties, CellProperties>>,
  Assert<IsAssignable<CellProperties, Excel.SettableCellProperties>>,
  Assert<IsAssignable<CellPropertiesLoadOptions, Excel.CellPropertiesLoadOptions>>,
  Assert<IsAssignable<FillLoadOptions, CellPropertiesLoadOptions>>,
  Assert<IsAssignable<CellProperties, CellFillProperties>>,
];
