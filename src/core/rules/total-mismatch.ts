import type { Rule } from './ruleTypes';
import { findTotalClaims, sumOf } from '../parse/figureClaims';
import { analysisOf } from './tableAnalysis';

/**
 * A stated total whose stated parts, in the same cell, do not add up to it: "72 nhiệm vụ, trong
 * đó 54 nhiệm vụ hoàn thành, 18 nhiệm vụ đang chờ", "9,293 tỷ đồng (trong đó: … 5,736 tỷ đồng …
 * 120 triệu đồng …)". Only where the text says the parts make up the total ("trong đó", "gồm",
 * "bao gồm", "chia ra", "cụ thể") and names two or more parts of the same noun; a single
 * sub-count ("14 bộ, ngành …, trong đó có 07 bộ, ngành …") is not a partition.
 */
export const totalMismatch: Rule = {
  id: 'total-mismatch',
  severity: 'warning',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    for (const { cell, figures } of analysisOf(input, table, ctx).figureCells()) {
      for (const { total, parts } of findTotalClaims(figures)) {
        const sum = sumOf(parts);
        if (Math.abs(sum - total.value) <= 1e-6 * Math.max(1, total.value)) continue;
        ctx.report({
          code: 'total_mismatch',
          cell,
          params: { total: total.value, parts: parts.map((part) => part.value), sum },
        });
      }
    }
  },
};
