import type { CellValue, Grid, MergeArea } from './grid';
import { cellAt, cellText, formatAt, gridWidth } from './grid';
import { cellAddress, columnLetter, columnNumber, rangeAddress } from './address';
import type { DetectedHeader } from './detectHeader';
import { detectHeader } from './detectHeader';
import type {
  ColumnMap,
  ColumnRole,
  ExtraCell,
  Group,
  Section,
  Task,
  TaskTable,
  TotalRow,
} from './model';
import { columnRoleSchema } from './model';
import { cleanLine, cleanText } from '../text/normalizeText';
import { isTotalLabel, parseHeadingLabel, parseRowNumber, statedTaskCount } from './rowLabel';
import { isColumnNumbering, isHeaderRepeat, isSeparatorText } from './skippedRows';
import { headerKey } from './headerKey';
import { interpretTask } from './interpretTask';
import type { IsoDate } from '../parse/deadlineSchema';
import type { Status } from '../parse/statusSchema';

export type ReadOptions = {
  /** The report date: the year of periods written without one ("trong quý I"). */
  reportDate?: IsoDate;
  /** Corrections the user made to the column mapping: role → column letter. */
  columnOverrides?: ColumnMap;
};

export type ReadIssue = {
  code: 'empty_grid' | 'header_not_found' | 'no_tasks';
  params: Record<string, string | number>;
};

export type ReadResult =
  { success: true; data: TaskTable } | { success: false; issues: ReadIssue[] };

/** What a row below the header is. */
export type RowKind = 'blank' | 'section' | 'group' | 'task' | 'continuation' | 'total' | 'repeat';

type RoleCells = Partial<
  Record<ColumnRole, { text: string; value: CellValue; format: string; c: number }>
>;

type Draft = {
  task: Task;
  values: Partial<Record<ColumnRole, string[]>>;
  deadlineValue: CellValue;
  deadlineFormat: string;
  oneHot: Status | null;
};

/**
 * Reads the task table of a grid: finds the header, then walks the rows — sections, groups, tasks,
 * continuation rows (merged into the task above), blanks — keeping each value's cell address.
 */
export function readTaskTable(grid: Grid, options: ReadOptions = {}): ReadResult {
  if (!grid.values.some((row) => row.some((v) => cleanLine(cellText(v)) !== ''))) {
    return { success: false, issues: [{ code: 'empty_grid', params: { sheet: grid.sheet } }] };
  }
  const detected = detectHeader(grid);
  if (!detected) {
    return {
      success: false,
      issues: [{ code: 'header_not_found', params: { sheet: grid.sheet } }],
    };
  }
  const header = applyOverrides(detected, grid, options.columnOverrides);
  const table = walkRows(grid, header, options);
  if (table.tasks.length === 0) {
    return { success: false, issues: [{ code: 'no_tasks', params: { sheet: grid.sheet } }] };
  }
  return { success: true, data: table };
}

function applyOverrides(
  header: DetectedHeader,
  grid: Grid,
  overrides: ColumnMap | undefined,
): DetectedHeader {
  if (!overrides) return header;
  // Role → column as a map, so corrections can move and remove roles.
  const byRole = new Map<ColumnRole, number>(
    columnRoleSchema.options.flatMap((role) => {
      const index = header.roles[role];
      return index === undefined ? [] : [[role, index] as const];
    }),
  );
  for (const role of columnRoleSchema.options) {
    const letter = overrides[role];
    if (letter === undefined) continue;
    const column = columnNumber(letter);
    // An empty letter removes the role; a letter outside the grid is ignored.
    if (letter === '') byRole.delete(role);
    else if (column !== null && column - grid.origin.column >= 0) {
      const index = column - grid.origin.column;
      for (const [other, at] of byRole) if (at === index) byRole.delete(other);
      byRole.set(role, index);
    }
  }
  const roles: Partial<Record<ColumnRole, number>> = Object.fromEntries(byRole);
  const columns = header.columns.map((col) => {
    const role = columnRoleSchema.options.find((r) => roles[r] === col.index) ?? null;
    return { ...col, role };
  });
  return { ...header, roles, columns };
}

