import type { IsoDate } from '../parse/deadlineSchema';
import type { SheetSpec, SpecRow } from './sheetSpec';
import { type AgencyAggregate, type Counts, doneRate } from './aggregateByAgency';
import {
  BUCKET_LABELS,
  OVERVIEW,
  SHEET_NAMES,
  STATUS_BUCKETS,
  TOTAL_LABEL,
  asOfLine,
} from './labels';
import { integerColumn, percentColumn, textColumn } from './specColumns';

export type SheetContext = { asOf: IsoDate; source: string };

/** Column of the first status count: the chart stacks the five status columns from here. */
const FIRST_STATUS_COLUMN = 2;

/** "Tổng hợp": one row per lead agency, the total counting each task once, a status chart. */
export function buildOverviewSheet(aggregate: AgencyAggregate, context: SheetContext): SheetSpec {
  const rows: SpecRow[] = aggregate.agencies.map((agency) => ({
    style: 'task',
    cells: countCells(agency.name, agency.counts),
  }));
  rows.push({ style: 'total', cells: countCells(TOTAL_LABEL, aggregate.totals) });
  const agencyRows = aggregate.agencies.length;
  return {
    name: SHEET_NAMES.overview,
    kind: 'overview',
    agency: null,
    titles: [
      OVERVIEW.title,
      asOfLine(context.asOf, context.source),
      ...(aggregate.coLeads ? [OVERVIEW.coLeadNote] : []),
    ],
    columns: [
      textColumn(OVERVIEW.headers.agency, 34),
      integerColumn(OVERVIEW.headers.total, 12),
      ...STATUS_BUCKETS.map((bucket) => integerColumn(BUCKET_LABELS[bucket], 12)),
      integerColumn(OVERVIEW.headers.overdue, 11),
      integerColumn(OVERVIEW.headers.dueSoon, 11),
      percentColumn(OVERVIEW.headers.rate, 13),
    ],
    rows,
    chart:
      agencyRows === 0
        ? null
        : {
            title: OVERVIEW.chartTitle,
            categoryColumn: 0,
            seriesColumns: STATUS_BUCKETS.map((_, i) => FIRST_STATUS_COLUMN + i),
            rows: { from: 0, to: agencyRows - 1 },
          },
  };
}

function countCells(name: string, counts: Counts): SpecRow['cells'] {
  return [
    name,
    counts.total,
    ...STATUS_BUCKETS.map((bucket) => counts[bucket]),
    counts.overdue,
    counts.dueSoon,
    doneRate(counts),
  ];
}
