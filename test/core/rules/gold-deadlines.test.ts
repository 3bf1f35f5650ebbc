/**
 * The DEADLINE items of gold-findings.tsv, checked against the deadline rules. Each item is
 * resolved to real tasks where the fixtures hold them — "annex table A.II.3" (seed 000) is report
 * 230's annex by section/group/STT, as of 2024-01-31; "Phụ lục I STT 14, 46, 65" (seed 004) is
 * the Thanh Hóa appendix by STT, as of 2024-06-28 — and otherwise to one-task tables built from
 * the item's values (prose, other documents, Phụ lục II, and "annex B.II STT 2 (Kết quả)", which
 * is about an expected date in a result, not the task's own deadline): the deadline text, else the
 * ISO date(s), the status (NOT_DONE when none is given), as of the item's report or issue date,
 * else the latest report date of the documents it draws on.
 */
import { checkGrid } from '../../../src/core/check/checkGrid';
import type { IsoDate } from '../../../src/core/parse/deadlineSchema';
import { deadlineDueSoon } from '../../../src/core/rules/deadline-due-soon';
import { deadlineMissing } from '../../../src/core/rules/deadline-missing';
import { deadlineOverdue } from '../../../src/core/rules/deadline-overdue';
import type { Finding } from '../../../src/core/rules/ruleTypes';
import type { Task } from '../../../src/core/table/model';
import { WORKBOOKS, gridOf, loadWorkbook, readTsv } from '../../helpers/fixtures';
import { HEADER, rowOf } from '../deadlines/ruleHarness';

const RULES = [deadlineOverdue, deadlineDueSoon, deadlineMissing];
const CHECKED = [
  'OVERDUE',
  'NOT_OVERDUE',
  'NOT_DETERMINABLE',
  'DUE_SOON',
  'LATE_COMPLETION',
] as const;
/** Judged elsewhere (or by no rule): deadline forms, ambiguous cases, cross-document comparisons. */
const OUT_OF_SCOPE = ['AMBIGUOUS', 'CONSISTENT', 'INCONSISTENT', 'FORM'];
type Verdict = (typeof CHECKED)[number];

/** The workbook each seed document became, whose report date is the seed's date. */
const SEED_WORKBOOK: Record<string, (typeof WORKBOOKS)[number]['file']> = {
  '000': 'bao-cao-230-cham-muon-T01-2024.xlsx',
  '002': 'chi-thi-05-2023-phu-luc.xlsx',
  '003': 'thong-bao-4318-2024-nhiem-vu.xlsx',
  '004': 'thanh-hoa-phu-luc-I-06-2024.xlsx',
};

type Item = {
  id: string;
  verdict: Verdict;
  seeds: string[];
  location: string;
  quote: string;
  values: Record<string, string>;
  /** Raw values, for the forms without keys ("2023-02-28 → … → done 2024-06-10"). */
  rawValues: string;
};

/** One task an item speaks of, checked as of a date. */
type Case = { label: string; task: Task; findings: Finding[] };

const gold = readTsv('gold-findings.tsv').filter((row) => row.type === 'DEADLINE');
const items: Item[] = gold
  .filter((row) => (CHECKED as readonly string[]).includes(row.verdict ?? ''))
  .map((row) => ({
    id: row.id ?? '',
    verdict: row.verdict as Verdict,
    seeds: (row.seed_file ?? '').split(',').map((s) => s.trim().slice(0, 3)),
    location: row.location ?? '',
    quote: row.quote ?? '',
    values: parseValues(row.values ?? ''),
    rawValues: row.values ?? '',
  }));
const counts = Object.fromEntries(
  CHECKED.map((v) => [v, items.filter((item) => item.verdict === v).length]),
) as Record<Verdict, number>;
const summary = CHECKED.map((v) => `${v} ${counts[v]}`).join(', ');

