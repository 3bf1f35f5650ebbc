import type { PageLayoutApi, WorksheetFreezePanesApi } from '../../excel/excelApi';
import { MAX_COLUMNS, MAX_ROWS, parseArea } from './a1';
import { invalidValue, oneOf } from './hostError';
import { HostObject } from './hostObject';
import type { HostRequestContext } from './requestContext';
import type { PageZoom } from './sheetSetup';
import { ORIENTATIONS, PAPER_SIZES } from './sheetSetup';
import type { InMemorySheet } from './workbook';

/*
 * Worksheet parts the sheet writer sets: frozen panes (ExcelApi 1.7) and print setup (1.9). As
 * with formats, getters give back what the proxy set; tests read the workbook model.
 */

export class HostWorksheetFreezePanes
  extends HostObject<InMemorySheet>
  implements WorksheetFreezePanesApi
{
  protected readonly typeName = 'WorksheetFreezePanes';
  protected readonly properties: readonly string[] = [];

  constructor(context: HostRequestContext, path: string, resolver: () => InMemorySheet | null) {
    super(context, path, resolver, false);
  }

  /** Freezes the top `count` rows (1 when omitted; 0 unfreezes them). */
  freezeRows(count?: number): void {
    this.call('freezeRows', count === undefined ? [] : [count], (sheet) => {
      this.context.requireApi('1.7', 'WorksheetFreezePanes.freezeRows');
      const rows = count ?? 1;
      if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS) {
        throw invalidValue('WorksheetFreezePanes.freezeRows', count);
      }
      sheet.frozenRows = rows;
    });
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }
}

/** Whole pages per side: a non-negative integer (0: as many as it takes). */
function pageCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * Excel's zoom: a scale of 10–400 %, or fit to pages, never both. A side left out of a fit
 * stays at Excel's default of 1 page, so `{ horizontalFitToPages: 1 }` alone squeezes the whole
 * sheet onto one page: set both.
 */
function pageZoom(value: unknown): PageZoom | null {
  if (typeof value !== 'object' || value === null) return null;
  const { scale, horizontalFitToPages, verticalFitToPages, ...rest } = value as Record<
    string,
    unknown
  >;
  const fits = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
  if (Object.keys(rest).length > 0 || (scale !== undefined && fits)) return null;
  if (scale !== undefined) {
    return typeof scale === 'number' && scale >= 10 && scale <= 400 ? { scale } : null;
  }
  const horizontal = horizontalFitToPages === undefined ? 1 : pageCount(horizontalFitToPages);
  const vertical = verticalFitToPages === undefined ? 1 : pageCount(verticalFitToPages);
  if (!fits || horizontal === null || vertical === null) return null;
  return { horizontalFitToPages: horizontal, verticalFitToPages: vertical };
}

/** `worksheet.pageLayout` (ExcelApi 1.9): every set fails with ApiNotFound on an older host. */
export class HostPageLayout extends HostObject<InMemorySheet> implements PageLayoutApi {
  protected readonly typeName = 'PageLayout';
  protected readonly properties: readonly string[] = [];

  constructor(context: HostRequestContext, path: string, resolver: () => InMemorySheet | null) {
    super(context, path, resolver, false);
  }

  get orientation(): PageLayoutApi['orientation'] {
    return this.read('orientation') as PageLayoutApi['orientation'];
  }
  set orientation(value: PageLayoutApi['orientation']) {
    this.setProperty('orientation', value, (sheet) => {
      const orientation = oneOf(ORIENTATIONS, value);
      if (orientation === null) throw invalidValue('PageLayout.orientation', value);
      sheet.pageLayout.orientation = orientation;
    });
  }

  get paperSize(): PageLayoutApi['paperSize'] {
    return this.read('paperSize') as PageLayoutApi['paperSize'];
  }
  set paperSize(value: PageLayoutApi['paperSize']) {
    this.setProperty('paperSize', value, (sheet) => {
      const paperSize = oneOf(PAPER_SIZES, value);
      if (paperSize === null) throw invalidValue('PageLayout.paperSize', value);
      sheet.pageLayout.paperSize = paperSize;
    });
  }

  get zoom(): PageLayoutApi['zoom'] {
    return this.read('zoom') as PageLayoutApi['zoom'];
  }
  set zoom(value: PageLayoutApi['zoom']) {
    this.setProperty('zoom', value, (sheet) => {
      const zoom = pageZoom(value);
      if (zoom === null) throw invalidValue('PageLayout.zoom', value);
      sheet.pageLayout.zoom = zoom;
    });
  }

  get centerHorizontally(): boolean {
    return this.read('centerHorizontally') as boolean;
  }
  set centerHorizontally(value: boolean) {
    this.setProperty('centerHorizontally', value, (sheet) => {
      if (typeof value !== 'boolean') throw invalidValue('PageLayout.centerHorizontally', value);
      sheet.pageLayout.centerHorizontally = value;
    });
  }

  /** Whole rows only ("$4:$4", "4:5"), kept as "$4:$5". */
  setPrintTitleRows(printTitleRows: string): void {
    this.call('setPrintTitleRows', [printTitleRows], (sheet) => {
      this.context.requireApi('1.9', 'PageLayout.setPrintTitleRows');
      const area = typeof printTitleRows === 'string' ? parseArea(printTitleRows) : null;
      if (!area || area.left !== 1 || area.right !== MAX_COLUMNS) {
        throw invalidValue('PageLayout.setPrintTitleRows', printTitleRows);
      }
      sheet.pageLayout.printTitleRows = `$${area.top}:$${area.bottom}`;
    });
  }

  protected snapshot(): Record<string, unknown> {
    return {};
  }

  private setProperty(name: string, value: unknown, apply: (sheet: InMemorySheet) => void): void {
    this.write(name, value, (sheet) => {
      this.context.requireApi('1.9', `PageLayout.${name}`);
      apply(sheet);
    });
  }
}
