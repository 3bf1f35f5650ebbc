import type { Grid } from '../table/grid';
import type { Task, TaskTable } from '../table/model';
import { columnRoleSchema } from '../table/model';
import type { SheetSpec, SpecCell, SpecRow } from '../summary/sheetSpec';
import { NORMALIZED, leadAndPartnersText } from '../summary/labels';
import { SHEET_NAME_MAX, shorten, validSheetName } from '../summary/assignSheetNames';
import { numberTasks } from '../edit/numberTasks';
import type { Change, ChangeKind, NormalizeOptions, NormalizeResult } from './normalizeSchema';
import { ALL_CHANGE_KINDS } from './normalizeSchema';
import type { DerivedColumn, SourceCell, SourceTable } from './sourceTable';
import { readSourceTable } from './sourceTable';
import { columnNumber } from '../table/address';
import type { OutColumn, RowValues } from './normalizedColumns';
import { normalizedColumns } from './normalizedColumns';
import type { Normalizing } from './normalizing';
import { roleCell, textOf } from './normalizing';
import { addComputedCells } from './computedCells';
import { agencyListText } from './agencyText';

/** The computed columns, and the kind that adds each. */
const DERIVED_KIND: Readonly<Record<DerivedColumn, ChangeKind>> = {
  due: 'deadline-date',
  status: 'status',
  overdue: 'overdue',
  agenciesAsWritten: 'agencies',
};

type Placed = { row: number; spec: SpecRow };

/**
 * A task table in the standard layout (see `NormalizeResult`), with the changes that makes, by
 * kind. Only the ticked kinds change anything: every other cell is copied as written, a text
 * starting with "=", "+", "-" or "@" included (the writers put strings in as text).
 */
export function normalizeTable(
  grid: Grid,
  table: TaskTable,
  options: NormalizeOptions,
): NormalizeResult {
  const kinds = options.kinds ?? new Set(ALL_CHANGE_KINDS);
  const on = (kind: ChangeKind): boolean => kinds.has(kind);
  const recompute = new Set(
    (Object.keys(DERIVED_KIND) as DerivedColumn[]).filter((which) => on(DERIVED_KIND[which])),
  );
  const source = readSourceTable(grid, table, recompute);
  const columns = normalizedColumns(source, table, on);
  const changes: Change[] = [];
  const context: Normalizing = {
    source,
    on,
    report: (kind, task, cell, before, after) => {
      changes.push({ kind, row: task.row, cell, before, after });
    },
  };
  const numbers = on('renumber') ? numberTasks(table) : new Map<number, string>();

  const placed = headingRows(source, table, columns, on('clean-text'));
  for (const task of table.tasks) {
    placed.push(...taskRows(context, columns, task, numbers.get(task.row), options));
  }
  placed.push(...totalRows(source, columns, table, on('clean-text')));
  placed.sort((a, b) => a.row - b.row);

  const counts = Object.fromEntries(ALL_CHANGE_KINDS.map((kind) => [kind, 0])) as Record<
    ChangeKind,
    number
  >;
  for (const { kind } of changes) counts[kind] += 1;
  const spec: SheetSpec = {
    name: sheetName(table.sheet, options.name),
    kind: 'normalized',
    agency: null,
    titles: table.titles.length > 0 ? table.titles : [`${table.sheet}${NORMALIZED.sheetSuffix}`],
    columns: columns.map((column) => column.spec),
    rows: placed.map(({ spec: row }) => row),
    chart: null,
  };
  return { spec, changes, counts };
}

/**
 * Sections and groups as group rows: the label in the STT column, the title as the reader read
 * it ("(10 nhiệm vụ)" kept, so the group count is still checked), merged across the rest. A table
 * without an STT column keeps label and title in one cell, as it wrote them. Text in a heading's
 * other cells ("Quý I/2024") stays in its column, the row then left unmerged; where no column
 * holds it (a computed column made anew, no STT column), it follows the title.
 */
