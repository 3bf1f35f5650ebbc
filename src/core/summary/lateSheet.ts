import type { SheetSpec, SpecRow } from './sheetSpec';
import {
  type AgencyAggregate,
  type SummaryTask,
  NO_LEAD_KEY,
  agencyKey,
} from './aggregateByAgency';
import type { SheetContext } from './overviewSheet';
import {
  LATE,
  NO_LEAD_HEADING,
  SHEET_NAMES,
  asOfLine,
  groupHeading,
  lateCountLine,
} from './labels';
import { agenciesText, deadlineWithBasis } from './taskTexts';
import { codeColumn, integerColumn, textColumn } from './specColumns';
import { toRoman } from './toRoman';

/**
 * "Chậm muộn", the reports' annex: every overdue task once, under its first lead agency (groups
 * in the overview's order, tasks without a lead last), in source order within a group.
 */
export function buildLateSheet(aggregate: AgencyAggregate, context: SheetContext): SheetSpec {
  const overdue = aggregate.tasks.filter((entry) => entry.standing === 'overdue');
  const byFirstLead = new Map<string, SummaryTask[]>();
  for (const entry of overdue) {
    const first = entry.task.lead[0];
    const key = first === undefined ? NO_LEAD_KEY : agencyKey(first);
    const group = byFirstLead.get(key);
    if (group) group.push(entry);
    else byFirstLead.set(key, [entry]);
  }
  const columns = [
    codeColumn(LATE.headers.stt, 6),
    textColumn(LATE.headers.task, 50),
    textColumn(LATE.headers.directive, 26),
    textColumn(LATE.headers.agencies, 28),
    textColumn(LATE.headers.deadline, 20),
    integerColumn(LATE.headers.daysLate, 11),
    textColumn(LATE.headers.result, 45),
  ];
  const rows: SpecRow[] = [];
  let groups = 0;
  for (const agency of aggregate.agencies) {
    const tasks = byFirstLead.get(agency.key) ?? [];
    if (tasks.length === 0) continue;
    groups += 1;
    const heading: SpecRow['cells'] = columns.map(() => null);
    heading[0] = toRoman(groups);
    heading[1] = groupHeading(
      agency.source === 'none' ? NO_LEAD_HEADING : agency.name,
      tasks.length,
    );
    rows.push({ style: 'group', cells: heading, mergeFrom: 1 });
    tasks.forEach((entry, i) => rows.push({ style: 'task', cells: lateCells(entry, i + 1) }));
  }
  return {
    name: SHEET_NAMES.late,
    kind: 'late',
    agency: null,
    titles: [LATE.title, asOfLine(context.asOf, context.source), lateCountLine(overdue.length)],
    columns,
    rows,
    chart: null,
  };
}

function lateCells(entry: SummaryTask, stt: number): SpecRow['cells'] {
  const { task, assessment } = entry;
  return [
    String(stt),
    task.task,
    task.directive,
    agenciesText(task),
    deadlineWithBasis(entry),
    assessment.state === 'overdue' ? assessment.daysLate : null,
    task.result,
  ];
}
