import type { OfficeApi } from './excelApi';

/**
 * The ExcelApi requirement set each call of the adapter needs
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 *
 * | call                                          | set  |
 * |-----------------------------------------------|------|
 * | worksheets.getActiveWorksheet, getItem        | 1.1  |
 * | worksheet.getRange, workbook.getSelectedRange | 1.1  |
 * | range.values / formulas / numberFormat / address / rowIndex … | 1.1 |
 * | worksheet.activate, range.select, worksheet.id, range.format.fill.color / clear | 1.1 |
 * | worksheets.add, worksheet.delete, range.format.font / borders / columnWidth, charts.add | 1.1 |
 * | worksheet.protection, range.merge / unmerge   | 1.2  |
 * | worksheet.getUsedRangeOrNullObject, getItemOrNullObject | 1.4 |
 * | workbook.settings                             | 1.4  |
 * | workbook.getActiveCell                        | 1.7  |
 * | worksheet.freezePanes, worksheet.tabColor, categoryAxis.setCategoryNames | 1.7 |
 * | workbook.getSelectedRanges, RangeAreas        | 1.9  |
 * | worksheet.getRanges, range.getCellProperties / getRowProperties, fill.pattern / tintAndShade | 1.9 |
 * | range.setCellProperties                       | 1.9  |
 * | worksheet.pageLayout                          | 1.9  |
 * | range.getMergedAreasOrNullObject              | 1.13 |
 *
 * Reading needs 1.7 (the manifest declares it). Below 1.9 a multi-area selection cannot be read
 * (getSelectedRange fails); below 1.13 merged areas are not read (values are unaffected: Excel
 * gives a merge's value in its top-left cell either way). Highlighting needs 1.9: without cell
 * properties the fills could not be remembered and restored exactly, so it is refused rather
 * than done half-way; the manifest stays at 1.7 so that reading works on older Excel. The meeting
 * workbook needs 1.7 (frozen header, category names, tab colours); below 1.9 its sheets are
 * written without print setup, which the user can still set by hand. Editing a user's table in
 * place needs 1.13: its undo must put merged areas back exactly, and only 1.13 can read them;
 * below it the pane offers a new sheet only.
 */
export const apiSetOf = {
  getActiveWorksheet: '1.1',
  getSelectedRange: '1.1',
  selectRange: '1.1',
  addWorksheet: '1.1',
  worksheetProtection: '1.2',
  mergeRange: '1.2',
  unmergeRange: '1.2',
  getUsedRangeOrNullObject: '1.4',
  settings: '1.4',
  getActiveCell: '1.7',
  freezePanes: '1.7',
  setCategoryNames: '1.7',
  tabColor: '1.7',
  getSelectedRanges: '1.9',
  getCellProperties: '1.9',
  setCellProperties: '1.9',
  getRanges: '1.9',
  pageLayout: '1.9',
  getMergedAreasOrNullObject: '1.13',
} as const;

export type ExcelFeature = keyof typeof apiSetOf;
export type ExcelApiVersion = (typeof apiSetOf)[ExcelFeature];

/** The lowest ExcelApi set the add-in reads with; the manifest's `<Set Name="ExcelApi">`. */
export const READ_MINIMUM = '1.7' satisfies ExcelApiVersion;

/** The lowest ExcelApi set highlighting works with (cell properties, getRanges). */
export const HIGHLIGHT_MINIMUM = '1.9' satisfies ExcelApiVersion;

/** The lowest ExcelApi set the meeting workbook is written with (frozen panes, chart categories). */
export const SUMMARY_MINIMUM = '1.7' satisfies ExcelApiVersion;

/**
 * The lowest ExcelApi set a table is edited in place with (the merged areas its undo restores,
 * cell properties).
 */
export const EDIT_MINIMUM = '1.13' satisfies ExcelApiVersion;

export type ExcelRequirements = {
  /** Whether an Office host answered at all (false in a plain browser page or in Node). */
  readonly inOffice: boolean;
  /** Each feature the adapter uses: whether the host supports its requirement set. */
  readonly supports: Readonly<Record<ExcelFeature, boolean>>;
  /** Whether the host meets READ_MINIMUM. */
  readonly canRead: boolean;
  /** Whether the host meets HIGHLIGHT_MINIMUM. */
  readonly canHighlight: boolean;
  /** Whether the host meets SUMMARY_MINIMUM. */
  readonly canSummarize: boolean;
  /** Whether the host meets EDIT_MINIMUM. */
  readonly canEdit: boolean;
};

/** Asks the host which ExcelApi sets it supports (`Office.context.requirements`). */
export function checkRequirements(office: OfficeApi | undefined): ExcelRequirements {
  const requirements = office?.context?.requirements;
  const isSupported = (version: string): boolean =>
    requirements?.isSetSupported('ExcelApi', version) ?? false;
  const supports = Object.fromEntries(
    Object.entries(apiSetOf).map(([feature, version]) => [feature, isSupported(version)]),
  ) as Record<ExcelFeature, boolean>;
  return {
    inOffice: requirements !== undefined,
    supports,
    canRead: isSupported(READ_MINIMUM),
    canHighlight: isSupported(HIGHLIGHT_MINIMUM),
    canSummarize: isSupported(SUMMARY_MINIMUM),
    canEdit: isSupported(EDIT_MINIMUM),
  };
}

/** The `Office` global when office.js is loaded, else undefined. */
export function officeGlobal(): OfficeApi | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}