function walkRows(grid: Grid, header: DetectedHeader, options: ReadOptions): TaskTable {
  const { origin } = grid;
  const width = gridWidth(grid);
  const firstDataRow = header.row + header.rows;
  const oneHot = header.columns.filter((col) => col.status !== null);

  const sections: Section[] = [];
  const groups: Group[] = [];
  const drafts: Draft[] = [];
  const totals: TotalRow[] = [];
  // The total row the walk is in: rows with an empty STT below it are its own, not a task's.
  let total: TotalRow | null = null;
  // The task continuation rows join; a total row ends it for good.
  let open: Draft | null = null;
  let section: string | null = null;
  let group: Group | null = null;
  let lastRow = firstDataRow - 1;
  let lastColumn = 0;

  const layout: Layout = {
    header,
    // Once per table: the header-repeat test compares every row against them.
    headerKeys: header.columns.map((col) => headerKey(col.text)),
    mergesByTop: mergesByTop(grid.merges),
  };

  for (let r = firstDataRow; r < grid.values.length; r++) {
    const texts = rowTexts(grid, r, width);
    const filled = filledColumns(texts);
    if (filled.length === 0) continue;
    const cells = roleCells(grid, header, r, texts);
    lastRow = r;
    lastColumn = Math.max(lastColumn, ...filled);
    const sheetRow = origin.row + r;
    const kind = classifyRow(
      grid,
      layout,
      r,
      texts,
      cells,
      filled,
      open !== null || total !== null,
    );
    if (kind.kind !== 'blank' && kind.kind !== 'repeat' && kind.kind !== 'continuation') {
      total = null;
    }

    switch (kind.kind) {
      case 'blank':
      case 'repeat':
        break;
      case 'total': {
        total = { row: sheetRow, lastRow: sheetRow, cells: rowCells(grid, header, r, texts) };
        totals.push(total);
        open = null;
        break;
      }
      case 'section': {
        section = kind.label;
        group = null;
        const extra = headingExtra(grid, header, r, texts, kind);
        sections.push({
          label: kind.label,
          title: kind.title,
          row: sheetRow,
          cell: cellAddress(sheetRow, origin.column + kind.column),
          ...(extra.length > 0 ? { extra } : {}),
        });
        break;
      }
      case 'group': {
        const extra = headingExtra(grid, header, r, texts, kind);
        group = {
          label: kind.label,
          title: kind.title,
          statedCount: statedTaskCount(kind.title),
          section,
          row: sheetRow,
          cell: cellAddress(sheetRow, origin.column + kind.column),
          taskCount: 0,
          ...(extra.length > 0 ? { extra } : {}),
        };
        groups.push(group);
        break;
      }
      case 'continuation': {
        if (total !== null) {
          total.cells.push(...rowCells(grid, header, r, texts));
          total.lastRow = sheetRow;
          break;
        }
        const draft = open;
        if (!draft) break;
        draft.task.extra.push(...extraCells(grid, header, r, texts));
        for (const role of columnRoleSchema.options) {
          const cell = cells[role];
          if (!cell?.text) continue;
          // A deadline first written on this row: its cell's value (a date serial) is the one read.
          if (role === 'deadline' && draft.values.deadline === undefined) {
            draft.deadlineValue = cell.value;
            draft.deadlineFormat = cell.format;
          }
          (draft.values[role] ??= []).push(cell.text);
          draft.task.cells[role] ??= cellAddress(sheetRow, origin.column + cell.c);
        }
        draft.task.lastRow = sheetRow;
        break;
      }
      case 'task': {
        const task = emptyTask(sheetRow, kind.stt, section, group?.label ?? null);
        const values: Partial<Record<ColumnRole, string[]>> = {};
        for (const role of columnRoleSchema.options) {
          const cell = cells[role];
          if (!cell) continue;
          if (role === 'stt' && !cell.text) continue;
          task.cells[role] = cellAddress(sheetRow, origin.column + cell.c);
          if (cell.text && role !== 'stt') values[role] = [cell.text];
        }
        task.extra.push(...extraCells(grid, header, r, texts));
        const deadlineCell = cells.deadline;
        open = {
          task,
          values,
          deadlineValue: deadlineCell?.value ?? null,
          deadlineFormat: deadlineCell?.format ?? 'General',
          oneHot: oneHotStatus(grid, r, texts, oneHot),
        };
        drafts.push(open);
        if (group) group.taskCount++;
        break;
      }
    }
  }

  const hasResultColumn =
    header.roles.result !== undefined || header.roles.status !== undefined || oneHot.length > 0;
  const tasks = drafts.map((draft) => finishTask(draft, hasResultColumn, options));
  const top = origin.row + header.row;
  const left =
    origin.column +
    Math.min(...header.columns.filter((c) => c.text).map((c) => c.index), lastColumn);
  const right =
    origin.column +
    Math.max(lastColumn, ...header.columns.filter((c) => c.text).map((c) => c.index));
  const columns: ColumnMap = {};
  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const role of columnRoleSchema.options) {
    const index = header.roles[role];
    if (index === undefined) continue;
    columns[role] = columnLetter(origin.column + index);
    headers[role] = header.columns[index]?.text ?? '';
  }
  return {
    sheet: grid.sheet,
    range: rangeAddress(top, left, origin.row + lastRow, right),
    headerRow: top,
    headerRows: header.rows,
    columns,
    headers,
    sections,
    groups,
    tasks,
    ...(totals.length > 0 ? { totals } : {}),
    titles: titlesAbove(grid, header.row, width),
  };
}

