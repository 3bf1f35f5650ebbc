import { countListMismatch } from '../../../src/core/rules/count-list-mismatch';
import { groupCountMismatch } from '../../../src/core/rules/group-count-mismatch';
import { listDuplicateItem } from '../../../src/core/rules/list-duplicate-item';
import { findListClaims, isCountMismatch } from '../../../src/core/rules/listClaims';
import type { Finding } from '../../../src/core/rules/ruleTypes';
import { readTaskTable } from '../../../src/core/table/readTaskTable';
import type { TaskTable } from '../../../src/core/table/model';
import { readTsv } from '../../helpers/fixtures';
import { fixtureGrid, runOn } from './ruleHarness';

/**
 * Every COUNT_LIST and GROUP_COUNT item of gold-findings.tsv. Items in a fixture workbook (the
 * annex table of seed 000 = report 230; Phụ lục I of seed 004 = Thanh Hóa) are judged on the
 * workbook's findings at their row; prose items by running the claim finder on the quote.
 * INCONSISTENT must be found, CONSISTENT must be silent, AMBIGUOUS is counted, not judged.
 */

type Gold = Record<string, string>;
const gold: Gold[] = readTsv('gold-findings.tsv').filter(
  (row) => row.type === 'COUNT_LIST' || row.type === 'GROUP_COUNT',
);

/** Prose items these rules cannot judge from the quote, with the reason. */
const SKIPPED: Record<string, string> = {
  'CL-002': 'the quote elides the list ("… gồm:" ends it): nothing to compare',
  'CL-016': 'the 8 bodies are in footnote 12, which the quote does not hold',
  'GC-013':
    '54 + 18 against the appendix statuses: needs status reading of Phụ lục I, not a list or a heading',
  'GC-014': 'Phụ lục III (25 services, 17 rows) is not a fixture workbook; the quote is its title',
  'GC-016': 'Phụ lục IV rows against its title: not a fixture workbook; needs the rows',
};

/**
 * A quote whose count and list are joined by a footnote ("07 Bộ, ngành[5] đạt … … [5] Bộ Giáo
 * dục …") is read as the report means it: the footnote's list after the count.
 */
function joinFootnote(quote: string): string {
  const m = /^(.*?)\[(\d+)\](.*?)…\s*\[\2\]\s*(.*)$/su.exec(quote);
  if (!m) return quote;
  const [, before = '', , middle = '', list = ''] = m;
  return `${before}${middle.replace(/[\s,.:;]+$/u, '')}: ${list}`;
}

type Outcome = 'mismatch' | 'duplicate' | 'silent';

function judgeProse(quote: string): Outcome[] {
  const claims = findListClaims(joinFootnote(quote));
  const out: Outcome[] = [];
  if (claims.some(isCountMismatch)) out.push('mismatch');
  if (claims.some((claim) => claim.repeated.length > 0)) out.push('duplicate');
  return out.length > 0 ? out : ['silent'];
}

