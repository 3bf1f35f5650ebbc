import type { EditPlan } from './editPlan';
import type { CellValue, Grid } from '../table/grid';
import { cellText } from '../table/grid';
import type { TaskTable } from '../table/model';
import type { CellEdit } from './cellPlan';
import { cellPlan } from './cellPlan';
import { emptyPlan } from './emptyPlan';
import { containsCell, rectOf } from './editArea';
import { valueAt } from './editValues';
import { numberTasks } from './numberTasks';
import { columnNumber } from '../table/address';
import { sttKind } from '../rules/sttKind';

/** How the table writes its row numbers, kept when renumbering. */
type SttStyle = { prefix: string; suffix: string; width: number; numeric: boolean };

/**
 * Renumbers the STT column as `numberTasks` does, writing only the cells whose text changes. A
 * table without an STT column gets a plan with no writes.
 */
export function planRenumber(table: TaskTable, grid: Grid): EditPlan {
  const column = table.columns.stt === undefined ? null : columnNumber(table.columns.stt);
  if (column === null) return emptyPlan('renumber', table);
  const numbers = numberTasks(table);
  const targets = table.tasks.flatMap((task) => {
    const stt = numbers.get(task.row);
    const row = task.cells.stt === undefined ? task.row : rectOf(task.cells.stt).top;
    return stt === undefined ? [] : [{ row, stt, current: valueAt(grid, row, column) }];
  });
  const style = styleOf(
    table.tasks.flatMap((task) =>
      task.stt !== null && sttKind(task.stt).kind === 'number' && task.cells.stt !== undefined
        ? [valueAt(grid, rectOf(task.cells.stt).top, column)]
        : [],
    ),
  );
  const cells: CellEdit[] = [];
  for (const { row, stt, current } of targets) {
    const text = style.prefix + stt.padStart(style.width, '0') + style.suffix;
    if (cellText(current).trim() === text || isHiddenByMerge(grid, row, column)) continue;
    cells.push({ row, column, value: style.numeric ? Number(stt) : text });
  }
  return cellPlan('renumber', table, cells, cells.length);
}

/**
 * The table's own way, as most of its numbered STT write it: real numbers rather than text, "1."
 * or "(1)", "01" for numbers under ten. Most, not all: the cell being mended is often the odd
 * one. A table with no way shared by most gets plain text "1", "2" …, as a report types them.
 */
function styleOf(values: readonly CellValue[]): SttStyle {
  const isMost = (count: number, of: number): boolean => count * 2 > of;
  if (isMost(values.filter((value) => typeof value === 'number').length, values.length)) {
    return { prefix: '', suffix: '', width: 1, numeric: true };
  }
  const written = values.flatMap((value) => {
    const match = /^(\(?)(\d+)([.)]?)$/.exec(cellText(value).trim());
    return match === null
      ? []
      : [{ prefix: match[1] ?? '', digits: match[2] ?? '', suffix: match[3] ?? '' }];
  });
  const shared = written.find((one) =>
    isMost(
      written.filter((other) => other.prefix === one.prefix && other.suffix === one.suffix).length,
      values.length,
    ),
  );
  const small = written.filter(({ digits }) => Number(digits) < 10);
  const padded = small.filter(({ digits }) => digits.length === 2).length;
  return {
    prefix: shared?.prefix ?? '',
    suffix: shared?.suffix ?? '',
    width: isMost(padded, small.length) ? 2 : 1,
    numeric: false,
  };
}

/** A cell inside a merged area but not its top-left: Excel ignores what is written there. */
function isHiddenByMerge(grid: Grid, row: number, column: number): boolean {
  return grid.merges.some(
    (merge) => containsCell(merge, row, column) && (merge.top !== row || merge.left !== column),
  );
}
