import { columnRoleSchema } from './model';
import type { ColumnRole, Task } from './model';

/** The roles whose cells hold a value as text: all but STT (the row's number, not a value). */
export type TextRole = Exclude<ColumnRole, 'stt'>;

/** The text roles in column-role order, the order findings on one task are reported in. */
export const TEXT_ROLES: readonly TextRole[] = columnRoleSchema.options.filter(
  (role): role is TextRole => role !== 'stt',
);

/** The text a task holds in a role's cell (null: the table has no such column). */
export function roleText(task: Task, role: TextRole): string | null {
  switch (role) {
    case 'task':
      return task.task;
    case 'directive':
      return task.directive;
    case 'lead':
      return task.leadText;
    case 'partners':
      return task.partnersText;
    case 'deadline':
      return task.deadlineText;
    case 'result':
      return task.result;
    case 'status':
      return task.statusText;
    case 'note':
      return task.note;
  }
}
