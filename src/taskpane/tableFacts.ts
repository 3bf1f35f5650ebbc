import { cellText } from '../core/table/grid';
import type { Grid } from '../core/table/grid';
import { columnLetter, parseRangeAddress } from '../core/table/address';
import { columnRoleSchema } from '../core/table/model';
import type { ColumnMap, ColumnRole, TaskTable } from '../core/table/model';
import { deadlineSchema } from '../core/parse/deadlineSchema';
import type { DeadlineKind } from '../core/parse/deadlineSchema';
import { statusSchema } from '../core/parse/statusSchema';
import type { Status } from '../core/parse/statusSchema';

/** A column of the table as the user sees it: its letter and its header text. */
export type TableColumn = { letter: string; header: string };

/** Every role, in the order of DESIGN.md §1. */
export const columnRoles: readonly ColumnRole[] = columnRoleSchema.options;

/** The roles without which the table makes little sense; a warning names the missing ones. */
export const essentialRoles: readonly ColumnRole[] = ['task', 'lead', 'deadline'];

const deadlineKinds: readonly DeadlineKind[] = deadlineSchema.options.map(
  (option) => option.shape.kind.value,
);

/** Each column of the table's range with its header text (both rows of a two-row header). */
export function findTableColumns(grid: Grid, table: TaskTable): TableColumn[] {
  const range = parseRangeAddress(table.range);
  if (!range) return [];
  const columns: TableColumn[] = [];
  for (let column = range.left; column <= range.right; column++) {
    const parts: string[] = [];
    for (let row = table.headerRow; row < table.headerRow + table.headerRows; row++) {
      const value = grid.values[row - grid.origin.row]?.[column - grid.origin.column] ?? null;
      // Headers pasted from Word carry line breaks; one line reads better in a list.
      const text = cellText(value).replace(/\s+/g, ' ').trim();
      if (text !== '' && !parts.includes(text)) parts.push(text);
    }
    columns.push({ letter: columnLetter(column), header: parts.join(' / ') });
  }
  return columns;
}

/** The essential roles the column map lacks. */
export function findMissingRoles(columns: ColumnMap): ColumnRole[] {
  return essentialRoles.filter((role) => columns[role] === undefined || columns[role] === '');
}

/** How many tasks have each status, in the statuses' order, leaving out zeros. */
export function countByStatus(table: TaskTable): { status: Status; count: number }[] {
  return statusSchema.options
    .map((status) => ({
      status,
      count: table.tasks.filter((task) => task.status.status === status).length,
    }))
    .filter((entry) => entry.count > 0);
}

/** How many tasks have each kind of deadline, in the kinds' order, leaving out zeros. */
export function countByDeadlineKind(table: TaskTable): { kind: DeadlineKind; count: number }[] {
  return deadlineKinds
    .map((kind) => ({
      kind,
      count: table.tasks.filter((task) => task.deadline.kind === kind).length,
    }))
    .filter((entry) => entry.count > 0);
}
