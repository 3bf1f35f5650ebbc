import type { Rule } from './ruleTypes';

/**
 * A group heading stating its number of tasks ("II. Nhiệm vụ cụ thể … (10 nhiệm vụ)") over
 * another number of task rows, at the heading's cell.
 */
export const groupCountMismatch: Rule = {
  id: 'group-count-mismatch',
  severity: 'error',
  check(input, ctx) {
    const table = input.table;
    if (table === null) return;
    for (const group of table.groups) {
      if (group.statedCount === null || group.statedCount === group.taskCount) continue;
      ctx.report({
        code: 'group_count_mismatch',
        cell: group.cell,
        params: {
          group: group.label === '' ? group.title : group.label,
          stated: group.statedCount,
          counted: group.taskCount,
        },
      });
    }
  },
};
