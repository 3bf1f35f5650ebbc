import type { Grid, MergeArea } from './grid';
import { cellAt, cellText, gridWidth } from './grid';
import type { ColumnRole } from './model';
import { columnRoleSchema } from './model';
import { HEADER_ALIASES } from './headerAliases';
import { headerKey } from './headerKey';
import { cleanLine } from '../text/normalizeText';
import type { Status } from '../parse/statusSchema';

/** How far down a header may sit: titles, report numbers and blank lines come first. */
const HEADER_SEARCH_ROWS = 40;
/** A header cell is a label; long text is data. */
const MAX_HEADER_KEY_LENGTH = 80;
/** The matched spelling must be a fair share of the cell, so data cells do not pass as headers. */
const MIN_ALIAS_COVERAGE = 0.34;
/** A label spanning sub-headings is a word or two ("Kết quả", "Đơn vị"), not a title. */
const MAX_SPANNING_LABEL = 40;

export type HeaderColumn = {
  /** 0-based grid column. */
  index: number;
  role: ColumnRole | null;
  /** Header text as written (both rows joined when the header spans two). */
  text: string;
  /** A one-hot status column ("Hoàn thành" / "Chưa hoàn thành" under "Kết quả"). */
  status: Status | null;
};

export type DetectedHeader = {
  /** 0-based grid row of the header's first row. */
  row: number;
  /** 1 or 2. */
  rows: 1 | 2;
  columns: HeaderColumn[];
  /** Role → 0-based grid column (the first column of that role). */
  roles: Partial<Record<ColumnRole, number>>;
};

type AliasEntry = { role: ColumnRole; key: string };

const ALIASES: readonly AliasEntry[] = columnRoleSchema.options
  .flatMap((role) => HEADER_ALIASES[role].map((alias) => ({ role, key: headerKey(alias) })))
  .sort((a, b) => b.key.length - a.key.length);

/** Status words that head one-hot status columns (the register of 12/2024 has four of them). */
const STATUS_HEADERS: readonly { key: string; status: Status }[] = [
  { key: 'chua hoan thanh', status: 'NOT_DONE' },
  { key: 'da hoan thanh', status: 'DONE' },
  { key: 'hoan thanh san pham', status: 'DONE' },
  { key: 'hoan thanh', status: 'DONE' },
  { key: 'co ban hoan thanh', status: 'MOSTLY_DONE' },
  { key: 'dang trien khai', status: 'IN_PROGRESS' },
  { key: 'dang thuc hien', status: 'IN_PROGRESS' },
  { key: 'thuc hien thuong xuyen', status: 'RECURRING' },
  { key: 'thuong xuyen', status: 'RECURRING' },
];

/** The role a header cell names, longest spelling first; null when it names none. */
export function matchHeaderRole(text: string): ColumnRole | null {
  const key = headerKey(text);
  if (key.length === 0 || key.length > MAX_HEADER_KEY_LENGTH) return null;
  const padded = ` ${key} `;
  for (const alias of ALIASES) {
    if (!padded.includes(` ${alias.key} `)) continue;
    if (alias.key.length / key.length < MIN_ALIAS_COVERAGE) return null;
    return alias.role;
  }
  return null;
}

function matchStatusHeader(text: string): Status | null {
  const key = headerKey(text);
  return STATUS_HEADERS.find((entry) => entry.key === key)?.status ?? null;
}

/**
 * Finds the header row of a task table in the first rows of a grid: the row naming the most
 * roles, at least the task and one other. A header split over two rows (a merged "Kết quả" over
 * "Đã hoàn thành | Chưa hoàn thành", or words broken across rows) is joined.
 */
