import { readFileSync } from 'node:fs';
import type { Grid } from '../../../src/core/table/grid';
import { checkGrid } from '../../../src/core/check/checkGrid';
import type { Finding, FindingReport, Rule } from '../../../src/core/rules/ruleTypes';
import { parseDelimited } from '../../../src/core/text/parseDelimited';
import { delimitedToGrid } from '../../../src/core/table/delimitedToGrid';
import { WORKBOOKS, fixturePath, gridOf, loadWorkbook } from '../../helpers/fixtures';

/** Shared by the rule tests: read a grid, run one rule, keep what a rule reports. */

export const AS_OF = '2024-06-30';

/** A header most literal cases use. */
export const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'];

/** Reads the grid's task table (or its issues) and runs one rule on it: `checkGrid`. */
export function runOn(rule: Rule, grid: Grid, asOf = AS_OF): Finding[] {
  return checkGrid(grid, { asOf, rules: [rule] }).findings;
}

/** `runOn` for literal rows, A1-based. */
export function runOnRows(
  rule: Rule,
  rows: (string | number | null)[][],
  extra: Parameters<typeof gridOf>[1] = {},
): Pick<FindingReport, 'code' | 'cell' | 'params'>[] {
  return brief(runOn(rule, gridOf(rows, extra)));
}

/** What a test asserts of a finding: its code, cell and params. */
export function brief(
  findings: readonly Finding[],
): Pick<FindingReport, 'code' | 'cell' | 'params'>[] {
  return findings.map(({ code, cell, params }) => ({ code, cell, params }) as FindingReport);
}

/** "code cell" of each finding of one rule, per fixture workbook. */
export async function onFixtureWorkbooks(rule: Rule): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { file, reportDate } of WORKBOOKS) {
    const grids = await loadWorkbook(file);
    out[file] = grids.flatMap((grid) =>
      runOn(rule, grid, reportDate).map((f) => `${f.code} ${f.cell}`),
    );
  }
  return out;
}

/** The first sheet of a fixture workbook. */
export async function fixtureGrid(file: (typeof WORKBOOKS)[number]['file']): Promise<Grid> {
  const [grid] = await loadWorkbook(file);
  if (grid === undefined) throw new Error(`${file} has no sheet`);
  return grid;
}

/**
 * Thanh Hóa's Phụ lục II (tasks of Resolution 175), rebuilt from tables/004_phu_luc_II_nq175.tsv
 * with its two-row header ("Kết quả" over "Đã hoàn thành | Chưa hoàn thành"). As in the report,
 * "Đơn vị chủ trì" is empty in group I, and the numbers jump from 10 to 16.
 */
export function phuLucIIGrid(): Grid {
  const text = readFileSync(fixturePath('tables', '004_phu_luc_II_nq175.tsv'), 'utf8');
  const [header = [], ...body] = parseDelimited(text, '\t').filter((r) => r.some((f) => f !== ''));
  const field = (row: readonly string[], name: string): string | null =>
    row[header.indexOf(name)] || null;
  const columns = [
    'stt',
    'don_vi_chu_tri',
    'nhiem_vu',
    'don_vi_phoi_hop',
    'van_ban_chi_dao',
    'thoi_gian_hoan_thanh',
    'ket_qua_da_hoan_thanh',
    'ket_qua_chua_hoan_thanh',
    'nguyen_nhan',
  ];
  return gridOf(
    [
      [
        'STT',
        'Đơn vị chủ trì',
        'Nhiệm vụ',
        'Đơn vị phối hợp',
        'Văn bản chỉ đạo',
        'Thời gian hoàn thành',
        'Kết quả',
        null,
        'Nguyên nhân',
      ],
      [null, null, null, null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành', null],
      ...body.map((row) =>
        field(row, 'kind') === 'group'
          ? [field(row, 'stt')]
          : columns.map((name) => field(row, name)),
      ),
    ],
    { sheet: 'Phụ lục II', merges: [{ top: 1, bottom: 1, left: 7, right: 8 }] },
  );
}

/** The pasted late-task annex: HTML in cells, a section written as a markdown heading. */
export function pastedAnnexGrid(): Grid {
  return delimitedToGrid(
    readFileSync(fixturePath('pasted', 'bao-cao-230-cham-muon-raw.tsv'), 'utf8'),
    'Dán',
  );
}

/**
 * The late-task annex of report 230 with its task B.I.5 ("Đơn giản hóa thủ tục hành chính và
 * giấy tờ công dân …", row 24, result "Còn 551 thủ tục hành chính chưa được thực thi …") listed a
 * second time on row 39, under group B.III as its task 2, with another result.
 */
export async function annexWithTwinOf551(result: string): Promise<Grid> {
  const grid = await fixtureGrid('bao-cao-230-cham-muon-T01-2024.xlsx');
  const original = grid.values[23] ?? [];
  if (!/^Đơn giản hóa thủ tục hành chính/.test(String(original[1]))) {
    throw new Error('row 24 of the annex is not the 551 row');
  }
  const twin = ['2', ...original.slice(1, 5), result];
  return { ...grid, values: [...grid.values, twin] };
}
