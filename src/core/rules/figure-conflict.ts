import { differingFigures } from '../compare/differingFigures';
import { findTwins } from './findTwins';
import type { Rule } from './ruleTypes';
import { taskCell } from './taskCell';

/**
 * Two rows of the same task (the twins `duplicate-task` reports) whose results state the same
 * quantity — same noun phrase and polarity — with different values: "Còn 551 thủ tục hành chính
 * chưa được thực thi" and "Còn 558 thủ tục hành chính chưa được thực thi" in one table, which has
 * one report date. Each row is reported once per quantity, pointing to the first twin that
 * disagrees. Figures of other sheets, files and periods are compared by `compare/compareTables`.
 *
 * Left alone: different nouns ("551 thủ tục" against "558 hồ sơ"), done against remaining
 * quantities, and a quantity stated a different number of times in the two results.
 */
export const figureConflict: Rule = {
  id: 'figure-conflict',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    for (const group of findTwins(table.tasks)) {
      for (const index of group) {
        const task = table.tasks[index];
        if (task === undefined) continue;
        const cell = taskCell(table, task, 'result');
        if (cell === null) continue;
        const reported = new Set<string>();
        for (const otherIndex of group) {
          const other = table.tasks[otherIndex];
          if (otherIndex === index || other === undefined) continue;
          const otherCell = taskCell(table, other, 'result');
          if (otherCell === null) continue;
          for (const { figure, other: otherFigure } of differingFigures(
            task.result,
            other.result,
          )) {
            if (reported.has(figure.key)) continue;
            reported.add(figure.key);
            ctx.report({
              code: 'figure_conflict',
              cell,
              params: {
                noun: figure.noun,
                value: figure.value,
                otherValue: otherFigure.value,
                otherCell,
                otherSheet: input.sheet,
                otherFile: null,
              },
            });
          }
        }
      }
    }
  },
};