/** "deadline_text=Năm 2022; iso=2022-12-31; status=NOT_DONE" → a record. */
function parseValues(values: string): Record<string, string> {
  const record: Record<string, string> = {};
  for (const part of values.split(/;\s*/)) {
    const eq = part.indexOf('=');
    if (eq > 0) record[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return record;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const dmy = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
};

function reportDateOf(seed: string): IsoDate {
  const file = SEED_WORKBOOK[seed];
  const workbook = WORKBOOKS.find((w) => w.file === file);
  if (workbook === undefined) throw new Error(`no workbook for seed ${seed}`);
  return workbook.reportDate;
}

const workbookChecks = new Map<string, ReturnType<typeof checkGrid>>();
async function checkWorkbook(seed: string): Promise<ReturnType<typeof checkGrid>> {
  const file = SEED_WORKBOOK[seed] ?? '';
  const cached = workbookChecks.get(file);
  if (cached) return cached;
  const [grid] = await loadWorkbook(file);
  if (grid === undefined) throw new Error(`no sheet in ${file}`);
  const result = checkGrid(grid, { asOf: reportDateOf(seed), rules: RULES });
  workbookChecks.set(file, result);
  return result;
}

function casesIn(result: ReturnType<typeof checkGrid>, tasks: Task[], label: string): Case[] {
  return tasks.map((task) => ({
    label: `${label} (row ${task.row})`,
    task,
    findings: result.findings.filter((f) => f.cell === task.cells.deadline),
  }));
}

/** The result text that reads as a status. */
const RESULT_OF: Record<string, string> = {
  NOT_DONE: 'Chưa hoàn thành',
  IN_PROGRESS: 'Đang thực hiện',
  UNKNOWN: '',
};

/** A one-task table from an item's values, checked as of its date. */
function syntheticCases(item: Item): Case[] {
  const v = item.values;
  // The item's own date, else the latest report date of the documents it draws on.
  const asOf =
    [v.report_date, v.issue].find((d) => d !== undefined && ISO.test(d)) ??
    item.seeds.map(reportDateOf).sort().at(-1) ??
    '';
  const chain =
    item.rawValues.includes('→') && !item.rawValues.includes('=')
      ? item.rawValues.split('→').map((s) => s.trim())
      : null;
  const done = v.done ?? chain?.find((s) => s.startsWith('done'))?.replace(/^done\s+/, '') ?? null;
  let deadlines: string[][];
  if (chain !== null) {
    // A deadline moved from document to document: one cell, revised line by line.
    deadlines = [chain.filter((s) => ISO.test(s)).map(dmy)];
  } else if (v.deadlines !== undefined) {
    // "2024-05-30/31": several tasks, one per day.
    const [first = '', ...days] = v.deadlines.split('/');
    deadlines = [[dmy(first)], ...days.map((d) => [dmy(`${first.slice(0, 8)}${d}`)])];
  } else if (v.deadline_text !== undefined && v.deadline_text !== '(blank)') {
    deadlines = [[v.deadline_text]];
  } else if (v.iso !== undefined && ISO.test(v.iso)) {
    deadlines = [[dmy(v.iso)]];
  } else if (v.due !== undefined || v.original !== undefined) {
    // `original` then `due` is the table's own revision; a `reset` comes from another document
    // after the original had passed, so the table under check still holds the original.
    deadlines = [[v.original, v.due].filter((d): d is string => d !== undefined).map(dmy)];
  } else {
    deadlines = [['']];
  }
  const tasks = v.tasks?.split(',') ?? [''];
  const status = item.verdict === 'LATE_COMPLETION' ? 'DONE' : (v.status ?? 'NOT_DONE');
  const result =
    status === 'DONE'
      ? `Đã hoàn thành${done === null ? '' : ` ngày ${dmy(done)}`}`
      : (RESULT_OF[status] ?? '');
  const rows = deadlines.flatMap((lines) =>
    tasks.map((name) => ({
      task: `${name} ${item.quote}`.trim(),
      deadline: lines.join('\n'),
      result,
    })),
  );
  const grid = gridOf([HEADER, ...rows.map((row, i) => rowOf(row, i + 1))]);
  const checked = checkGrid(grid, { asOf, rules: RULES });
  if (checked.table === null) throw new Error(`${item.id}: table not read`);
  for (const task of checked.table.tasks) expect(task.status.status).toBe(status);
  return casesIn(checked, checked.table.tasks, `${item.id} as of ${asOf}`);
}

async function casesOf(item: Item): Promise<Case[]> {
  const annex = /annex table ([A-Z])\.([IVX]+)\.(\d+)/.exec(item.location);
  if (annex !== null && item.seeds[0] === '000') {
    const [, section, group, stt] = annex;
    const result = await checkWorkbook('000');
    const tasks = (result.table?.tasks ?? []).filter(
      (t) => t.section === section && t.group === group && t.stt === stt,
    );
    expect(tasks).toHaveLength(1);
    return casesIn(result, tasks, `${item.id} annex ${section}.${group}.${stt}`);
  }
  const appendix = /Phụ lục I STT ([\d, ]+)/.exec(item.location);
  if (appendix !== null && item.seeds.includes('004')) {
    const stts = (appendix[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const result = await checkWorkbook('004');
    const tasks = (result.table?.tasks ?? []).filter((t) => stts.includes(t.stt ?? ''));
    expect(tasks).toHaveLength(stts.length);
    return casesIn(result, tasks, `${item.id} Phụ lục I STT ${stts.join(', ')}`);
  }
  return syntheticCases(item);
}

const isOverdue = (f: Finding): boolean =>
  f.code === 'deadline_overdue' || f.code === 'deadline_overdue_carried';

describe('gold DEADLINE items', () => {
  it('every DEADLINE verdict is either checked here or named out of scope (nothing skipped silently)', () => {
    const unknown = gold.filter(
      (row) =>
        !(CHECKED as readonly string[]).includes(row.verdict ?? '') &&
        !OUT_OF_SCOPE.includes(row.verdict ?? ''),
    );
    expect(unknown).toEqual([]);
    expect(items.length).toBe(58);
  });

  describe(`checked: ${summary} — ${items.length} items`, () => {
    it.each(items)('$id $verdict: $location', async (item) => {
      const cases = await casesOf(item);
      expect(cases.length).toBeGreaterThan(0);
      for (const { label, task, findings } of cases) {
        const codes = findings.map((f) => f.code);
        const context = `${label}: ${task.deadline.kind} ${JSON.stringify(findings.map((f) => f.params))}`;
        switch (item.verdict) {
          case 'OVERDUE': {
            expect({ context, overdue: findings.some(isOverdue) }).toEqual({
              context,
              overdue: true,
            });
            const iso = item.values.iso;
            const finding = findings.find((f) => f.code === 'deadline_overdue');
            if (iso !== undefined && ISO.test(iso) && finding?.code === 'deadline_overdue') {
              expect(finding.params.due).toBe(iso);
            }
            break;
          }
          case 'NOT_OVERDUE':
            expect({ context, overdue: findings.some(isOverdue) }).toEqual({
              context,
              overdue: false,
            });
            break;
          case 'NOT_DETERMINABLE':
            // No date to judge by: never overdue; a missing one is reported as missing.
            expect({ context, overdue: findings.some(isOverdue) }).toEqual({
              context,
              overdue: false,
            });
            expect(task.deadline.kind).not.toBe('date');
            if (task.deadline.kind === 'none') expect(codes).toContain('deadline_missing');
            break;
          case 'DUE_SOON':
            expect({ context, codes }).toEqual({ context, codes: ['deadline_due_soon'] });
            break;
          case 'LATE_COMPLETION': {
            expect({ context, overdue: findings.some(isOverdue) }).toEqual({
              context,
              overdue: false,
            });
            // Each of these items gives the completion date: the done result states it.
            const done = /done\s*=?\s*(\d{4}-\d{2}-\d{2})/.exec(item.rawValues)?.[1];
            if (done === undefined) break;
            const late = findings.find((f) => f.code === 'deadline_completed_late');
            expect({ context, severity: late?.severity }).toEqual({ context, severity: 'info' });
            if (late?.code === 'deadline_completed_late') expect(late.params.doneOn).toBe(done);
            break;
          }
        }
      }
    });
  });
});
