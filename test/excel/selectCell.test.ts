import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions } from '../../src/demo/host';
import { AppError } from '../../src/excel/errors';
import { selectCell } from '../../src/excel/selectCell';
import { checkRequirements } from '../../src/excel/requirements';

function host(options: InMemoryExcelOptions = {}): InMemoryExcel {
  const grid = (sheet: string) => ({
    sheet,
    origin: { row: 1, column: 1 },
    values: [['STT', 'Nội dung']],
    merges: [],
  });
  return createInMemoryExcel(workbookFromGrids([grid('Tổng hợp'), grid('Phụ lục I')]), options);
}

async function select(excel: InMemoryExcel, sheet: string, address: string): Promise<void> {
  await selectCell(excel, sheet, address, checkRequirements(excel.office));
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

test('activates the sheet and selects the cell, in one sync', async () => {
  const excel = host();
  expect(excel.workbook.activeSheet.name).toBe('Tổng hợp');
  await select(excel, 'Phụ lục I', 'C12');
  expect(excel.workbook.activeSheet.name).toBe('Phụ lục I');
  expect(excel.workbook.activeSheet.selection).toEqual({
    areas: [{ top: 12, left: 3, bottom: 12, right: 3 }],
    activeCell: { row: 12, column: 3 },
  });
  expect(excel.stats.syncs).toBe(1);
});

test('the selection is what readGrid then sees: a range, and a sheet-qualified address', async () => {
  const excel = host();
  await select(excel, 'Phụ lục I', "'Phụ lục I'!B5:F5");
  expect(excel.workbook.activeSheet.selection.areas).toEqual([
    { top: 5, left: 2, bottom: 5, right: 6 },
  ]);
});

test('a missing sheet: item_not_found, and the selection stays', async () => {
  const excel = host();
  const error = await rejection(select(excel, 'Không có', 'B2'));
  expect(error.code).toBe('item_not_found');
  expect(excel.workbook.activeSheet.name).toBe('Tổng hợp');
});

test('a malformed address: invalid_argument before any sync', async () => {
  const excel = host();
  for (const address of ['', 'B', 'B2:', 'B2, D4']) {
    expect((await rejection(select(excel, 'Tổng hợp', address))).code).toBe('invalid_argument');
  }
  expect(excel.stats.syncs).toBe(0);
});

test('outside Office: not_in_excel', async () => {
  const error = await rejection(selectCell(host(), 'Tổng hợp', 'B2', checkRequirements(undefined)));
  expect(error.code).toBe('not_in_excel');
});
