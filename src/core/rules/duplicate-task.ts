import type { Rule } from './ruleTypes';
import { analysisOf } from './tableAnalysis';
import { taskCell } from './taskCell';

/** At most this many other cells are named per finding, so a table pasted twice stays readable. */
export const MAX_DUPLICATE_CELLS = 20;

/**
 * The same task text in two or more rows (after normalisation: HTML, case, accents, punctuation,
 * spacing, a leading bullet or number). Each row is reported, naming the others' task cells.
 *
 * Left alone (see `taskKey` and `findTwins`): texts of fewer than five words ("Thực hiện",
 * "Báo cáo định kỳ"); texts that differ in a number or a name; the same words given to different
 * lead agencies.
 */
export const duplicateTask: Rule = {
  id: 'duplicate-task',
  severity: 'warning',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    for (const group of analysisOf(input, table, ctx).twins()) {
      const cells = group.flatMap((index) => {
        const task = table.tasks[index];
        const cell = task === undefined ? null : taskCell(table, task, 'task');
        return cell === null ? [] : [cell];
      });
      const named = cells.slice(0, MAX_DUPLICATE_CELLS + 1);
      for (const cell of cells) {
        const others = named.filter((other) => other !== cell).slice(0, MAX_DUPLICATE_CELLS);
        ctx.report({ code: 'duplicate_task', cell, params: { others } });
      }
    }
  },
};
