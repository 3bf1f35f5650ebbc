import type { ColumnRole, TaskTable } from '../table/model';
import type { SpecCell, SpecColumn } from '../summary/sheetSpec';
import { codeColumn, dateColumn, integerColumn, textColumn } from '../summary/specColumns';
import { NORMALIZED } from '../summary/labels';
import { columnLetter } from '../table/address';
import type { ChangeKind } from './normalizeSchema';
import type { DerivedColumn, SourceTable } from './sourceTable';

/** An output column: a role copied from the source, a computed column, or an extra column. */
export type ColumnKey = `role:${ColumnRole}` | `derived:${DerivedColumn}` | `extra:${number}`;
export type OutColumn = { key: ColumnKey; spec: SpecColumn };
/** One output row's cells by column. */
export type RowValues = Map<ColumnKey, SpecCell>;

/**
 * The columns of the standard layout this table gets. A role column the source lacks is left out
 * where adding it empty would change what the table says (the reader would miss a value in
 * every row), and so is each computed column whose kind is unticked.
 */
export function normalizedColumns(
  source: SourceTable,
  table: TaskTable,
  on: (kind: ChangeKind) => boolean,
): OutColumn[] {
  const has = (role: ColumnRole): boolean => source.roles[role] !== undefined;
  const words = NORMALIZED.headers;
  const columns: OutColumn[] = [];
  const add = (key: ColumnKey, spec: SpecColumn, when = true): void => {
    if (when) columns.push({ key, spec });
  };
  // Without an STT column the reader takes every row for a task; with an empty one, every row
  // would continue the first task.
  add('role:stt', codeColumn(words.stt, 6), has('stt') || on('renumber'));
  add('role:task', textColumn(words.task, 50));
  add('role:directive', textColumn(words.directive, 22));
  add('role:lead', textColumn(words.lead, 24), has('lead'));
  // Partners read from a lead cell ("A phối hợp B") need a column of their own.
  add('role:partners', textColumn(words.partners, 24), has('lead') || has('partners'));
  add('role:deadline', textColumn(words.deadline, 16), has('deadline'));
  add('derived:due', dateColumn(words.due, 12), has('deadline') && on('deadline-date'));
  // An assignment list reports nothing ("Chưa báo cáo"); an empty result column would say
  // every task was reported on with no word.
  add('role:result', textColumn(words.result, 45), has('result'));
  add('role:status', textColumn(table.headers.status ?? words.status, 16), has('status'));
  add('derived:status', codeColumn(words.status, 16), on('status'));
  add('derived:overdue', integerColumn(words.overdue, 10), on('overdue'));
  add('role:note', textColumn(words.note, 20), has('note'));
  for (const extra of source.extras) {
    const header = extra.header === '' ? `Cột ${columnLetter(extra.column)}` : extra.header;
    add(`extra:${extra.column}`, textColumn(header, 20));
  }
  add(
    'derived:agenciesAsWritten',
    { ...textColumn(words.agenciesAsWritten, 30), hidden: true },
    on('agencies') && (has('lead') || has('partners')),
  );
  return columns;
}
