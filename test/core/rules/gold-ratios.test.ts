import { ratioMismatch } from '../../../src/core/rules/ratio-mismatch';
import { partExceedsWhole } from '../../../src/core/rules/part-exceeds-whole';
import { findRatioClaims, ratioAgrees } from '../../../src/core/parse/figureClaims';
import { readFigures } from '../../../src/core/parse/findFigures';
import type { Finding } from '../../../src/core/rules/ruleTypes';
import { WORKBOOKS, loadWorkbook, readTsv } from '../../helpers/fixtures';
import { runOn } from './ruleHarness';

/**
 * Every RATIO item of gold-findings.tsv. Items whose cell is in a fixture workbook are checked on
 * that workbook's findings; the others by running the rule's logic on the quote. Items that
 * cannot be checked are listed with the reason, never dropped.
 */

type Verdict = 'INCONSISTENT' | 'CONSISTENT' | 'NOT_CHECKABLE';

/** Gold items whose cell is in a fixture workbook: file and result cell (checked by hand). */
const IN_WORKBOOK: Record<string, { file: (typeof WORKBOOKS)[number]['file']; cell: string }> = {
  'RA-002': { file: 'bao-cao-230-cham-muon-T01-2024.xlsx', cell: 'F24' },
  'RA-015': { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', cell: 'F40' },
  'RA-016': { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', cell: 'F53' },
  'RA-017': { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', cell: 'F53' },
  'RA-018': { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', cell: 'F53' },
  'RA-019': { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', cell: 'F53' },
  'RA-022': { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', cell: 'F16' },
};

/** Items the rules cannot decide, with the reason. */
const SKIPPED: Record<string, string> = {
  'RA-002':
    'the whole (1.086 thủ tục hành chính, "535/1.086") is in the report body §II.2.1, not on the annex sheet; share_mismatch needs the whole on the same sheet',
  'RA-006':
    'the denominator (5.020.547 người hưởng ASXH) is in the same paragraph of the report but not in the quote',
  'RA-022':
    'no denominator is stated: the conflict is between two implied village counts (2 thôn ↔ 0,05%, 11 thôn ↔ 0,35%)',
};

const rows = readTsv('gold-findings.tsv').filter((row) => row.type === 'RATIO');

/** The number of the item in `values` ("num=3183845; den=3224669; …"). */
const valueOf = (values: string, name: string): number | null => {
  const found = new RegExp(`${name}=([0-9.]+)`).exec(values);
  return found ? Number(found[1]) : null;
};

/** What the rules say of a quote: flagged when a fraction and its percentage disagree, or a part exceeds its whole. */
function flagsQuote(quote: string): { flagged: boolean; claims: number } {
  const text = readFigures(quote);
  const { ratios } = findRatioClaims(text);
  const disagree = ratios.some(
    ({ fraction, percent }) =>
      !ratioAgrees(fraction.value, fraction.whole ?? 0, percent.value, percent.decimals),
  );
  const exceeds = text.figures.some(
    (figure) => figure.kind === 'fraction' && figure.whole !== null && figure.value > figure.whole,
  );
  return { flagged: disagree || exceeds, claims: ratios.length };
}

describe('gold RATIO items', () => {
  const findings = new Map<string, Finding[]>();

  beforeAll(async () => {
    for (const { file, reportDate } of WORKBOOKS) {
      const grids = await loadWorkbook(file);
      findings.set(
        file,
        grids.flatMap((grid) => [
          ...runOn(ratioMismatch, grid, reportDate),
          ...runOn(partExceedsWhole, grid, reportDate),
        ]),
      );
    }
  });

  it('has the 46 items this test was written against', () => {
    expect(rows).toHaveLength(46);
  });

  it('agrees with every checkable verdict and lists what it skips', () => {
    const tally: Record<string, { checked: number; right: number; skipped: string[] }> = {};
    const wrong: string[] = [];
    for (const row of rows) {
      const id = row.id ?? '';
      const verdict = (row.verdict ?? '') as Verdict;
      const entry = (tally[verdict] ??= { checked: 0, right: 0, skipped: [] });
      const place = IN_WORKBOOK[id];
      let flagged: boolean;
      if (place !== undefined) {
        const inCell = (findings.get(place.file) ?? []).filter((f) => f.cell === place.cell);
        const num = valueOf(row.values ?? '', 'num');
        flagged = inCell.some((f) => 'part' in f.params && f.params.part === num);
      } else {
        if (!/\d/.test(row.quote ?? '')) {
          // The rule cannot read a quote without numbers; its tolerance still judges the values.
          const stated = /stated=([0-9.]+)/.exec(row.values ?? '')?.[1] ?? '';
          const agrees = ratioAgrees(
            valueOf(row.values ?? '', 'num') ?? 0,
            valueOf(row.values ?? '', 'den') ?? 0,
            Number(stated),
            stated.split('.')[1]?.length ?? 0,
          );
          expect({ id, agrees }).toEqual({ id, agrees: verdict === 'CONSISTENT' });
          entry.skipped.push(
            `${id}: the quote is a table row's name without its numbers (its values agree under the rule's tolerance)`,
          );
          continue;
        }
        flagged = flagsQuote(row.quote ?? '').flagged;
      }
      const skip = SKIPPED[id];
      if (skip !== undefined) {
        // Skipped items must stay silent rather than be flagged for a wrong reason.
        expect({ id, flagged }).toEqual({ id, flagged: false });
        entry.skipped.push(`${id}: ${skip}`);
        continue;
      }
      entry.checked += 1;
      const right = verdict === 'INCONSISTENT' ? flagged : !flagged;
      if (right) entry.right += 1;
      else wrong.push(`${id} ${verdict} flagged=${String(flagged)}`);
    }
    process.stdout.write(
      `gold RATIO: ${Object.entries(tally)
        .map(
          ([verdict, t]) =>
            `\n  ${verdict}: checked ${t.checked}, right ${t.right}, skipped ${t.skipped.length}${t.skipped
              .map((s) => `\n    - ${s}`)
              .join('')}`,
        )
        .join('')}\n`,
    );
    expect(wrong).toEqual([]);
    expect(
      Object.fromEntries(
        Object.entries(tally).map(([v, t]) => [v, [t.checked, t.right, t.skipped.length]]),
      ),
    ).toMatchInlineSnapshot(`
     {
       "CONSISTENT": [
         17,
         17,
         23,
       ],
       "INCONSISTENT": [
         1,
         1,
         3,
       ],
       "NOT_CHECKABLE": [
         2,
         2,
         0,
       ],
     }
    `);
  });
});
