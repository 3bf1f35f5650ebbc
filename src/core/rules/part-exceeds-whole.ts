import type { Rule } from './ruleTypes';
import { analysisOf } from './tableAnalysis';

/**
 * A progress fraction "N/M <noun>" with N > M ("65/63 địa phương"). Only fractions that count
 * something: dates ("15/12/2023", "ngày 31/12"), document numbers ("107/2021/NĐ-CP") and ratings
 * ("220/380V") are not fractions, and a bare "N/M" without a noun is left alone.
 */
export const partExceedsWhole: Rule = {
  id: 'part-exceeds-whole',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    for (const { cell, figures } of analysisOf(input, table, ctx).figureCells()) {
      for (const figure of figures.figures) {
        if (figure.kind !== 'fraction' || figure.whole === null || figure.noun === '') continue;
        if (figure.value <= figure.whole) continue;
        ctx.report({
          code: 'part_exceeds_whole',
          cell,
          params: { part: figure.value, whole: figure.whole, text: figure.text },
        });
      }
    }
  },
};