type RowClass =
  | { kind: 'blank' | 'repeat' | 'total' | 'continuation' }
  | {
      kind: 'section' | 'group';
      label: string;
      title: string;
      column: number;
      /** The column the title was read from, when not the label's own. */
      titleColumn: number | null;
    }
  | { kind: 'task'; stt: string | null };

/** What classifying a row looks up, prepared once per table. */
type Layout = {
  header: DetectedHeader;
  /** `headerKey` of each header column's text. */
  headerKeys: readonly string[];
  mergesByTop: MergesByTop;
};

function classifyRow(
  grid: Grid,
  layout: Layout,
  r: number,
  row: RowTexts,
  cells: RoleCells,
  filled: number[],
  hasTaskAbove: boolean,
): RowClass {
  const { header, headerKeys } = layout;
  const texts = filled.map((c) => asLine(row[c] ?? ''));
  if (texts.every(isSeparatorText)) return { kind: 'blank' };
  const underHeader = filled.map((c, i) => ({
    text: texts[i] ?? '',
    header: header.columns[c]?.text ?? '',
    headerKey: headerKeys[c] ?? '',
  }));
  if (isHeaderRepeat(underHeader)) return { kind: 'repeat' };
  if (isColumnNumbering(texts)) return { kind: 'repeat' };

  const sttCell = cells.stt;
  const sttText = sttCell ? cleanLine(sttCell.text) : '';
  const first = filled[0] ?? 0;
  const firstText = texts[0] ?? '';

  // A heading: its label in the STT column (title beside it), or label and title in one cell.
  const labelSource = sttText || (filled.length <= 2 ? firstText : '');
  const labelColumn = sttText ? (sttCell?.c ?? first) : first;
  const heading = labelSource ? parseHeadingLabel(labelSource) : null;
  if (heading && (sttText || isLoneHeading(grid, layout, r, filled))) {
    const besideColumn = sttText
      ? (cells.task?.c ?? filled.find((c) => c > labelColumn) ?? null)
      : null;
    const besideTitle = besideColumn === null ? '' : asLine(row[besideColumn] ?? '');
    const title = heading.title || besideTitle;
    const titleColumn = heading.title ? null : besideColumn;
    return { kind: heading.level, label: heading.label, title, column: labelColumn, titleColumn };
  }
  if (sttText && isTotalLabel(sttText)) return { kind: 'total' };

  const stt = sttText ? parseRowNumber(sttText) : null;
  if (stt !== null) return { kind: 'task', stt };
  // A heading without a label: one text across the table ("Nhiệm vụ của Bộ Công an").
  if (
    isWideMerge(grid, layout.mergesByTop, r, filled) ||
    (sttText.length > 12 && filled.length === 1)
  ) {
    return { kind: 'group', label: '', title: firstText, column: first, titleColumn: null };
  }
  if (sttText) return { kind: 'task', stt: sttText };

  // No row number. Without an STT column every row with text is a task.
  if (header.roles.stt === undefined) {
    if (cells.task?.text || filled.length > 1) return { kind: 'task', stt: null };
    return hasTaskAbove ? { kind: 'continuation' } : { kind: 'task', stt: null };
  }
  // Empty STT: text spilled over from the task above (pasted tables, page breaks).
  return hasTaskAbove ? { kind: 'continuation' } : { kind: 'task', stt: null };
}

