import { differingFigureLists } from '../compare/differingFigures';
import type { FigureLike } from '../compare/figures';
import { figuresOf } from '../compare/figures';
import type { Rule } from './ruleTypes';
import { analysisOf } from './tableAnalysis';
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
    // Registers repeat rows word for word: read each distinct result once, and compare a row only
    // with the distinct results of its twins (equal texts cannot disagree).
    const figuresByText = new Map<string, FigureLike[]>();
    const figuresOfText = (text: string): FigureLike[] => {
      let figures = figuresByText.get(text);
      if (figures === undefined) {
        figures = figuresOf(text);
        figuresByText.set(text, figures);
      }
      return figures;
    };
    for (const group of analysisOf(input, table, ctx).twins()) {
      const members = group.flatMap((index) => {
        const task = table.tasks[index];
        const cell = task ? taskCell(table, task, 'result') : null;
        return task?.result && cell ? [{ text: task.result, cell }] : [];
      });
      // The first twin of each distinct result, in table order.
      const distinct = new Map<string, string>();
      for (const member of members)
        if (!distinct.has(member.text)) distinct.set(member.text, member.cell);
      if (distinct.size < 2) continue;
      for (const member of members) {
        const reported = new Set<string>();
        for (const [otherText, otherCell] of distinct) {
          if (otherText === member.text) continue;
          const differences = differingFigureLists(
            figuresOfText(member.text),
            figuresOfText(otherText),
          );
          for (const { figure, other: otherFigure } of differences) {
            if (reported.has(figure.key)) continue;
            reported.add(figure.key);
            ctx.report({
              code: 'figure_conflict',
              cell: member.cell,
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