export function detectHeader(grid: Grid): DetectedHeader | null {
  const width = gridWidth(grid);
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  let best: DetectedHeader | null = null;
  let bestScore = 0;
  for (let r = 0; r < limit; r++) {
    for (const rows of [2, 1] as const) {
      if (rows === 2 && !looksLikeSecondHeaderRow(grid, r, width)) continue;
      const candidate = readHeaderAt(grid, r, rows, width);
      const base = scoreHeader(candidate);
      // The layout bonus only breaks ties between readings that are headers already.
      const score = base > 0 && rows === 2 && mergesSpanTwoRows(grid, r) ? base + 2 : base;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
  }
  return best;
}

function scoreHeader(header: DetectedHeader): number {
  const oneHot = header.columns.filter((col) => col.status !== null).length;
  const roles = Object.keys(header.roles).length + (oneHot >= 2 && !header.roles.result ? 1 : 0);
  if (header.roles.task === undefined || roles < 2) return 0;
  // More roles win; at equal roles the simpler single-row reading wins.
  return roles * 2 + (header.rows === 1 ? 1 : 0);
}

function readHeaderAt(grid: Grid, r: number, rows: 1 | 2, width: number): DetectedHeader {
  const columns: HeaderColumn[] = [];
  const roles: Partial<Record<ColumnRole, number>> = {};
  for (let c = 0; c < width; c++) {
    const top = headerCellText(grid, r, c);
    const bottom = rows === 2 ? cleanLine(cellText(cellAt(grid, r + 1, c))) : '';
    const text = [top, bottom].filter((part) => part.length > 0).join(' ');
    let role = matchHeaderRole(text) ?? (bottom ? matchHeaderRole(bottom) : null);
    // "Hoàn thành" under "Kết quả" (or alone) heads a one-hot status column, not the result text.
    const status = role === null || role === 'result' ? matchStatusHeader(bottom || top) : null;
    if (status) role = null;
    if (role !== null && roles[role] !== undefined) role = null;
    if (role !== null) roles[role] = c;
    columns.push({ index: c, role, text, status });
  }
  return { row: r, rows, columns, roles };
}

/**
 * The header text of a cell, reading a merged area's value into every column it spans (a
 * "Kết quả" merged over two sub-columns heads both).
 */
function headerCellText(grid: Grid, r: number, c: number): string {
  const own = cleanLine(cellText(cellAt(grid, r, c)));
  if (own) return own;
  const merge = mergeCovering(grid.merges, grid.origin.row + r, grid.origin.column + c);
  if (!merge) return '';
  return cleanLine(
    cellText(cellAt(grid, merge.top - grid.origin.row, merge.left - grid.origin.column)),
  );
}

function mergeCovering(merges: readonly MergeArea[], row: number, column: number) {
  return merges.find(
    (m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right,
  );
}

/**
 * The layout of a two-row header: a short label merged across columns over sub-headings
 * ("Kết quả" over "Đã hoàn thành | Chưa hoàn thành"), or cells merged down over both rows. A
 * title merged across the sheet is not one.
 */
function mergesSpanTwoRows(grid: Grid, r: number): boolean {
  const row = grid.origin.row + r;
  return grid.merges.some((m) => {
    if (m.top === row && m.bottom === row + 1) return true;
    if (m.top !== row || m.bottom !== row || m.right === m.left) return false;
    const label = cleanLine(cellText(cellAt(grid, r, m.left - grid.origin.column)));
    if (label.length === 0 || label.length > MAX_SPANNING_LABEL) return false;
    let subHeadings = 0;
    for (let c = m.left; c <= m.right; c++) {
      if (cleanLine(cellText(cellAt(grid, r + 1, c - grid.origin.column)))) subHeadings++;
    }
    return subHeadings >= 2;
  });
}

/** The row under r continues the header: short label cells, no row number, nothing long. */
function looksLikeSecondHeaderRow(grid: Grid, r: number, width: number): boolean {
  const next = r + 1;
  if (next >= grid.values.length) return false;
  let filled = 0;
  for (let c = 0; c < width; c++) {
    const text = cleanLine(cellText(cellAt(grid, next, c)));
    if (!text) continue;
    if (text.length > MAX_HEADER_KEY_LENGTH) return false;
    if (/^\(?\d+[.)]?$/.test(text)) return false;
    filled++;
  }
  return filled > 0;
}