/** A row's cells, each cleaned once (`cleanText`), for every step of the reader to look at. */
type RowTexts = readonly string[];

/**
 * The cleaned texts of row `r`, over the grid's width (measured once: measuring it per row made
 * reading quadratic).
 */
function rowTexts(grid: Grid, r: number, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const text = cellText(cellAt(grid, r, c));
    out.push(text === '' ? '' : cleanText(text));
  }
  return out;
}

/** Column `c`'s cleaned text; a column past the grid's width (a user's override) is read. */
function cleanedAt(grid: Grid, r: number, c: number, row: RowTexts): string {
  return row[c] ?? cleanText(cellText(cellAt(grid, r, c)));
}

/** `cleanLine` of a text `cleanText` has cleaned already. */
function asLine(cleaned: string): string {
  return cleaned.includes('\n') ? cleaned.replace(/\n/g, ' ') : cleaned;
}

function roleCells(grid: Grid, header: DetectedHeader, r: number, row: RowTexts): RoleCells {
  const out: RoleCells = {};
  for (const role of columnRoleSchema.options) {
    const c = header.roles[role];
    if (c === undefined) continue;
    const value = cellAt(grid, r, c);
    out[role] = { text: cleanedAt(grid, r, c, row), value, format: formatAt(grid, r, c), c };
  }
  return out;
}

/** Text in columns that play no role (one-hot status marks aside). */
function extraCells(grid: Grid, header: DetectedHeader, r: number, row: RowTexts): Task['extra'] {
  const out: Task['extra'] = [];
  for (let c = 0; c < row.length; c++) {
    const col = header.columns[c];
    if (col?.role || col?.status) continue;
    const text = row[c] ?? '';
    if (!text) continue;
    out.push({
      header: col?.text ?? '',
      cell: cellAddress(grid.origin.row + r, grid.origin.column + c),
      text,
    });
  }
  return out;
}

/** The non-empty cells of row `r` outside `skip`, with their column's header. */
function rowCells(
  grid: Grid,
  header: DetectedHeader,
  r: number,
  row: RowTexts,
  skip: ReadonlySet<number> = new Set(),
): ExtraCell[] {
  const out: ExtraCell[] = [];
  for (let c = 0; c < row.length; c++) {
    const text = row[c] ?? '';
    if (!text || skip.has(c)) continue;
    out.push({
      header: header.columns[c]?.text ?? '',
      cell: cellAddress(grid.origin.row + r, grid.origin.column + c),
      text,
    });
  }
  return out;
}

/** A heading row's cells besides its label and title ("A | Nhiệm vụ … | | Quý I/2024"). */
function headingExtra(
  grid: Grid,
  header: DetectedHeader,
  r: number,
  row: RowTexts,
  heading: { column: number; titleColumn: number | null },
): ExtraCell[] {
  const skip = new Set([heading.column]);
  if (heading.titleColumn !== null) skip.add(heading.titleColumn);
  return rowCells(grid, header, r, row, skip);
}

function filledColumns(row: RowTexts): number[] {
  const out: number[] = [];
  for (let c = 0; c < row.length; c++) if (row[c]) out.push(c);
  return out;
}