function headingRows(
  source: SourceTable,
  table: TaskTable,
  columns: readonly OutColumn[],
  clean: boolean,
): Placed[] {
  const taskColumn = columns.findIndex((column) => column.key === 'role:task');
  const sttColumn = columns.findIndex((column) => column.key === 'role:stt');
  const bySource = outColumnsBySource(source, columns);
  return [...table.sections, ...table.groups].map(({ row, label, title, extra = [] }) => {
    const cells: SpecCell[] = columns.map(() => null);
    const lines = [title];
    for (const cell of extra) {
      const column = columnNumber(cell.cell.replace(/\d+$/, ''));
      const index = column === null ? undefined : bySource.get(column);
      const free = index !== undefined && index !== sttColumn && index !== taskColumn;
      if (free && sttColumn >= 0 && column !== null) {
        cells[index] = joinCells([source.cell(row, column)], clean);
      } else lines.push(cell.text);
    }
    // One line, as the reader reads a title.
    const text = lines.filter((line) => line !== '').join(' ');
    if (sttColumn >= 0) {
      cells[sttColumn] = label === '' ? null : label;
      cells[taskColumn] = text;
    } else {
      cells[taskColumn] = headingLine(label, text);
    }
    const spread = cells.some((cell, index) => cell !== null && index > taskColumn);
    return {
      row,
      spec: { style: 'group', cells, ...(spread ? {} : { mergeFrom: taskColumn }) },
    };
  });
}

/** The output column of each source sheet column copied as it is (a role or an extra column). */
function outColumnsBySource(
  source: SourceTable,
  columns: readonly OutColumn[],
): Map<number, number> {
  const sourceOf = new Map<OutColumn['key'], number>();
  for (const role of columnRoleSchema.options) {
    const column = source.roles[role];
    if (column !== undefined) sourceOf.set(`role:${role}`, column);
  }
  for (const { column } of source.extras) sourceOf.set(`extra:${column}`, column);
  const out = new Map<number, number>();
  columns.forEach(({ key }, index) => {
    const column = sourceOf.get(key);
    if (column !== undefined) out.set(column, index);
  });
  return out;
}

/**
 * Total rows ("Tổng cộng | … | 45/63") copied cell by cell, a row each as written, so their
 * figures stay; computed columns stay empty (a total is no task).
 */
function totalRows(
  source: SourceTable,
  columns: readonly OutColumn[],
  table: TaskTable,
  clean: boolean,
): Placed[] {
  const bySource = outColumnsBySource(source, columns);
  const sourceOf = new Map([...bySource].map(([column, index]) => [index, column]));
  return (table.totals ?? []).flatMap((total) => {
    const rows: Placed[] = [];
    for (let row = total.row; row <= total.lastRow; row++) {
      const cells = columns.map((_, index) => {
        const column = sourceOf.get(index);
        return column === undefined ? null : joinCells([source.cell(row, column)], clean);
      });
      if (cells.some((cell) => cell !== null)) rows.push({ row, spec: { style: 'total', cells } });
    }
    return rows;
  });
}

/**
 * The rows of one task: one when merging rows, else one per source row (a continuation row with
 * only its own cells). Renumbering, agencies and the computed columns go in the first.
 */
function taskRows(
  context: Normalizing,
  columns: readonly OutColumn[],
  task: Task,
  number: string | undefined,
  options: NormalizeOptions,
): Placed[] {
  const { source, on, report } = context;
  const rows = source.taskRows(task);
  const parts = on('merge-rows') ? [rows] : rows.map((row) => [row]);
  const joined = (column: number | undefined, part: readonly number[]): SpecCell =>
    column === undefined
      ? null
      : joinCells(
          part.map((row) => source.cell(row, column)),
          on('clean-text'),
        );

  if (on('clean-text')) {
    for (const row of rows) {
      for (const column of copiedColumns(source)) {
        const cell = source.cell(row, column);
        if (typeof cell.value === 'string' && cell.clean !== cell.raw) {
          report('clean-text', task, cell.address, cell.raw, cell.clean);
        }
      }
    }
  }
  const partValues = parts.map((part): RowValues => {
    const values: RowValues = new Map();
    for (const role of columnRoleSchema.options)
      values.set(`role:${role}`, joined(source.roles[role], part));
    for (const { column } of source.extras) values.set(`extra:${column}`, joined(column, part));
    return values;
  });
  const [first] = partValues;
  if (first === undefined) return [];

  if (on('merge-rows') && rows.length > 1) {
    const before = rows.map((row) => sourceLine(source, row)).join('\n');
    report('merge-rows', task, null, before, outputLine(columns, first));
  }
  if (number !== undefined) {
    const before = textOf(first.get('role:stt') ?? null);
    first.set('role:stt', number);
    if (number !== before) report('renumber', task, roleCell(source, task, 'stt'), before, number);
  }
  if (columns.some((column) => column.key === 'derived:agenciesAsWritten')) {
    const whole = (column: number | undefined): string => textOf(joined(column, rows));
    setAgencies(context, task, partValues, {
      lead: whole(source.roles.lead),
      partners: whole(source.roles.partners),
      earlier: whole(source.derived.agenciesAsWritten),
    });
  }
  addComputedCells(context, task, first, joined(source.roles.deadline, rows), options.asOf);

  return parts.flatMap((part, index) => {
    const values = partValues[index];
    const row = part[0];
    if (values === undefined || row === undefined) return [];
    const cells = columns.map((column) => values.get(column.key) ?? null);
    // A continuation row left with nothing (its agency text moved to the first row) goes.
    if (index > 0 && cells.every((cell) => cell === null)) return [];
    return [{ row, spec: { style: 'task', cells } }];
  });
}

