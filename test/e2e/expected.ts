import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { reportSchema } from '../../src/core/report/reportSchema';
import type { ReportTable } from '../../src/core/report/reportSchema';
import { ruleIdSchema } from '../../src/core/rules/ruleTypes';
import type { RuleId } from '../../src/core/rules/ruleTypes';
import { fixturePath } from '../helpers/fixtures';

/** The demo's default sample, as the contract names it. */
export const SAMPLE = 'bao-cao-230-cham-muon-T01-2024.xlsx';

/** The report date printed in the sample's title, which the pane offers. */
export const SAMPLE_REPORT_DATE = '2024-01-31';

/**
 * What `da06 check SAMPLE --as-of 2024-01-31 --format json` says about the sample's one table: the
 * browser must show the same, since the pane and the command line share the core.
 */
export function expectedSampleCheck(): ReportTable {
  const cli = spawnSync(
    process.execPath,
    [
      join(__dirname, '..', '..', 'bin', 'da06.js'),
      'check',
      fixturePath(SAMPLE),
      '--as-of',
      SAMPLE_REPORT_DATE,
      '--format',
      'json',
    ],
    { encoding: 'utf8' },
  );
  // Exit code 1 means "the table has errors": expected here. 2 means the command failed.
  if (cli.status !== 0 && cli.status !== 1) {
    throw new Error(`da06 check failed (${String(cli.status)}): ${cli.stderr}`);
  }
  const report = reportSchema.parse(JSON.parse(cli.stdout));
  const [table, ...more] = report.files.flatMap((file) => file.tables);
  if (!table || more.length > 0) throw new Error(`${SAMPLE} should hold exactly one table`);
  return table;
}

/** How many findings each rule reported. */
export function countByRule(table: ReportTable): Map<RuleId, number> {
  const counts = new Map<RuleId, number>();
  for (const finding of table.findings) {
    const rule = ruleIdSchema.parse(finding.rule);
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  return counts;
}
