import type { Rule } from './ruleTypes';
import { isCountMismatch, taskTextCells } from './listClaims';
import { analysisOf } from './tableAnalysis';

/**
 * "16 bộ, ngành chưa hoàn thành, gồm: <15 bodies>": a stated count over a complete list naming
 * another number of bodies, in any text cell of a task. Registered names are never split
 * ("Lao động, Thương binh và Xã hội"), and two bodies in one item count two ("Thanh tra Chính
 * phủ, Bảo hiểm Xã hội Việt Nam"). Partial lists ("điển hình là", "như:", "trong đó", "…",
 * "v.v.") are not compared; a body named twice is list-duplicate-item's.
 */
export const countListMismatch: Rule = {
  id: 'count-list-mismatch',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const analysis = analysisOf(input, table, ctx);
    for (const task of table.tasks) {
      for (const { cell, text } of taskTextCells(table, task)) {
        for (const claim of analysis.listClaims(cell, text)) {
          if (!isCountMismatch(claim) || claim.stated === null) continue;
          ctx.report({
            code: 'count_list_mismatch',
            cell,
            params: {
              stated: claim.stated,
              listed: claim.items.length,
              noun: claim.noun,
              items: claim.items.map((item) => item.name),
            },
          });
        }
      }
    }
  },
};