/**
 * Lead and partners by their canonical names, on the task's first row; the cells as written go
 * to the hidden column (kept from an earlier normalisation, which holds the first wording).
 */
function setAgencies(
  { source, report }: Normalizing,
  task: Task,
  partValues: readonly RowValues[],
  written: { lead: string; partners: string; earlier: string },
): void {
  const asWritten =
    written.earlier === '' ? agenciesLine(written.lead, written.partners) : written.earlier;
  const lead = agencyListText(task.lead);
  const partners = agencyListText(task.partners);
  for (const values of partValues) {
    values.set('role:lead', null);
    values.set('role:partners', null);
  }
  const [first] = partValues;
  first?.set('role:lead', lead === '' ? null : lead);
  first?.set('role:partners', partners === '' ? null : partners);
  first?.set('derived:agenciesAsWritten', asWritten === '' ? null : asWritten);
  if (lead !== written.lead || partners !== written.partners) {
    const cell = roleCell(source, task, 'lead') ?? roleCell(source, task, 'partners');
    report('agencies', task, cell, asWritten, agenciesLine(lead, partners));
  }
}

/** The sheet columns copied cell by cell: every role and extra column of the source. */
function copiedColumns(source: SourceTable): number[] {
  return [...Object.values(source.roles), ...source.extras.map((extra) => extra.column)];
}

/**
 * Cells of one column over one or more rows, as the reader joins them: the non-empty ones, a line
 * each. A lone number stays a number.
 */
function joinCells(cells: readonly SourceCell[], clean: boolean): SpecCell {
  const parts = cells.filter((cell) => cell.clean !== '');
  const [only] = parts;
  if (only === undefined) return null;
  if (parts.length === 1 && typeof only.value === 'number' && only.raw === String(only.value)) {
    return only.value;
  }
  return parts.map((cell) => (clean ? cell.clean : cell.raw)).join('\n');
}

/** "I. Nhiệm vụ cụ thể …" in one cell, when the table has no STT column for the label. */
function headingLine(label: string, title: string): string {
  if (label === '') return title;
  return title === '' ? `${label}.` : `${label}. ${title}`;
}

/** The lead and partners texts of a task, named apart when both say something. */
function agenciesLine(lead: string, partners: string): string {
  return partners === '' ? lead : leadAndPartnersText(lead, partners);
}

/** A source row's texts, " | " apart: what a merged row was. */
function sourceLine(source: SourceTable, row: number): string {
  return copiedColumns(source)
    .map((column) => source.cell(row, column).clean)
    .filter((text) => text !== '')
    .join(' | ');
}

/** The merged row's texts, " | " apart, without the computed columns. */
function outputLine(columns: readonly OutColumn[], values: RowValues): string {
  return columns
    .flatMap((column) => {
      if (column.key.startsWith('derived:')) return [];
      const text = textOf(values.get(column.key) ?? null);
      return text === '' ? [] : [text];
    })
    .join(' | ');
}

/** "<sheet> (chuẩn hóa)", the sheet's name shortened so the suffix fits in 31 characters. */
function sheetName(sheet: string, wanted: string | undefined): string {
  if (wanted !== undefined) return validSheetName(wanted);
  const suffix = NORMALIZED.sheetSuffix;
  return validSheetName(
    `${shorten(validSheetName(sheet), SHEET_NAME_MAX - suffix.length)}${suffix}`,
  );
}
