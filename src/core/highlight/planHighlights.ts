import type { Finding } from '../rules/ruleTypes';
import { columnLetter, parseRangeAddress } from '../table/address';
import type { Task, TaskTable } from '../table/model';

/** Why a task's rows are coloured, most urgent first. */
export type HighlightKind = 'overdue' | 'due-soon' | 'unparsed';

/** The kinds from most to least urgent: a task with several gets the first. */
export const HIGHLIGHT_KINDS = [
  'overdue',
  'due-soon',
  'unparsed',
] as const satisfies readonly HighlightKind[];

/**
 * The fill of each kind, "#RRGGBB" (Excel's and CSS's form). Okabe–Ito colours (the palette
 * designed to stay apart for red-green and blue-yellow colour blindness) mixed with white, so
 * black text keeps a contrast of at least 9.4:1 (WCAG AAA asks 7:1):
 * - overdue: vermillion #D55E00, 40 % white → L* 71, contrast 9.4:1 — the darkest, the most urgent;
 * - due-soon: yellow #F0E442, 50 % white → L* 94, contrast 18.2:1;
 * - unparsed: sky blue #56B4E9, 60 % white → L* 88, contrast 15.2:1.
 * Vermillion and yellow look alike to a deuteranope or protanope, so they also differ by 23 in
 * lightness; yellow and blue stay apart on the blue-yellow axis red-green blindness keeps.
 * Smallest CIELAB ΔE between two of them under simulated deuteranopia, protanopia and
 * tritanopia (Machado 2009, full severity): 21.6, 26.5 and 29.6 (about 10 is plainly visible).
 */
export const HIGHLIGHT_FILLS = {
  overdue: '#E69E66',
  'due-soon': '#F8F2A1',
  unparsed: '#BBE1F6',
} as const satisfies Record<HighlightKind, string>;

/** What to colour on one sheet: A1 areas (local, "A7:F9"), each in its kind's fill. */
export type HighlightPlan = { sheet: string; areas: { kind: HighlightKind; address: string }[] };

/** The kind a finding asks for, or null when it is not about a deadline to highlight. */
function kindOf(finding: Finding): HighlightKind | null {
  // deadline_completed_late (done, but late) is information, not a missed deadline.
  if (finding.code === 'deadline_overdue' || finding.code === 'deadline_overdue_carried') {
    return finding.rule === 'deadline-overdue' ? 'overdue' : null;
  }
  if (finding.rule === 'deadline-due-soon') return 'due-soon';
  if (finding.rule === 'deadline-unparsed') return 'unparsed';
  if (finding.rule === 'invalid-date' && finding.code === 'invalid_date') {
    return finding.params.column === 'deadline' ? 'unparsed' : null;
  }
  return null;
}

const urgency: Record<HighlightKind, number> = { overdue: 0, 'due-soon': 1, unparsed: 2 };

/**
 * The rows to colour: each task's whole row span (task.row … task.lastRow) across the table's
 * columns, in the fill of its most urgent kind; adjacent rows of one kind become one area.
 * A finding belongs to the task whose rows hold its cell; findings on other sheets or outside
 * every task are left out.
 */
export function planHighlights(table: TaskTable, findings: readonly Finding[]): HighlightPlan {
  const span = parseRangeAddress(table.range);
  if (!span) return { sheet: table.sheet, areas: [] };
  const tasks = [...table.tasks].sort((a, b) => a.row - b.row);

  const kinds = new Map<Task, HighlightKind>();
  for (const finding of findings) {
    if (finding.sheet !== table.sheet) continue;
    const kind = kindOf(finding);
    const row = parseRangeAddress(finding.cell)?.top;
    if (kind === null || row === undefined) continue;
    const task = taskAt(tasks, row);
    if (!task) continue;
    const current = kinds.get(task);
    if (current === undefined || urgency[kind] < urgency[current]) kinds.set(task, kind);
  }

  const left = columnLetter(span.left);
  const right = columnLetter(span.right);
  const runs: { kind: HighlightKind; top: number; bottom: number }[] = [];
  for (const task of tasks) {
    const kind = kinds.get(task);
    if (kind === undefined) continue;
    const last = runs.at(-1);
    if (last?.kind === kind && last.bottom + 1 === task.row) last.bottom = task.lastRow;
    else runs.push({ kind, top: task.row, bottom: task.lastRow });
  }
  return {
    sheet: table.sheet,
    areas: runs.map(({ kind, top, bottom }) => ({
      kind,
      address:
        top === bottom && left === right ? `${left}${top}` : `${left}${top}:${right}${bottom}`,
    })),
  };
}

/** The task whose rows hold `row` (tasks sorted by row; row spans do not overlap). */
function taskAt(tasks: readonly Task[], row: number): Task | undefined {
  let low = 0;
  let high = tasks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const task = tasks[middle];
    if (!task) return undefined;
    if (row < task.row) high = middle - 1;
    else if (row > task.lastRow) low = middle + 1;
    else return task;
  }
  return undefined;
}

/** How many sheet rows each kind colours (the legend's and the button's counts). */
export function countHighlightRows(plan: HighlightPlan): Record<HighlightKind, number> {
  const counts: Record<HighlightKind, number> = { overdue: 0, 'due-soon': 0, unparsed: 0 };
  for (const area of plan.areas) {
    const range = parseRangeAddress(area.address);
    if (range) counts[area.kind] += range.bottom - range.top + 1;
  }
  return counts;
}
