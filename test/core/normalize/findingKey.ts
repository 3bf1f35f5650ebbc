import type { Finding, FindingCode, FindingParams } from '../../../src/core/rules/ruleTypes';

/** Every param name of every finding code. */
type ParamName = { [C in FindingCode]: keyof FindingParams[C] }[FindingCode];

/**
 * Params that say where, not what: cells, rows and sheets move when a table is laid out anew.
 * Every other param (texts, numbers, statuses, dates) must survive normalisation as it is.
 */
const LOCATION_PARAMS: ReadonlySet<string> = new Set<ParamName>([
  'firstCell',
  'others',
  'otherCell',
  'wholeCell',
  'otherSheet',
  'otherFile',
  'sheets',
]);

/** A finding without its location: rule, code and the params that say what was found. */
export function findingKey(finding: Finding): string {
  const params = Object.entries(finding.params)
    .filter(([name]) => !LOCATION_PARAMS.has(name))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([finding.rule, finding.code, params]);
}

/** Findings as a sorted list of keys: equal lists are equal multisets. */
export function findingKeys(findings: readonly Finding[]): string[] {
  return findings.map(findingKey).sort();
}
