import type { SheetKind, SheetSpec } from '../../src/core/summary/sheetSpec';
import { planSheetWrite } from '../../src/excel/planSheetWrite';
import type { SheetTargets } from '../../src/excel/sheetTargets';

function spec(name: string, kind: SheetKind = 'agency'): SheetSpec {
  return {
    name,
    kind,
    agency: kind === 'agency' ? name : null,
    titles: [name],
    columns: [{ header: 'Đơn vị', kind: 'text', width: 20, align: 'left' }],
    rows: [],
    chart: null,
  };
}

const SPECS = [spec('Tổng hợp', 'overview'), spec('Chậm muộn', 'late'), spec('Bộ Công an')];

function targets(...sheets: [name: string, generated: boolean][]): SheetTargets {
  return {
    sheets: sheets.map(([name, generated], i) => ({
      id: `{${String(i)}}`,
      name,
      generated,
      group: generated ? 'summary' : null,
    })),
  };
}

describe('planSheetWrite', () => {
  test('a workbook without generated sheets: every name as wanted, nothing replaced', () => {
    expect(planSheetWrite(SPECS, targets(['Phụ lục I', false]))).toEqual({
      sheets: [
        { name: 'Tổng hợp', wanted: 'Tổng hợp', kind: 'overview', replaces: false },
        { name: 'Chậm muộn', wanted: 'Chậm muộn', kind: 'late', replaces: false },
        { name: 'Bộ Công an', wanted: 'Bộ Công an', kind: 'agency', replaces: false },
      ],
      removed: [],
    });
  });

  test('regenerating: the generated sheets are replaced under the same names', () => {
    const plan = planSheetWrite(
      SPECS,
      targets(['Phụ lục I', false], ['Tổng hợp', true], ['Chậm muộn', true], ['Bộ Công an', true]),
    );
    expect(plan.sheets.map(({ name, replaces }) => [name, replaces])).toEqual([
      ['Tổng hợp', true],
      ['Chậm muộn', true],
      ['Bộ Công an', true],
    ]);
    expect(plan.removed).toEqual([]);
  });

  test('a user sheet with a wanted name (in any case) keeps it; ours gets " (2)"', () => {
    const plan = planSheetWrite(SPECS, targets(['TỔNG HỢP', false], ['Phụ lục I', false]));
    expect(plan.sheets[0]).toEqual({
      name: 'Tổng hợp (2)',
      wanted: 'Tổng hợp',
      kind: 'overview',
      replaces: false,
    });
    expect(plan.sheets.slice(1).map((sheet) => sheet.name)).toEqual(['Chậm muộn', 'Bộ Công an']);
  });

  test('our " (2)" sheet beside the user\'s is replaced by a " (2)" again, not a " (3)"', () => {
    const plan = planSheetWrite(SPECS, targets(['Tổng hợp', false], ['Tổng hợp (2)', true]));
    expect(plan.sheets[0]).toMatchObject({ name: 'Tổng hợp (2)', replaces: true });
    expect(plan.removed).toEqual([]);
  });

  test('a generated sheet that is not produced again is removed', () => {
    const plan = planSheetWrite(
      SPECS,
      targets(['Tổng hợp', true], ['Bộ Tư pháp', true], ['Ghi chú', false]),
    );
    expect(plan.removed).toEqual(['Bộ Tư pháp']);
    expect(plan.sheets.map((sheet) => sheet.replaces)).toEqual([true, false, false]);
  });

  test('a generated sheet the user renamed is still ours: removed, its name free', () => {
    const plan = planSheetWrite(SPECS, targets(['Tổng hợp tháng 5', true]));
    expect(plan.sheets[0]).toMatchObject({ name: 'Tổng hợp', replaces: false });
    expect(plan.removed).toEqual(['Tổng hợp tháng 5']);
  });

  test('a generated sheet renamed to a wanted name is replaced, case aside', () => {
    const plan = planSheetWrite(SPECS, targets(['bộ công an', true]));
    expect(plan.sheets[2]).toMatchObject({ name: 'Bộ Công an', replaces: true });
    expect(plan.removed).toEqual([]);
  });
});

describe('planSheetWrite by group', () => {
  const sheets: SheetTargets = {
    sheets: [
      { id: '{1}', name: 'Nhiệm vụ', generated: false, group: null },
      { id: '{2}', name: 'Tổng hợp', generated: true, group: 'summary' },
      { id: '{3}', name: 'Nhiệm vụ (chuẩn hóa)', generated: true, group: 'normalized:{1}' },
    ],
  };

  test('the meeting workbook replaces its own sheets and leaves a normalised table alone', () => {
    const plan = planSheetWrite([spec('Tổng hợp', 'overview')], sheets);
    expect(plan.sheets).toEqual([
      { name: 'Tổng hợp', wanted: 'Tổng hợp', kind: 'overview', replaces: true },
    ]);
    expect(plan.removed).toEqual([]);
  });

  test('another group treats the summary sheets like the user’s: renamed around, never removed', () => {
    const plan = planSheetWrite([spec('Tổng hợp', 'overview')], sheets, 'normalized:{1}');
    expect(plan.sheets).toEqual([
      { name: 'Tổng hợp (2)', wanted: 'Tổng hợp', kind: 'overview', replaces: false },
    ]);
    expect(plan.removed).toEqual(['Nhiệm vụ (chuẩn hóa)']);
  });
});
