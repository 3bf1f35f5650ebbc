import type { Rule, RuleId } from './ruleTypes';

/**
 * The registry: every rule, by id. The compiler checks it covers every id of `ruleIdSchema`;
 * meta-tests check each rule has its file, a test and messages in every locale.
 */
export const rules = {} satisfies Partial<Record<RuleId, Rule>>;

/** The rules in registry order. */
export const allRules: readonly Rule[] = Object.values(rules);