const WORKBOOK_OF_SEED = {
  '000': { file: 'bao-cao-230-cham-muon-T01-2024.xlsx', asOf: '2024-01-31' },
  '004': { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', asOf: '2024-06-28' },
} as const;

function workbookOf(item: Gold): (typeof WORKBOOK_OF_SEED)['000' | '004'] | null {
  const seed = (item.seed_file ?? '').slice(0, 3);
  const location = item.location ?? '';
  if (seed === '000' && location.startsWith('annex table')) return WORKBOOK_OF_SEED['000'];
  if (seed === '004' && /^Phụ lục I\s/u.test(location)) return WORKBOOK_OF_SEED['004'];
  return null;
}

/** The sheet row the item speaks of: its group heading, or the task by section, group, STT. */
function rowOf(table: TaskTable, location: string): number {
  const group = /group (?:([A-Z])\.)?([IVX]+)\b/u.exec(location);
  if (group) {
    const found = table.groups.find(
      (g) => g.label === group[2] && (group[1] === undefined || g.section === group[1]),
    );
    if (found) return found.row;
  }
  const task = /(?:([A-Z])\.([IVX]+),?\s+)?STT (\d+)/u.exec(location);
  if (task) {
    const found = table.tasks.find(
      (t) =>
        t.stt === task[3] &&
        (task[1] === undefined || t.section === task[1]) &&
        (task[2] === undefined || t.group === task[2]),
    );
    if (found) return found.row;
  }
  throw new Error(`cannot place "${location}" in the table`);
}

const rowOfCell = (cell: string): number => Number(/\d+$/u.exec(cell)?.[0]);

async function workbookFindings(
  file: string,
  asOf: string,
): Promise<{ table: TaskTable; findings: Finding[] }> {
  const grid = await fixtureGrid(file as (typeof WORKBOOK_OF_SEED)['000']['file']);
  const read = readTaskTable(grid, { reportDate: asOf });
  if (!read.success) throw new Error(`${file}: no table`);
  const findings = [countListMismatch, listDuplicateItem, groupCountMismatch].flatMap((rule) =>
    runOn(rule, grid, asOf),
  );
  return { table: read.data, findings };
}

function expected(item: Gold): Outcome[] {
  if (item.verdict !== 'INCONSISTENT') return ['silent'];
  if ((item.values ?? '').includes('duplicate=')) return ['duplicate'];
  return ['mismatch'];
}

function outcomeOf(findings: readonly Finding[]): Outcome[] {
  const out: Outcome[] = [];
  if (findings.some((f) => f.code === 'count_list_mismatch' || f.code === 'group_count_mismatch'))
    out.push('mismatch');
  if (findings.some((f) => f.code === 'list_duplicate_item')) out.push('duplicate');
  return out.length > 0 ? out : ['silent'];
}

describe('gold COUNT_LIST and GROUP_COUNT items', () => {
  const tally: Record<string, { checked: number; right: number; skipped: number }> = {};
  const results: { id: string; verdict: string; got: Outcome[]; want: Outcome[] }[] = [];

  beforeAll(async () => {
    const books = new Map<string, Awaited<ReturnType<typeof workbookFindings>>>();
    for (const item of gold) {
      const verdict = item.verdict ?? '';
      const count = (tally[verdict] ??= { checked: 0, right: 0, skipped: 0 });
      const id = item.id ?? '';
      if (verdict === 'AMBIGUOUS' || SKIPPED[id] !== undefined) {
        count.skipped += 1;
        continue;
      }
      const book = workbookOf(item);
      let got: Outcome[];
      if (book) {
        let read = books.get(book.file);
        if (!read) {
          read = await workbookFindings(book.file, book.asOf);
          books.set(book.file, read);
        }
        const row = rowOf(read.table, item.location ?? '');
        got = outcomeOf(read.findings.filter((f) => rowOfCell(f.cell) === row));
      } else {
        got = judgeProse(item.quote ?? '');
      }
      const want = expected(item);
      count.checked += 1;
      if (JSON.stringify(got) === JSON.stringify(want)) count.right += 1;
      results.push({ id, verdict, got, want });
    }
    const lines = Object.entries(tally).map(
      ([verdict, { checked, right, skipped }]) =>
        `${verdict}: checked ${checked}, right ${right}, skipped ${skipped}`,
    );
    const skipped = Object.entries(SKIPPED).map(([id, why]) => `  skipped ${id}: ${why}`);
    console.log([...lines, ...skipped].join('\n'));
  });

  it('covers every item: judged, skipped with a reason, or AMBIGUOUS', () => {
    const judged = results.length;
    const skipped = Object.values(tally).reduce((sum, t) => sum + t.skipped, 0);
    expect(judged + skipped).toBe(gold.length);
    for (const id of Object.keys(SKIPPED)) expect(gold.some((item) => item.id === id)).toBe(true);
  });

  it('finds every INCONSISTENT item and stays silent on every CONSISTENT one', () => {
    expect(results.filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want))).toEqual([]);
  });

  it('reads CL-005 (a quote cut after "Tài chính,") for its repeat only', () => {
    const claims = findListClaims(gold.find((item) => item.id === 'CL-005')?.quote ?? '');
    expect(claims.map((c) => [c.completeness, c.repeated])).toEqual([
      ['examples', [{ item: 'Tài chính', times: 2 }]],
    ]);
  });
});
