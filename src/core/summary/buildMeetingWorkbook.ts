import type { IsoDate } from '../parse/deadlineSchema';
import type { TaskTable } from '../table/model';
import type { SheetSpec } from './sheetSpec';
import { aggregateByAgency } from './aggregateByAgency';
import { assignSheetNames } from './assignSheetNames';
import { buildOverviewSheet } from './overviewSheet';
import { buildLateSheet } from './lateSheet';
import { buildAgencySheet } from './agencySheet';

export type MeetingWorkbookOptions = {
  /** The report date. */
  asOf: IsoDate;
  /** Open tasks due within this many days count as due soon (the check's setting). */
  dueSoonDays: number;
  /** Where the tasks come from, for the titles (the sheet or file name). */
  source: string;
};

/**
 * The meeting workbook of DESIGN.md §4: "Tổng hợp", "Chậm muộn", then one sheet per lead agency
 * in the overview's order (the no-lead row has none: it is nobody's list). Names are valid and
 * unique among themselves; the writers still keep them apart from the user's sheets.
 */
export function buildMeetingWorkbook(
  tables: readonly TaskTable[],
  options: MeetingWorkbookOptions,
): SheetSpec[] {
  const aggregate = aggregateByAgency(tables, options);
  const context = { asOf: options.asOf, source: options.source };
  const specs = [
    buildOverviewSheet(aggregate, context),
    buildLateSheet(aggregate, context),
    ...aggregate.agencies
      .filter((agency) => agency.source !== 'none')
      .map((agency) => buildAgencySheet(agency, context)),
  ];
  const names = assignSheetNames(
    specs.map((spec) => spec.name),
    [],
  );
  return specs.map((spec, i) => ({ ...spec, name: names[i] ?? spec.name }));
}
