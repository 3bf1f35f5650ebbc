import type { Rule } from './ruleTypes';
import { findRatioClaims, percentOf, ratioAgrees } from '../parse/figureClaims';
import { foldPhrase } from '../text/fuzzy';
import { analysisOf } from './tableAnalysis';

/**
 * A percentage that is not its fraction: "N/M … (P%)", "N/M … đạt P%", "đạt P% (N/M)" →
 * ratio_mismatch. P may be rounded or truncated to the digits written ("98,73%" for 98,7340 is
 * right, "98,74%" is not). "N … (chiếm P%)" is checked against the whole the same sheet states
 * for the same noun in a fraction ("535/1.086 thủ tục hành chính") → share_mismatch; when the
 * sheet states no such whole, or several, or one smaller than N, it stays silent. Bounds ("đạt
 * trên 90%") are not checked.
 */
export const ratioMismatch: Rule = {
  id: 'ratio-mismatch',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const cells = analysisOf(input, table, ctx).figureCells();
    const wholes = new Map<string, { whole: number; cell: string }[]>();
    for (const { cell, figures } of cells) {
      for (const figure of figures.figures) {
        if (figure.kind !== 'fraction' || figure.whole === null || figure.noun === '') continue;
        const key = foldPhrase(figure.noun);
        wholes.set(key, [...(wholes.get(key) ?? []), { whole: figure.whole, cell }]);
      }
    }
    for (const { cell, figures } of cells) {
      const { ratios, shares } = findRatioClaims(figures);
      for (const { fraction, percent } of ratios) {
        const whole = fraction.whole ?? 0;
        if (ratioAgrees(fraction.value, whole, percent.value, percent.decimals)) continue;
        ctx.report({
          code: 'ratio_mismatch',
          cell,
          params: {
            part: fraction.value,
            whole,
            stated: percent.value,
            computed: percentOf(fraction.value, whole),
          },
        });
      }
      for (const { count, percent } of shares) {
        if (count.noun === '') continue;
        const candidates = (wholes.get(foldPhrase(count.noun)) ?? []).filter(
          (candidate) => candidate.whole >= count.value,
        );
        const values = new Set(candidates.map((candidate) => candidate.whole));
        const [found] = candidates;
        if (values.size !== 1 || found === undefined) continue;
        if (ratioAgrees(count.value, found.whole, percent.value, percent.decimals)) continue;
        ctx.report({
          code: 'share_mismatch',
          cell,
          params: {
            part: count.value,
            whole: found.whole,
            wholeCell: found.cell,
            stated: percent.value,
            computed: percentOf(count.value, found.whole),
          },
        });
      }
    }
  },
};
