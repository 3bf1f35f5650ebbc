import type { Severity } from '../core/report/reportSchema';
import { severitySchema } from '../core/report/reportSchema';
import type { Finding, RuleId } from '../core/rules/ruleTypes';
import { foldForMatch } from '../core/text/normalizeText';

/** Severities, most severe first. */
export const severities: readonly Severity[] = severitySchema.options;

/** A finding as the list shows it: a key that survives a re-run, and its words. */
export type ListedFinding = { key: string; finding: Finding; message: string; folded: string };

/** The findings of one rule, in the order the rule reported them. */
export type FindingGroup = {
  rule: RuleId;
  /** The most severe of its findings. */
  severity: Severity;
  items: ListedFinding[];
};

/** What the user filters by: the severities shown, and words to look for. */
export type FindingFilter = { shown: ReadonlySet<Severity>; text: string };

/**
 * Each finding with its message and a key made of rule, code, sheet and cell (numbered when a
 * cell has the same finding twice), so the selected finding stays selected when the rules re-run.
 */
export function listFindings(
  findings: readonly Finding[],
  describe: (finding: Finding) => string,
  ruleName: (rule: RuleId) => string,
): ListedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.rule}|${finding.code}|${finding.sheet}!${finding.cell}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const message = describe(finding);
    return {
      key: `${base}#${String(n)}`,
      finding,
      message,
      folded: foldForMatch(`${finding.cell} ${ruleName(finding.rule)} ${message}`),
    };
  });
}

/** The findings the filter lets through: a shown severity, and every word of the text. */
export function filterFindings(
  listed: readonly ListedFinding[],
  filter: FindingFilter,
): ListedFinding[] {
  // Accent- and case-insensitive, as headers are matched: "qua han" finds "Quá hạn".
  const words = foldForMatch(filter.text).split(/\s+/).filter(Boolean);
  return listed.filter(
    (item) =>
      filter.shown.has(item.finding.severity) && words.every((word) => item.folded.includes(word)),
  );
}

/** Findings grouped by rule; groups ordered by severity, then by where their rule came first. */
export function groupFindings(listed: readonly ListedFinding[]): FindingGroup[] {
  const groups = new Map<RuleId, FindingGroup>();
  for (const item of listed) {
    const group = groups.get(item.finding.rule);
    if (group) {
      group.items.push(item);
      if (rank(item.finding.severity) < rank(group.severity))
        group.severity = item.finding.severity;
    } else {
      groups.set(item.finding.rule, {
        rule: item.finding.rule,
        severity: item.finding.severity,
        items: [item],
      });
    }
  }
  // Array.prototype.sort is stable: equal severities keep the rules' order.
  return [...groups.values()].sort((a, b) => rank(a.severity) - rank(b.severity));
}

/** How many findings have each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * The next (step 1) or previous (step -1) position in a list of `length`, wrapping at the ends;
 * from no position (-1), next is the first and previous the last. -1 for an empty list.
 */
export function stepPosition(position: number, length: number, step: 1 | -1): number {
  if (length === 0) return -1;
  if (position < 0 || position >= length) return step === 1 ? 0 : length - 1;
  return (position + step + length) % length;
}

function rank(severity: Severity): number {
  return severities.indexOf(severity);
}
