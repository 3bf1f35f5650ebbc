import type { Rule } from './ruleTypes';

/**
 * No row of the sheet looks like a task-table header, so nothing else can be checked.
 *
 * Left alone: an empty sheet (`empty_grid`: there is no table to get wrong, and a workbook's
 * spare sheets must not raise errors) and a header with no task rows under it (`no_tasks`: the
 * header was found, so it is not a header problem; an empty register is not an error).
 */
export const headerNotFound: Rule = {
  id: 'header-not-found',
  severity: 'error',
  check(input, ctx) {
    if (input.table !== null) return;
    if (!input.issues.some((issue) => issue.code === 'header_not_found')) return;
    ctx.report({ code: 'header_not_found', cell: 'A1', params: { sheets: [input.sheet] } });
  },
};
