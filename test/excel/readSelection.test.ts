import type { CellValue, Grid } from '../../src/core/table/grid';
import { createInMemoryExcel, workbookFromGrids } from '../../src/demo/host';
import type { InMemoryExcel, InMemoryExcelOptions, WorkbookOptions } from '../../src/demo/host';
import { AppError } from '../../src/excel/errors';
import { readSelectionRows } from '../../src/excel/readSelection';
import { checkRequirements } from '../../src/excel/requirements';

/** A header at row 2 and `rows` task rows under it, from column A. */
function table(rows: number, sheet = 'Nhiệm vụ'): Grid {
  const values: CellValue[][] = [
    ['DANH MỤC NHIỆM VỤ', null, null],
    ['STT', 'Nội dung nhiệm vụ', 'Kết quả'],
  ];
  for (let i = 1; i <= rows; i++) values.push([i, `Nhiệm vụ ${i}`, 'Đang thực hiện']);
  return { sheet, origin: { row: 1, column: 1 }, values, merges: [] };
}

function hostOf(
  grids: Grid[],
  workbook: WorkbookOptions,
  options: InMemoryExcelOptions = {},
): InMemoryExcel {
  return createInMemoryExcel(workbookFromGrids(grids, workbook), options);
}

async function rows(excel: InMemoryExcel) {
  return await readSelectionRows(excel, checkRequirements(excel.office));
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

test('a block of cells gives its rows and the active sheet, in one sync', async () => {
  const excel = hostOf([table(10), table(3, 'Khác')], {
    activeSheet: 'Nhiệm vụ',
    selection: 'B5:C8',
  });
  expect(await rows(excel)).toEqual({ sheet: 'Nhiệm vụ', rows: [5, 6, 7, 8] });
  expect(excel.stats.syncs).toBe(1);
});

test('one cell gives its row', async () => {
  expect(await rows(hostOf([table(10)], { selection: 'C4' }))).toEqual({
    sheet: 'Nhiệm vụ',
    rows: [4],
  });
});

test('several areas give their rows once each, in order (ExcelApi 1.9)', async () => {
  const excel = hostOf([table(10)], { selection: 'B9:B10, A3:C4, C4:C5', activeCell: 'B9' });
  expect((await rows(excel)).rows).toEqual([3, 4, 5, 9, 10]);
  expect(excel.stats.syncs).toBe(1);
});

test('whole columns give the used rows, not a million', async () => {
  expect((await rows(hostOf([table(4)], { selection: 'B:C' }))).rows).toEqual([1, 2, 3, 4, 5, 6]);
});

test('whole rows past the table are cut to the used range', async () => {
  expect((await rows(hostOf([table(4)], { selection: '5:40' }))).rows).toEqual([5, 6]);
});

test('one area on an Excel without getSelectedRanges (ExcelApi 1.7)', async () => {
  const excel = hostOf([table(10)], { selection: 'A6:C7' }, { excelApi: '1.7' });
  expect((await rows(excel)).rows).toEqual([6, 7]);
});

test('a selection below the used range: sheet_empty', async () => {
  const error = await rejection(rows(hostOf([table(4)], { selection: 'B20:C30' })));
  expect([error.code, error.detail]).toEqual(['sheet_empty', 'selection']);
});

test('outside Office: not_in_excel, before any sync', async () => {
  const excel = hostOf([table(4)], { selection: 'B3' });
  const error = await rejection(readSelectionRows(excel, checkRequirements(undefined)));
  expect(error.code).toBe('not_in_excel');
  expect(excel.stats.syncs).toBe(0);
});