/** A heading row: one text (or label and title) and nothing in the value columns. */
function isLoneHeading(grid: Grid, layout: Layout, r: number, filled: number[]): boolean {
  const { header } = layout;
  if (filled.length === 1) return true;
  if (isWideMerge(grid, layout.mergesByTop, r, filled)) return true;
  const valueRoles: ColumnRole[] = ['deadline', 'result', 'lead', 'directive'];
  return valueRoles.every((role) => {
    const c = header.roles[role];
    return c === undefined || !filled.includes(c);
  });
}

/**
 * Merged areas by their top sheet row. A wide merge counts only on its top row, and merged areas
 * never overlap (Excel refuses it), so a row's own list says it all: looking a cell up in every
 * merge of the sheet, per cell of a heading row, grew with rows × merges.
 */
type MergesByTop = ReadonlyMap<number, readonly MergeArea[]>;

function mergesByTop(merges: readonly MergeArea[]): MergesByTop {
  const byTop = new Map<number, MergeArea[]>();
  for (const merge of merges) {
    const row = byTop.get(merge.top);
    if (row === undefined) byTop.set(merge.top, [merge]);
    else row.push(merge);
  }
  return byTop;
}

function isWideMerge(grid: Grid, merges: MergesByTop, r: number, filled: number[]): boolean {
  const starting = merges.get(grid.origin.row + r);
  if (starting === undefined) return false;
  return filled.some((c) => {
    const column = grid.origin.column + c;
    const merge = starting.find((m) => m.left <= column && column <= m.right && m.bottom >= m.top);
    return merge !== undefined && merge.right - merge.left >= 2;
  });
}

function titlesAbove(grid: Grid, headerRow: number, width: number): string[] {
  const titles: string[] = [];
  for (let r = 0; r < headerRow; r++) {
    const row = rowTexts(grid, r, width);
    const texts = filledColumns(row).map((c) => asLine(row[c] ?? ''));
    const line = [...new Set(texts)].join(' ');
    if (line) titles.push(line);
  }
  return titles;
}

function oneHotStatus(
  grid: Grid,
  r: number,
  row: RowTexts,
  columns: readonly { index: number; status: Status | null }[],
): Status | null {
  for (const col of columns) {
    if (col.status && cleanedAt(grid, r, col.index, row)) return col.status;
  }
  return null;
}

function emptyTask(
  row: number,
  stt: string | null,
  section: string | null,
  group: string | null,
): Task {
  return {
    row,
    lastRow: row,
    stt,
    section,
    group,
    task: '',
    directive: null,
    leadText: null,
    partnersText: null,
    deadlineText: null,
    result: null,
    statusText: null,
    note: null,
    lead: [],
    partners: [],
    deadline: { kind: 'none', text: '' },
    status: { status: 'UNKNOWN', phrase: '', flags: [] },
    cells: {},
    extra: [],
  };
}

function finishTask(draft: Draft, hasResultColumn: boolean, options: ReadOptions): Task {
  const joined = (role: ColumnRole): string | null => {
    const parts = draft.values[role];
    return parts && parts.length > 0 ? parts.join('\n') : null;
  };
  const task: Task = {
    ...draft.task,
    task: joined('task') ?? '',
    directive: joined('directive'),
    leadText: joined('lead'),
    partnersText: joined('partners'),
    deadlineText: joined('deadline'),
    result: joined('result'),
    statusText: joined('status'),
    note: joined('note'),
  };
  // A deadline spilled over rows is text; a single cell keeps its raw value (date serials).
  const deadlineParts = draft.values.deadline?.length ?? 0;
  const deadlineValue = deadlineParts > 1 ? task.deadlineText : draft.deadlineValue;
  return interpretTask(task, {
    deadlineValue,
    deadlineFormat: deadlineParts > 1 ? 'General' : draft.deadlineFormat,
    oneHotStatus: draft.oneHot,
    hasResultColumn,
    ...(options.reportDate === undefined ? {} : { reportDate: options.reportDate }),
  });
}
