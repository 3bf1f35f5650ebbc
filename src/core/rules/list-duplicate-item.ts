import type { Rule } from './ruleTypes';
import { type ListClaim, findBareAgencyList, taskTextCells } from './listClaims';
import { analysisOf } from './tableAnalysis';

/**
 * A list naming the same body twice ("14 bộ, ngành: …, Tài chính, …, Tài chính, …"): once per
 * repeated body, at the cell. Counted lists in any text cell; lists without a count in the lead
 * and partners cells. Two units told apart by a note ("Bộ Công an (C06)") are not a repeat.
 */
export const listDuplicateItem: Rule = {
  id: 'list-duplicate-item',
  severity: 'warning',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    const analysis = analysisOf(input, table, ctx);
    for (const task of table.tasks) {
      for (const { role, cell, text } of taskTextCells(table, task)) {
        const claims: ListClaim[] = [...analysis.listClaims(cell, text)];
        if (role === 'lead' || role === 'partners') {
          const bare = findBareAgencyList(text);
          if (bare !== null) claims.push(bare);
        }
        for (const claim of claims) {
          for (const { item, times } of claim.repeated) {
            ctx.report({
              code: 'list_duplicate_item',
              cell,
              params: { item, times, stated: claim.stated, distinct: claim.distinct },
            });
          }
        }
      }
    }
  },
};
