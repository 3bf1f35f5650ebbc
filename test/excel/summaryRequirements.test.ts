import { createInMemoryExcel, InMemoryWorkbook } from '../../src/demo/host';
import { apiSetOf, checkRequirements, SUMMARY_MINIMUM } from '../../src/excel/requirements';

function office(excelApi: string) {
  return createInMemoryExcel(new InMemoryWorkbook(), { excelApi }).office;
}

describe('the meeting workbook’s requirements', () => {
  test('the sets of the write APIs, as Office documents them', () => {
    expect({
      addWorksheet: apiSetOf.addWorksheet,
      mergeRange: apiSetOf.mergeRange,
      freezePanes: apiSetOf.freezePanes,
      setCategoryNames: apiSetOf.setCategoryNames,
      tabColor: apiSetOf.tabColor,
      pageLayout: apiSetOf.pageLayout,
    }).toEqual({
      addWorksheet: '1.1',
      mergeRange: '1.2',
      freezePanes: '1.7',
      setCategoryNames: '1.7',
      tabColor: '1.7',
      pageLayout: '1.9',
    });
  });

  test('writing needs ExcelApi 1.7, the minimum the add-in reads with', () => {
    expect(SUMMARY_MINIMUM).toBe('1.7');
    expect(checkRequirements(office('1.7')).canSummarize).toBe(true);
    expect(checkRequirements(office('1.6')).canSummarize).toBe(false);
    expect(checkRequirements(undefined).canSummarize).toBe(false);
  });

  test('print setup from ExcelApi 1.9 on', () => {
    expect(checkRequirements(office('1.9')).supports.pageLayout).toBe(true);
    expect(checkRequirements(office('1.8')).supports.pageLayout).toBe(false);
  });
});
