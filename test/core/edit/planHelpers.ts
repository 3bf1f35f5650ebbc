import type { EditPlan, EditValue } from '../../../src/core/edit/editPlan';
import { editPlanSchema } from '../../../src/core/edit/editPlan';
import type { Grid } from '../../../src/core/table/grid';
import type { TaskTable } from '../../../src/core/table/model';
import type { RangeRef } from '../../../src/core/table/address';
import { cellAddress, parseRangeAddress } from '../../../src/core/table/address';
import { readTaskTable } from '../../../src/core/table/readTaskTable';

/** The table of a grid, for tests whose grid must hold one. */
export function tableOf(grid: Grid): TaskTable {
  const read = readTaskTable(grid);
  if (!read.success) throw new Error(`no table: ${JSON.stringify(read.issues)}`);
  return read.data;
}

/** The corners of an A1 address the test trusts. */
export function rect(address: string): RangeRef {
  const parsed = parseRangeAddress(address);
  if (parsed === null) throw new Error(`bad address ${address}`);
  return parsed;
}

function inside(inner: RangeRef, outer: RangeRef): boolean {
  return (
    outer.top <= inner.top &&
    inner.bottom <= outer.bottom &&
    outer.left <= inner.left &&
    inner.right <= outer.right
  );
}

/**
 * Checks what every plan must hold — the schema, writes and unmerges inside `area`, values and
 * formats the size of their rectangle — and returns the cells it writes (null values left out).
 */
export function checkPlan(plan: EditPlan): Map<string, EditValue> {
  expect(editPlanSchema.parse(plan)).toEqual(plan);
  const area = rect(plan.area);
  for (const address of plan.unmerge) expect(inside(rect(address), area)).toBe(true);
  const cells = new Map<string, EditValue>();
  for (const write of plan.writes) {
    const target = rect(write.address);
    expect(inside(target, area)).toBe(true);
    expect(write.values).toHaveLength(target.bottom - target.top + 1);
    if (write.numberFormats) expect(write.numberFormats).toHaveLength(write.values.length);
    write.values.forEach((row, r) => {
      expect(row).toHaveLength(target.right - target.left + 1);
      if (write.numberFormats) expect(write.numberFormats[r]).toHaveLength(row.length);
      row.forEach((value, c) => {
        const address = cellAddress(target.top + r, target.left + c);
        expect(cells.has(address)).toBe(false);
        if (value !== null) cells.set(address, value);
      });
    });
  }
  return cells;
}

/** The sheet rows of the written cells. */
export function rowsOfCells(cells: ReadonlyMap<string, EditValue>): Set<number> {
  return new Set([...cells.keys()].map((address) => rect(address).top));
}
