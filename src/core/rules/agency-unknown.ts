import type { AgencyRef } from '../parse/agencySchema';
import type { Task, TaskTable } from '../table/model';
import { foldForMatch } from '../text/normalizeText';
import type { Rule } from './ruleTypes';
import { taskCell } from './taskCell';

/**
 * Agency names (lead and partners) that are not in the registry, once per name (accents, case
 * and spacing aside), at the first cell that names it, with the number of times it is named.
 * The name is kept as first written. Every name the registry knows, collectives included
 * ("Các bộ, ngành, địa phương"), is left alone.
 */
export const agencyUnknown: Rule = {
  id: 'agency-unknown',
  severity: 'info',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const names = new Map<string, { name: string; cell: string; occurrences: number }>();
    for (const task of table.tasks) {
      for (const ref of [...task.lead, ...task.partners]) {
        if (ref.id !== null) continue;
        const key = foldForMatch(ref.name)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        const seen = names.get(key);
        if (seen !== undefined) {
          seen.occurrences += 1;
          continue;
        }
        const cell = cellNaming(table, task, ref);
        if (cell !== null) names.set(key, { name: ref.name, cell, occurrences: 1 });
      }
    }
    for (const { name, cell, occurrences } of names.values()) {
      ctx.report({ code: 'agency_unknown', cell, params: { name, occurrences } });
    }
  },
};

/** The lead cell when it holds the name ("A phối hợp B" names partners too), else the partners cell. */
function cellNaming(table: TaskTable, task: Task, ref: AgencyRef): string | null {
  const lead = taskCell(table, task, 'lead');
  const partners = taskCell(table, task, 'partners');
  const inLead =
    task.leadText !== null && foldForMatch(task.leadText).includes(foldForMatch(ref.written));
  if (inLead || partners === null) return lead ?? partners;
  return partners;
}
