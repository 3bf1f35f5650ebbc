import { compareTables } from '../../../src/core/compare/compareTables';
import { compareSheets } from '../../../src/core/compare/compareSheets';
import type { Finding } from '../../../src/core/rules/ruleTypes';
import { getCatalog } from '../../../src/core/i18n';
import { fixtureGrid } from '../rules/ruleHarness';
import { RESULT_551, RESULT_558, registerGrid, tableOf } from './registerRows';

const annex = async () => tableOf(await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx'));

/** The values a figure finding names: [this one, the other one]. */
function valuesOf(finding: Finding): [number, number] | null {
  return finding.code === 'figure_change' || finding.code === 'figure_conflict'
    ? [finding.params.value, finding.params.otherValue]
    : null;
}

/** The findings about the procedures left, the ones the 558 → 551 story is about. */
const procedures = (findings: readonly Finding[]) =>
  findings.filter(
    (f) =>
      (f.code === 'figure_change' || f.code === 'figure_conflict') &&
      f.params.noun === 'thủ tục hành chính',
  );

describe('compareTables', () => {
  it('558 in the December register → 551 in the January annex: 7 fewer, a change', async () => {
    const register = tableOf(registerGrid('T12-2023', '31/12/2023', RESULT_558));
    const findings = compareTables(register, await annex(), {
      oldFile: 'so-theo-doi.xlsx',
      newFile: 'bao-cao-230.xlsx',
    });
    expect(procedures(findings)).toEqual([
      {
        rule: 'figure-conflict',
        severity: 'warning',
        sheet: 'Chậm muộn T1-2024',
        code: 'figure_change',
        cell: 'F24',
        params: {
          noun: 'thủ tục hành chính',
          value: 551,
          date: '2024-01-31',
          otherValue: 558,
          otherDate: '2023-12-31',
          difference: -7,
          otherCell: 'F5',
          otherSheet: 'T12-2023',
          otherFile: 'so-theo-doi.xlsx',
        },
      },
    ]);
    // The ministries with a low rate changed too (9 → 07); "14 bộ, ngành" did not.
    expect(findings.map(valuesOf)).toEqual([
      [551, 558],
      [7, 9],
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    const [first] = findings;
    if (first === undefined) throw new Error('no finding');
    expect(getCatalog('en').finding(first)).toBe(
      'thủ tục hành chính changed from 558 (31/12/2023) at F5 on "T12-2023" in so-theo-doi.xlsx to 551 (31/01/2024): 7 fewer.',
    );
  });

  it('the other way round: 551 (31/01/2024) as the old table, 558 later is 7 more', async () => {
    const register = tableOf(registerGrid('T02-2024', '29/02/2024', RESULT_558));
    const [finding] = procedures(compareTables(await annex(), register));
    expect(finding).toMatchObject({
      code: 'figure_change',
      severity: 'warning',
      cell: 'F5',
      params: { value: 558, otherValue: 551, difference: 7, otherCell: 'F24', otherFile: null },
    });
  });

  it('the same report date: a conflict, an error', async () => {
    const register = tableOf(registerGrid('Sổ', '31/01/2024', RESULT_558));
    const [finding] = procedures(compareTables(register, await annex()));
    expect(finding).toMatchObject({
      rule: 'figure-conflict',
      code: 'figure_conflict',
      severity: 'error',
      cell: 'F24',
      params: {
        noun: 'thủ tục hành chính',
        value: 551,
        otherValue: 558,
        otherCell: 'F5',
        otherSheet: 'Sổ',
      },
    });
  });

  it('dates from the options win over the titles', async () => {
    const register = tableOf(registerGrid('Sổ', '31/12/2023', RESULT_558));
    const findings = compareTables(register, await annex(), { oldDate: '2024-01-31' });
    expect(procedures(findings).map((f) => f.code)).toEqual(['figure_conflict']);
  });

  it('undated: two files are two editions (a change), one file is one report (a conflict)', () => {
    const old = tableOf(registerGrid('A', null, RESULT_558));
    const next = tableOf(registerGrid('B', null, RESULT_551));
    const files = compareTables(old, next, { oldFile: 'a.xlsx', newFile: 'b.xlsx' });
    expect(procedures(files)).toMatchObject([
      { code: 'figure_change', params: { date: null, otherDate: null, difference: -7 } },
    ]);
    const sheets = compareTables(old, next, { oldFile: 'a.xlsx', newFile: 'a.xlsx' });
    expect(procedures(sheets).map((f) => f.code)).toEqual(['figure_conflict']);
  });

  it('stays silent when the figures agree', async () => {
    const register = tableOf(registerGrid('T12-2023', '31/12/2023', RESULT_551));
    expect(compareTables(register, tableOf(registerGrid('T01', '31/01/2024', RESULT_551)))).toEqual(
      [],
    );
    expect(compareTables(await annex(), await annex())).toEqual([]);
  });

  it('stays silent when the nouns differ ("551 thủ tục" against "558 hồ sơ")', () => {
    const old = tableOf(registerGrid('A', '31/12/2023', 'Còn 558 hồ sơ chưa được số hóa'));
    const next = tableOf(registerGrid('B', '31/01/2024', 'Còn 551 thủ tục chưa được thực thi'));
    expect(compareTables(old, next)).toEqual([]);
  });

  it('stays silent between "done" and "left" counts of the same noun', () => {
    const old = tableOf(registerGrid('A', '31/12/2023', 'Đã thực thi 558 thủ tục hành chính'));
    const next = tableOf(
      registerGrid('B', '31/01/2024', 'Còn 551 thủ tục hành chính chưa thực thi'),
    );
    expect(compareTables(old, next)).toEqual([]);
  });
});

describe('compareSheets', () => {
  it('puts the findings on the later sheet by report date, whatever the sheet order', () => {
    const january = tableOf(registerGrid('T01-2024', '31/01/2024', RESULT_551));
    const december = tableOf(registerGrid('T12-2023', '31/12/2023', RESULT_558));
    const [onJanuary, onDecember] = compareSheets([january, december], 'so.xlsx');
    expect(onDecember).toEqual([]);
    expect(procedures(onJanuary ?? [])).toMatchObject([
      {
        code: 'figure_change',
        sheet: 'T01-2024',
        cell: 'F5',
        params: {
          value: 551,
          otherValue: 558,
          difference: -7,
          otherSheet: 'T12-2023',
          otherFile: 'so.xlsx',
        },
      },
    ]);
  });

  it('undated sheets of one workbook are one report: a conflict on the later sheet', () => {
    const first = tableOf(registerGrid('Bảng 1', null, RESULT_558));
    const second = tableOf(registerGrid('Bảng 2', null, RESULT_551));
    const [onFirst, onSecond] = compareSheets([first, second], 'so.xlsx');
    expect(onFirst).toEqual([]);
    expect(procedures(onSecond ?? []).map((f) => [f.code, f.severity])).toEqual([
      ['figure_conflict', 'error'],
    ]);
  });
});
