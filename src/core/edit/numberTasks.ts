import type { TaskTable } from '../table/model';
import { sttKind } from '../rules/sttKind';

type Scope = { section: number; group: number };
type Restart = { section: boolean; group: boolean };
type Entry = { row: number; scope: Scope; value: number | null };

/**
 * The STT each task should carry ("1", "2" …, keyed by the task's first sheet row), numbering
 * afresh under every section and every group heading — unless the table carries its numbers on
 * across that kind of heading (Thanh Hóa numbers 1 … 72 through ten groups), which is just as
 * consistent (see the stt-sequence rule) and is kept. Each kind of heading goes the way the table
 * goes at most of them: a 1 after the heading votes afresh, the number after the last one votes
 * on; a tie, or no vote, numbers afresh. As in the rule, a "1, 2" that starts over under one
 * heading (a heading the reader did not see) starts afresh too. Sub-items ("1.1", "a", "-") sit
 * under their row number: they are neither numbered nor counted, and have no entry.
 */
export function numberTasks(table: TaskTable): Map<number, string> {
  const scopes = scopesOf(table);
  const entries: Entry[] = [];
  table.tasks.forEach((task, index) => {
    const kind = task.stt === null ? null : sttKind(task.stt);
    if (kind?.kind === 'sub-item') return;
    const scope = scopes[index] ?? { section: -1, group: -1 };
    entries.push({ row: task.row, scope, value: kind?.kind === 'number' ? kind.value : null });
  });
  const restart = restartsAtHeadings(entries);
  const numbers = new Map<number, string>();
  let counter = 0;
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    if (previous !== undefined && startsAfresh(previous, entry, entries[index + 1], restart)) {
      counter = 0;
    }
    counter += 1;
    numbers.set(entry.row, String(counter));
  });
  return numbers;
}

function startsAfresh(
  previous: Entry,
  entry: Entry,
  next: Entry | undefined,
  restart: Restart,
): boolean {
  if (previous.scope.section !== entry.scope.section) return restart.section;
  if (previous.scope.group !== entry.scope.group) return restart.group;
  return entry.value === 1 && next?.value === 2 && sameScope(entry.scope, next.scope);
}

function sameScope(a: Scope, b: Scope): boolean {
  return a.section === b.section && a.group === b.group;
}

/** Each task's section and group heading rows (-1: none); a section closes the group above it. */
function scopesOf(table: TaskTable): Scope[] {
  const sectionRows = table.sections.map((section) => section.row);
  const groupRows = table.groups.map((group) => group.row);
  return table.tasks.map((task) => {
    const section = lastBefore(sectionRows, task.row);
    const group = lastBefore(groupRows, task.row);
    return { section, group: group > section ? group : -1 };
  });
}

function lastBefore(rows: readonly number[], row: number): number {
  let last = -1;
  for (const at of rows) if (at < row && at > last) last = at;
  return last;
}

/** How the table numbers across each kind of heading, from its numbered tasks. */
function restartsAtHeadings(entries: readonly Entry[]): Restart {
  const votes = { section: { afresh: 0, on: 0 }, group: { afresh: 0, on: 0 } };
  const numbered = entries.filter((entry) => entry.value !== null);
  numbered.forEach((entry, index) => {
    const previous = numbered[index - 1];
    if (previous?.value == null || entry.value === null) return;
    const level =
      previous.scope.section !== entry.scope.section
        ? votes.section
        : previous.scope.group !== entry.scope.group
          ? votes.group
          : null;
    if (level === null) return;
    if (entry.value === 1) level.afresh += 1;
    else if (entry.value === previous.value + 1) level.on += 1;
  });
  return {
    section: votes.section.afresh >= votes.section.on,
    group: votes.group.afresh >= votes.group.on,
  };
}
