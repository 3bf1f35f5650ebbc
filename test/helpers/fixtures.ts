import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/table/grid';
import { readXlsxGrids } from '../../src/xlsx/readXlsx';
import { parseDelimited } from '../../src/core/text/parseDelimited';
import { cleanLine } from '../../src/core/text/normalizeText';
import { headerKey } from '../../src/core/table/headerKey';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** The fixture workbooks, their report dates and the number of tasks each holds. */
export const WORKBOOKS = [
  { file: 'bao-cao-230-cham-muon-T01-2024.xlsx', reportDate: '2024-01-31', tasks: 27 },
  { file: 'thanh-hoa-phu-luc-I-06-2024.xlsx', reportDate: '2024-06-28', tasks: 72 },
  { file: 'chi-thi-05-2023-phu-luc.xlsx', reportDate: '2023-02-23', tasks: 72 },
  { file: 'thong-bao-4318-2024-nhiem-vu.xlsx', reportDate: '2024-05-28', tasks: 25 },
] as const;

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export async function loadWorkbook(file: string): Promise<Grid[]> {
  return await readXlsxGrids(readFileSync(fixturePath(file)));
}

/** Rows of a fixture TSV (tables/*.tsv, gold-findings.tsv) as records keyed by the header. */
export function readTsv(...parts: string[]): Record<string, string>[] {
  const rows = parseDelimited(readFileSync(fixturePath(...parts), 'utf8'), '\t');
  const [keys = [], ...body] = rows.filter((row) => row.some((field) => field.length > 0));
  return body.map((fields) => Object.fromEntries(keys.map((k, i) => [k, fields[i] ?? ''])));
}

/** A grid from literal rows, A1-based unless told otherwise. */
export function gridOf(
  rows: (string | number | null)[][],
  extra: Partial<Pick<Grid, 'merges' | 'numberFormats' | 'sheet' | 'origin'>> = {},
): Grid {
  return {
    sheet: extra.sheet ?? 'Trang1',
    origin: extra.origin ?? { row: 1, column: 1 },
    values: rows,
    merges: extra.merges ?? [],
    ...(extra.numberFormats ? { numberFormats: extra.numberFormats } : {}),
  };
}

/** Texts compared with their whitespace normalised. */
export const squash = (text: string | null | undefined): string => cleanLine(text ?? '');

/** Lists extracted with "; " and pasted with "- " bullets are the same words. */
export const words = (text: string | null | undefined): string => headerKey(text ?? '');
