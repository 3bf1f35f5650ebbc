import type { AgencyRef } from '../parse/agencySchema';
import type { Task } from '../table/model';
import { foldForMatch } from '../text/normalizeText';
import { taskKey } from './taskKey';

/**
 * Rows that hold the same task: the same `taskKey`, and leads that do not say otherwise. Two
 * rows whose leads are both named and share no agency are the same words given to different
 * owners ("Rà soát … " for Sở Y tế and again for Sở Tư pháp), not one task twice. Returns groups
 * of task indexes (two or more each, in table order); every task is in at most one group.
 *
 * Linear in the number of tasks: rows are hashed by key, and the rows of one key are joined
 * through the agencies they name (union–find), never compared pair by pair.
 */
export function findTwins(tasks: readonly Task[]): number[][] {
  const byKey = new Map<string, number[]>();
  tasks.forEach((task, index) => {
    const key = taskKey(task.task);
    if (key === null) return;
    const rows = byKey.get(key);
    if (rows === undefined) byKey.set(key, [index]);
    else rows.push(index);
  });
  const groups: number[][] = [];
  for (const rows of byKey.values()) {
    if (rows.length < 2) continue;
    for (const group of splitByLead(rows, tasks)) if (group.length > 1) groups.push(group);
  }
  return groups.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

function agencyKey(ref: AgencyRef): string {
  return ref.id ?? `?${foldForMatch(ref.name)}`;
}

/**
 * Rows of one key, joined when their leads share an agency. Rows without a lead join the rows
 * with one when those all belong together; otherwise they make a group of their own.
 */
function splitByLead(rows: readonly number[], tasks: readonly Task[]): number[][] {
  const parent = new Map<number, number>(rows.map((row) => [row, row]));
  const find = (row: number): number => {
    let root = row;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let at = row;
    while (at !== root) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const owner = new Map<string, number>();
  const leadless: number[] = [];
  for (const row of rows) {
    const lead = tasks[row]?.lead ?? [];
    if (lead.length === 0) leadless.push(row);
    for (const ref of lead) {
      const key = agencyKey(ref);
      const other = owner.get(key);
      if (other === undefined) owner.set(key, row);
      else parent.set(find(row), find(other));
    }
  }
  const components = new Map<number, number[]>();
  for (const row of rows) {
    if ((tasks[row]?.lead.length ?? 0) === 0) continue;
    const root = find(row);
    const members = components.get(root);
    if (members === undefined) components.set(root, [row]);
    else members.push(row);
  }
  const groups = [...components.values()];
  const only = groups.length === 1 ? groups[0] : undefined;
  if (only !== undefined) only.push(...leadless);
  else if (leadless.length > 0) groups.push(leadless);
  return groups.map((group) => group.sort((a, b) => a - b));
}
