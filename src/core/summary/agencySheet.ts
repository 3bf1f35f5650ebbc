import type { SheetSpec, SpecRow } from './sheetSpec';
import type { AgencySummary, SummaryTask } from './aggregateByAgency';
import type { SheetContext } from './overviewSheet';
import { findAgencyById } from '../parse/agencyRegistry';
import {
  AGENCY,
  STANDING_SUFFIX,
  STATUS_LABELS,
  agencyCountsLine,
  asOfLine,
  groupHeading,
} from './labels';
import { deadlineShown, dueDate } from './taskTexts';
import { codeColumn, dateColumn, integerColumn, textColumn } from './specColumns';
import { shortAgencyName } from './shortAgencyName';
import { toRoman } from './toRoman';

type Role = keyof typeof AGENCY.roles;

/** The tab an agency wants: the registry's short name, else its written name abbreviated. */
export function agencySheetName(agency: AgencySummary): string {
  const entry = agency.id === null ? undefined : findAgencyById(agency.id);
  return entry?.short ?? shortAgencyName(agency.name);
}

/**
 * One lead agency's sheet: the tasks it leads, then those it partners, overdue first and then by
 * due date within each. Its name is the one it wants; `buildMeetingWorkbook` makes names unique.
 */
export function buildAgencySheet(agency: AgencySummary, context: SheetContext): SheetSpec {
  const columns = [
    codeColumn(AGENCY.headers.stt, 6),
    textColumn(AGENCY.headers.task, 50),
    codeColumn(AGENCY.headers.role, 10),
    textColumn(AGENCY.headers.directive, 24),
    textColumn(AGENCY.headers.deadline, 18),
    dateColumn(AGENCY.headers.due, 12),
    textColumn(AGENCY.headers.status, 20),
    integerColumn(AGENCY.headers.daysLate, 11),
    textColumn(AGENCY.headers.result, 45),
  ];
  const rows: SpecRow[] = [];
  const groups: [Role, SummaryTask[]][] = [
    ['lead', agency.lead],
    ['partner', agency.partner],
  ];
  let numbered = 0;
  for (const [role, tasks] of groups) {
    if (tasks.length === 0) continue;
    numbered += 1;
    const heading: SpecRow['cells'] = columns.map(() => null);
    heading[0] = toRoman(numbered);
    heading[1] = groupHeading(AGENCY.roles[role], tasks.length);
    rows.push({ style: 'group', cells: heading, mergeFrom: 1 });
    byUrgency(tasks).forEach((entry, i) => {
      rows.push({ style: 'task', cells: agencyTaskCells(entry, role, i + 1) });
    });
  }
  return {
    name: agencySheetName(agency),
    kind: 'agency',
    agency: agency.id ?? (agency.source === 'written' ? agency.name : null),
    titles: [
      agency.name,
      asOfLine(context.asOf, context.source),
      agencyCountsLine({ ...agency.counts, partner: agency.partner.length }),
    ],
    columns,
    rows,
    chart: null,
  };
}

/** Overdue first, then the earliest due, undated last; source order breaks ties. */
function byUrgency(tasks: readonly SummaryTask[]): SummaryTask[] {
  const rank = (entry: SummaryTask): number => (entry.standing === 'overdue' ? 0 : 1);
  return [...tasks].sort((a, b) => {
    const dueA = dueDate(a);
    const dueB = dueDate(b);
    return (
      rank(a) - rank(b) ||
      (dueA === dueB ? 0 : dueA === null ? 1 : dueB === null ? -1 : dueA < dueB ? -1 : 1) ||
      a.order - b.order
    );
  });
}

function agencyTaskCells(entry: SummaryTask, role: Role, stt: number): SpecRow['cells'] {
  const { task, assessment } = entry;
  const due = dueDate(entry);
  return [
    String(stt),
    task.task,
    AGENCY.roles[role],
    task.directive,
    deadlineShown(task),
    due === null ? null : { date: due },
    statusText(entry),
    assessment.state === 'overdue' ? assessment.daysLate : null,
    task.result,
  ];
}

/** "Chưa hoàn thành — quá hạn": the task's status, then where it stands against the date. */
function statusText({ task, standing }: SummaryTask): string {
  const label = STATUS_LABELS[task.status.status];
  switch (standing) {
    case 'overdue':
      return label + STANDING_SUFFIX.overdue;
    case 'due-soon':
      return label + STANDING_SUFFIX.dueSoon;
    case 'other':
      return label;
  }
}
