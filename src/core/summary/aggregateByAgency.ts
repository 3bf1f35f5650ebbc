import type { AgencyRef } from '../parse/agencySchema';
import type { IsoDate } from '../parse/deadlineSchema';
import type { Task, TaskTable } from '../table/model';
import { type DeadlineAssessment, assessTask } from '../deadlines/assessDeadline';
import { foldCase } from './foldCase';
import { BUCKET_OF_STATUS, NO_LEAD_LABEL, type StatusBucket } from './labels';

export type SummaryOptions = {
  asOf: IsoDate;
  /** Open tasks due within this many days (inclusive) are "due soon", as deadline-due-soon. */
  dueSoonDays: number;
};

/** Where a task stands for the meeting: past due, due soon, or neither. */
export type Standing = 'overdue' | 'due-soon' | 'other';

/** A task with what the summary decided about it, once. */
export type SummaryTask = {
  task: Task;
  /** Position over all tables, to keep the source order where no other order applies. */
  order: number;
  assessment: DeadlineAssessment;
  standing: Standing;
  bucket: StatusBucket;
};

export type Counts = Record<StatusBucket, number> & {
  total: number;
  overdue: number;
  dueSoon: number;
};

/**
 * One overview row: a lead agency found in the registry (`registry`), one the registry does not
 * know, keyed by its folded name (`written`), or the tasks whose lead cell names nobody (`none`).
 */
export type AgencySummary = {
  key: string;
  source: 'registry' | 'written' | 'none';
  /** Registry id; null for `written` and `none`. */
  id: string | null;
  /** Canonical name, the name as first written, or the no-lead label. */
  name: string;
  counts: Counts;
  /** Tasks it leads, in source order. */
  lead: SummaryTask[];
  /** Tasks it partners without also leading them, in source order. */
  partner: SummaryTask[];
};

export type AgencyAggregate = {
  /** Overdue first, then most tasks, then by name; the no-lead row last. */
  agencies: AgencySummary[];
  /** Each task once, whatever its number of leads. */
  totals: Counts;
  tasks: SummaryTask[];
  /** Some task has more than one lead, so the agency rows add up to more than the total. */
  coLeads: boolean;
};

/** The key of the no-lead row (registry ids are never empty, written names start with "?"). */
export const NO_LEAD_KEY = '';

/** The key an agency is counted under: its registry id, or its written name folded. */
export function agencyKey(ref: AgencyRef): string {
  return ref.id ?? `?${foldCase(ref.name)}`;
}

/** Counts the tasks of the tables per lead agency, with their partner tasks beside. */
export function aggregateByAgency(
  tables: readonly TaskTable[],
  options: SummaryOptions,
): AgencyAggregate {
  const tasks = tables
    .flatMap((table) => table.tasks)
    .map((task, order) => summarizeTask(task, order, options));
  const rows = new Map<string, AgencySummary>();
  const partnersOf = new Map<string, { ref: AgencyRef; tasks: SummaryTask[] }>();
  let coLeads = false;
  for (const entry of tasks) {
    const leads = uniqueByKey(entry.task.lead);
    if (leads.length > 1) coLeads = true;
    if (leads.length === 0) rowFor(rows, NO_LEAD_KEY, null).lead.push(entry);
    for (const ref of leads) rowFor(rows, agencyKey(ref), ref).lead.push(entry);
    const leadKeys = new Set(leads.map(agencyKey));
    for (const ref of uniqueByKey(entry.task.partners)) {
      const key = agencyKey(ref);
      if (leadKeys.has(key)) continue;
      const known = partnersOf.get(key) ?? { ref, tasks: [] };
      known.tasks.push(entry);
      partnersOf.set(key, known);
    }
  }
  for (const row of rows.values()) {
    row.counts = countTasks(row.lead);
    row.partner = partnersOf.get(row.key)?.tasks ?? [];
  }
  const collator = new Intl.Collator('vi');
  const agencies = [...rows.values()].sort(
    (a, b) =>
      Number(a.source === 'none') - Number(b.source === 'none') ||
      b.counts.overdue - a.counts.overdue ||
      b.counts.total - a.counts.total ||
      collator.compare(a.name, b.name),
  );
  return { agencies, totals: countTasks(tasks), tasks, coLeads };
}

function summarizeTask(task: Task, order: number, options: SummaryOptions): SummaryTask {
  const assessment = assessTask(task, options.asOf);
  const standing: Standing =
    assessment.state === 'overdue'
      ? 'overdue'
      : assessment.state === 'open' && assessment.daysLeft <= options.dueSoonDays
        ? 'due-soon'
        : 'other';
  return { task, order, assessment, standing, bucket: BUCKET_OF_STATUS[task.status.status] };
}

function rowFor(
  rows: Map<string, AgencySummary>,
  key: string,
  ref: AgencyRef | null,
): AgencySummary {
  const known = rows.get(key);
  if (known) return known;
  const row: AgencySummary = {
    key,
    source: ref === null ? 'none' : ref.id === null ? 'written' : 'registry',
    id: ref?.id ?? null,
    name: ref?.name ?? NO_LEAD_LABEL,
    counts: countTasks([]),
    lead: [],
    partner: [],
  };
  rows.set(key, row);
  return row;
}

/** A cell may name an agency twice ("Bộ Công an (C06), Bộ Công an"); it leads once. */
function uniqueByKey(refs: readonly AgencyRef[]): AgencyRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = agencyKey(ref);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function countTasks(tasks: readonly SummaryTask[]): Counts {
  const counts: Counts = {
    total: tasks.length,
    done: 0,
    inProgress: 0,
    notDone: 0,
    recurring: 0,
    unknown: 0,
    overdue: 0,
    dueSoon: 0,
  };
  for (const { bucket, standing } of tasks) {
    counts[bucket] += 1;
    if (standing === 'overdue') counts.overdue += 1;
    if (standing === 'due-soon') counts.dueSoon += 1;
  }
  return counts;
}

/** Share of tasks done (0..1); null when there is none to share. */
export function doneRate(counts: Counts): number | null {
  return counts.total === 0 ? null : counts.done / counts.total;
}
