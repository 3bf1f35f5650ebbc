import type { TaskTable } from '../table/model';

/** A text cell of a task that may state figures, with its address. */
export type FigureCell = { cell: string; text: string };

/**
 * The cells of a table whose text may state figures: each task's text, result, status and note,
 * and the columns without a role ("Sản phẩm", "Nguyên nhân").
 */
export function figureCells(table: TaskTable): FigureCell[] {
  const cells: FigureCell[] = [];
  for (const task of table.tasks) {
    const texts = [
      [task.cells.task, task.task],
      [task.cells.result, task.result],
      [task.cells.status, task.statusText],
      [task.cells.note, task.note],
      ...task.extra.map((extra) => [extra.cell, extra.text] as const),
    ] as const;
    for (const [cell, text] of texts) {
      if (cell !== undefined && text !== null && text.length > 0) cells.push({ cell, text });
    }
  }
  return cells;
}
