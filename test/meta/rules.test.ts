import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/core/rules';
import type { Finding, FindingCode, FindingParams } from '../../src/core/rules/ruleTypes';
import { ruleIdSchema } from '../../src/core/rules/ruleTypes';
import { getCatalog, locales } from '../../src/core/i18n';

const ROOT = join(__dirname, '..', '..');

/** One example of each finding code's params; a code without one does not compile. */
const SAMPLES: { [C in FindingCode]: FindingParams[C] } = {
  header_not_found: { sheets: ['Trang1'] },
  missing_task_text: {},
  missing_agency: {},
  cell_error: { role: 'lead', error: '#N/A' },
  stt_gap: { previous: '2', expected: '3', found: '4' },
  stt_repeated: { stt: '3', firstCell: 'A5' },
  stt_not_number: { stt: 'x' },
  duplicate_task: { others: ['B9', 'B12'] },
  status_conflict: { status: 'DONE', otherStatus: 'NOT_DONE', otherCell: 'F9' },
  status_self_conflict: {
    first: 'DONE',
    second: 'NOT_DONE',
    firstPhrase: 'Đã hoàn thành',
    secondPhrase: 'chưa hoàn thành',
  },
  status_unknown: { text: '03 Bộ có điểm số trên 60' },
  deadline_missing: {},
  deadline_unparsed: { text: 'Sớm' },
  deadline_overdue: {
    due: '2022-12-31',
    daysLate: 396,
    status: 'NOT_DONE',
    original: '2022-06-30',
  },
  deadline_overdue_carried: { year: 2022, due: '2022-12-31', daysLate: 545, status: 'IN_PROGRESS' },
  deadline_completed_late: { due: '2023-03-31', doneOn: '2024-01-11', daysLate: 286 },
  deadline_due_soon: { due: '2024-06-30', daysLeft: 2, status: 'IN_PROGRESS' },
  invalid_date: { text: '30/2/2023', problem: 'day-out-of-range', column: 'deadline' },
  deadline_text_mismatch: {
    stated: '2024-07-01',
    statedText: '01/7/2024',
    deadline: '2024-01-07',
    swapped: true,
  },
  deadline_before_directive: {
    due: '2022-09-10',
    directiveDate: '2022-09-11',
    document: 'Thông báo 268/TB-VPCP',
  },
  agency_unknown: { name: 'Sở LĐTĐ và XH', occurrences: 2 },
  count_list_mismatch: {
    stated: 2,
    listed: 3,
    noun: 'bộ, ngành',
    items: ['Tư pháp', 'Y tế', 'Lao động - Thương binh và Xã hội'],
  },
  list_duplicate_item: { item: 'Tài chính', times: 2, stated: 14, distinct: 13 },
  ratio_mismatch: { part: 3183845, whole: 3224669, stated: 98.74, computed: 98.73 },
  share_mismatch: { part: 551, whole: 1086, wholeCell: 'F22', stated: 41.74, computed: 50.74 },
  part_exceeds_whole: { part: 64, whole: 63, text: '64/63 tỉnh' },
  group_count_mismatch: { group: 'II', stated: 10, counted: 9 },
  total_mismatch: { total: 72, parts: [54, 17], sum: 71 },
  figure_conflict: {
    noun: 'thủ tục hành chính chưa được thực thi',
    value: 551,
    otherValue: 558,
    otherCell: 'F24',
    otherSheet: 'T12',
    otherFile: null,
  },
  figure_change: {
    noun: 'thủ tục hành chính chưa được thực thi',
    value: 551,
    date: '2024-01-31',
    otherValue: 558,
    otherDate: '2023-12-31',
    difference: -7,
    otherCell: 'F24',
    otherSheet: 'T12',
    otherFile: 'so-nhiem-vu.xlsx',
  },
};

const kebab = (code: string) => code.replace(/_/g, '-');

describe('the rule registry', () => {
  it('holds every rule id of the contract, each under its own id', () => {
    expect(Object.keys(rules).sort()).toEqual([...ruleIdSchema.options].sort());
    for (const [id, rule] of Object.entries(rules)) expect(rule.id).toBe(id);
  });

  it.each(ruleIdSchema.options)('%s has its file, exporting one rule, and a test file', (id) => {
    const file = join(ROOT, 'src', 'core', 'rules', `${id}.ts`);
    expect(existsSync(file)).toBe(true);
    const exported = readFileSync(file, 'utf8').match(/export const \w+: Rule\b/g) ?? [];
    expect(exported).toHaveLength(1);
    expect(existsSync(join(ROOT, 'test', 'core', 'rules', `${id}.test.ts`))).toBe(true);
  });

  it.each(locales)('every rule has a name in %s', (locale) => {
    const catalog = getCatalog(locale);
    for (const id of ruleIdSchema.options) expect(catalog.rule(id).trim()).not.toBe('');
  });

  it.each(locales)('every finding code has a message in %s', (locale) => {
    const catalog = getCatalog(locale);
    for (const code of Object.keys(SAMPLES) as FindingCode[]) {
      const finding = {
        rule: 'deadline-overdue',
        code,
        params: SAMPLES[code],
        severity: 'error',
        sheet: 'Trang1',
        cell: 'E9',
      } as Finding;
      const message = catalog.finding(finding);
      expect(message.trim().length).toBeGreaterThan(10);
      expect(message).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  it('names codes as the snake_case twin of a rule id or a variant of it', () => {
    const ids = new Set<string>(ruleIdSchema.options);
    // cell_error: an Excel error in any role column, under missing-value (no value to read).
    const prefixes = [
      'cell',
      'missing',
      'stt',
      'status',
      'deadline',
      'agency',
      'header',
      'duplicate',
      'invalid',
      'figure',
      'share',
    ];
    for (const code of Object.keys(SAMPLES)) {
      expect(ids.has(kebab(code)) || prefixes.some((p) => code.startsWith(`${p}_`))).toBe(true);
    }
  });
});
