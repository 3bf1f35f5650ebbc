import type { Task, TaskTable } from '../table/model';
import type { RuleContext, Rule } from './ruleTypes';
import { sttKind } from './sttKind';

/**
 * STT gaps, repeats and non-numbers, within each numbering run.
 *
 * Tables number their tasks in one of two ways, and both are consistent: afresh under every
 * heading (the late-task annex of report 230 restarts at each group; Directive 05 at each
 * section), or on across headings (Thanh Hóa numbers 1 … 72 through ten groups). At each heading
 * a number 1 starts a new run and the number after the last one carries the run on; any other
 * first number is read the way the rest of the table numbers. Within a run, a number already
 * used is a repeat, and a number past the next one is a gap when that next one is nowhere in the
 * run (every run starts at 1).
 *
 * Left alone: sub-items ("1.1", "a", "-"), which sit under their row number; numbers out of
 * order ("1, 3, 2": nothing is missing); a 1 that starts "1, 2, …" over under the same heading
 * (a heading the reader did not see); a heading whose first number carries on from the heading
 * above in a table that otherwise restarts (nothing is missing); tables without an STT column or
 * without any STT.
 */
export const sttSequence: Rule = {
  id: 'stt-sequence',
  severity: 'warning',
  check(input, ctx) {
    const table = input.table;
    if (table?.columns.stt === undefined) return;
    const numbered: Numbered[] = [];
    const scopes = scopeOfTasks(table);
    // Non-numbers since the last number under the same heading ("1, #REF!, 3"): they stand in
    // for the numbers they hide, so the one non-number finding is not echoed as a gap.
    let fillers = 0;
    let fillerScope = Number.NaN;
    table.tasks.forEach((task, index) => {
      if (task.stt === null) return;
      const cell = task.cells.stt ?? `${table.columns.stt ?? 'A'}${task.row}`;
      const kind = sttKind(task.stt);
      const scope = scopes[index] ?? -1;
      if (scope !== fillerScope) [fillers, fillerScope] = [0, scope];
      if (kind.kind === 'other') {
        ctx.report({ code: 'stt_not_number', cell, params: { stt: task.stt } });
        fillers += 1;
      } else if (kind.kind === 'number') {
        numbered.push({ stt: task.stt, value: kind.value, cell, scope, fillers });
        fillers = 0;
      }
    });
    for (const run of splitRuns(numbered)) checkRun(run, ctx);
  },
};

/** A numbered task; `fillers`: the non-number STTs right above it under the same heading. */
type Numbered = { stt: string; value: number; cell: string; scope: number; fillers: number };

/** Each task's heading: the row of the last section or group heading above it (-1: none). */
function scopeOfTasks(table: TaskTable): number[] {
  const headings = [...table.sections, ...table.groups].map((h) => h.row).sort((a, b) => a - b);
  let at = -1;
  let next = 0;
  return table.tasks.map((task: Task) => {
    while (next < headings.length && (headings[next] ?? Infinity) < task.row) {
      at = headings[next] ?? at;
      next += 1;
    }
    return at;
  });
}

/** Cuts the numbered tasks into runs that each count from 1. */
function splitRuns(numbered: readonly Numbered[]): Numbered[][] {
  let restarts = 0;
  let carriedOn = 0;
  numbered.forEach((entry, i) => {
    const previous = numbered[i - 1];
    if (previous === undefined || previous.scope === entry.scope) return;
    if (entry.value === 1) restarts += 1;
    else if (entry.value === previous.value + 1) carriedOn += 1;
  });
  const restartsUnderHeadings = restarts > carriedOn;

  const runs: Numbered[][] = [];
  let run: Numbered[] = [];
  let hasOne = false;
  numbered.forEach((entry, i) => {
    const previous = numbered[i - 1];
    let fresh = false;
    if (previous === undefined) fresh = true;
    else if (previous.scope !== entry.scope) {
      if (entry.value === 1) fresh = true;
      else if (entry.value === previous.value + 1) fresh = false;
      else fresh = restartsUnderHeadings;
    } else if (entry.value === 1 && hasOne) {
      const following = numbered[i + 1];
      fresh = following?.scope === entry.scope && following.value === 2;
    }
    if (fresh) {
      if (run.length > 0) runs.push(run);
      run = [];
      hasOne = false;
    }
    run.push(entry);
    if (entry.value === 1) hasOne = true;
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

function checkRun(run: readonly Numbered[], ctx: RuleContext): void {
  const values = new Set(run.map((entry) => entry.value));
  const seen = new Map<number, Numbered>();
  let highest: Numbered | null = null;
  for (const entry of run) {
    const first = seen.get(entry.value);
    if (first !== undefined) {
      ctx.report({
        code: 'stt_repeated',
        cell: entry.cell,
        params: { stt: entry.stt, firstCell: first.cell },
      });
      continue;
    }
    seen.set(entry.value, entry);
    const top = highest?.value ?? 0;
    const next = top + 1 + entry.fillers;
    if (entry.value > next && !values.has(next)) {
      ctx.report({
        code: 'stt_gap',
        cell: entry.cell,
        params: { previous: highest?.stt ?? null, expected: String(next), found: entry.stt },
      });
    }
    if (entry.value > top) highest = entry;
  }
}
