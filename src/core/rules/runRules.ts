import type { Finding, FindingReport, Rule, RuleInput, RuleOptions } from './ruleTypes';

/** Runs rules over one sheet's reading; findings come back in rule order, then as reported. */
export function runRules(
  rules: readonly Rule[],
  input: RuleInput,
  options: RuleOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const report = (found: FindingReport): void => {
      findings.push({
        ...found,
        rule: rule.id,
        severity: found.severity ?? rule.severity,
        sheet: input.sheet,
      });
    };
    rule.check(input, { ...options, report });
  }
  return findings;
}
