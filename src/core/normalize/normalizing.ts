import type { ColumnRole, Task } from '../table/model';
import type { SpecCell } from '../summary/sheetSpec';
import { formatIsoDate } from '../i18n/formatIsoDate';
import { columnLetter } from '../table/address';
import type { ChangeKind } from './normalizeSchema';
import type { SourceTable } from './sourceTable';

/** What each step of normalising a task shares: the source, the ticked kinds, the change log. */
export type Normalizing = {
  source: SourceTable;
  on: (kind: ChangeKind) => boolean;
  /** Logs a change of a task (at its first row). */
  report: (
    kind: ChangeKind,
    task: Task,
    cell: string | null,
    before: string,
    after: string,
  ) => void;
};

/** The text a cell shows ("" when empty; a date as dd/mm/yyyy). */
export function textOf(cell: SpecCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return formatIsoDate(cell.date);
}

/** The task's cell in a role's column, on its first row; null when the source has no such column. */
export function roleCell(source: SourceTable, task: Task, role: ColumnRole): string | null {
  const cell = task.cells[role];
  if (cell !== undefined) return cell;
  const column = source.roles[role];
  return column === undefined ? null : `${columnLetter(column)}${task.row}`;
}
