import type { Finding, FindingReport, Rule, RuleInput, RuleOptions } from './ruleTypes';
import { createTableAnalysis } from './tableAnalysis';

/**
 * Runs rules over one sheet's reading; findings come back in rule order, then as reported. The
 * rules share one analysis of the table, so what several of them read is computed once.
 */
export function runRules(
  rules: readonly Rule[],
  input: RuleInput,
  options: RuleOptions,
): Finding[] {
  const findings: Finding[] = [];
  const shared: RuleInput =
    input.table === null
      ? input
      : { ...input, analysis: createTableAnalysis(input.table, options.asOf) };
  for (const rule of rules) {
    const report = (found: FindingReport): void => {
      findings.push({
        ...found,
        rule: rule.id,
        severity: found.severity ?? rule.severity,
        sheet: input.sheet,
      });
    };
    rule.check(shared, { ...options, report });
  }
  return findings;
}
