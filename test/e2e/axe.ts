import { readFileSync } from 'node:fs';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What fails a page: the two top impacts; minor and moderate ones are printed, not failed. */
const FAILING: readonly Axe.ImpactValue[] = ['serious', 'critical'];

/** One violation as the report prints it. */
type Violation = {
  id: string;
  impact: Axe.ImpactValue | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
};

let axeSource: string | null = null;

/**
 * Runs axe-core on the whole page as it is now and throws, listing them readably, when a rule
 * fails with a serious or critical impact. `label` names the view in the message.
 */
export async function checkAxe(page: Page, label: string): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (): Promise<Violation[]> => {
    const { axe } = window as unknown as { axe: typeof Axe };
    // Fluent's focus manager (Tabster) puts focusable aria-hidden <i data-tabster-dummy> around
    // toolbars and tab lists; they only pass focus on. A known false positive of aria-hidden-focus
    // (microsoft/tabster#288), left out as Accessibility Insights does; they hold no content.
    const results = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        summary: node.failureSummary ?? '',
      })),
    }));
  });
  const failing = violations.filter(
    (violation) => violation.impact !== null && FAILING.includes(violation.impact),
  );
  const others = violations.filter((violation) => !failing.includes(violation));
  if (others.length > 0) {
    // Worth seeing, not worth failing: one line, the rule ids and how many nodes.
    const list = others.map((violation) => `${violation.id} (${violation.nodes.length})`);
    console.info(`axe, ${label}: minor or moderate: ${list.join(', ')}`);
  }
  if (failing.length > 0) {
    throw new Error(
      `axe, ${label}: ${failing.length} serious or critical violation(s)\n${failing.map(formatViolation).join('\n')}`,
    );
  }
}

function formatViolation(violation: Violation): string {
  const nodes = violation.nodes.map(
    (node) => `    at ${node.target}\n      ${node.summary.replace(/\n/g, '\n      ')}`,
  );
  return [
    `  [${violation.impact ?? 'no impact'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...nodes,
  ].join('\n');
}
