import type { ChartKind, PageLayoutApi } from '../../excel/excelApi';

/*
 * What a sheet holds besides cells: print setup and charts, as plain data the proxies write and
 * tests and the demo page read.
 */

export const PAPER_SIZES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
] as const satisfies readonly PageLayoutApi['paperSize'][];
export type PaperSize = (typeof PAPER_SIZES)[number];

export const ORIENTATIONS = ['Portrait', 'Landscape'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Either a percentage or fit-to-pages (0: as many pages as it takes), as Excel takes it. */
export type PageZoom =
  { scale: number } | { horizontalFitToPages: number; verticalFitToPages: number };

/** A sheet's print setup (Excel's defaults: portrait, Letter, 100 %). */
export type SheetPageLayout = {
  orientation: Orientation;
  paperSize: PaperSize;
  zoom: PageZoom;
  centerHorizontally: boolean;
  /** Rows repeated on every printed page ("$4:$4"); null when none. */
  printTitleRows: string | null;
};

export function defaultPageLayout(): SheetPageLayout {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    printTitleRows: null,
  };
}

/** The chart kinds the host draws (the writer's). */
export const CHART_KINDS = [
  'BarStacked',
  'ColumnStacked',
  'BarClustered',
  'ColumnClustered',
] as const satisfies readonly ChartKind[];

export const SERIES_BY = ['Auto', 'Columns', 'Rows'] as const;
export type SeriesBy = (typeof SERIES_BY)[number];

/** Legend positions that can be set (Excel reports "Invalid" and "Custom" but refuses them). */
export const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner'] as const;
export type LegendPosition = (typeof LEGEND_POSITIONS)[number];

/** A chart on a sheet. Addresses are full ("'Tổng hợp'!A4:D12"); positions are local ("F2"). */
export type SheetChart = {
  name: string;
  type: ChartKind;
  /** The data the chart was made of, its first row or column naming the series. */
  source: string;
  seriesBy: SeriesBy;
  /** The title's text; null when the chart has none (Excel's default for several series). */
  title: string | null;
  legend: { position: LegendPosition; visible: boolean };
  /** The category axis's names (`setCategoryNames`); null when taken from the source. */
  categories: string | null;
  /** `categoryAxis.reversePlotOrder`: the first category drawn at the top of a bar chart. */
  reversedCategories: boolean;
  /** The cells the chart covers (`setPosition`); null where Excel put it. */
  position: { start: string; end: string | null } | null;
};
