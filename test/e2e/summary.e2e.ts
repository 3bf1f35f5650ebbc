import { OVERVIEW, SHEET_NAMES, TOTAL_LABEL } from '../../src/core/summary/labels';
import { parseRangeAddress } from '../../src/core/table/address';
import { checkAtReportDate, demoPage, readGrid } from './demoPage';
import type { ShownCell } from './demoPage';
import { SAMPLE_REPORT_DATE, expectedSampleCheck } from './expected';
import { checkAxe, screenshot, setUpDemo } from './harness';

const expected = expectedSampleCheck();
const { openDemo } = setUpDemo();

/** The cell whose text is exactly `text`, as { row, column } numbers. */
function findText(cells: readonly ShownCell[], text: string): { row: number; column: number } {
  const cell = cells.find((shown) => shown.text === text);
  const at = cell ? parseRangeAddress(cell.address) : null;
  if (!at) throw new Error(`no cell reads “${text}” on this sheet`);
  return { row: at.top, column: at.left };
}

/** The text at a row and column ("" when the grid shows no cell there). */
function textAt(cells: readonly ShownCell[], row: number, column: number): string {
  return (
    cells.find((cell) => {
      const at = parseRangeAddress(cell.address);
      return at?.top === row && at.left === column;
    })?.text ?? ''
  );
}

describe('the demo page: Tạo bảng tổng hợp', () => {
  it('creates the meeting sheets as tabs; Tổng hợp totals every task and the overdue ones', async () => {
    const demo = demoPage(await openDemo());
    const { t } = demo.words;

    await checkAtReportDate(demo, SAMPLE_REPORT_DATE);
    // "Tổng hợp" in the toolbar opens the meeting workbook's tab.
    await demo.pane.getByRole('button', { name: t('toolbarSummary'), exact: true }).click();
    await demo.pane.getByRole('button', { name: t('summaryButton'), exact: true }).click();
    const confirm = demo.pane.getByRole('button', { name: t('summaryConfirm'), exact: true });
    await confirm.waitFor();
    await checkAxe(demo.page, 'summary preview');

    await confirm.click();
    const overviewTab = demo.sheetTabs.getByRole('tab', {
      name: SHEET_NAMES.overview,
      exact: true,
    });
    await overviewTab.waitFor();
    await demo.sheetTabs.getByRole('tab', { name: SHEET_NAMES.late, exact: true }).waitFor();

    await overviewTab.click();
    await demo.page.getByRole('grid', { name: SHEET_NAMES.overview, exact: true }).waitFor();
    const cells = await readGrid(demo);
    const header = findText(cells, OVERVIEW.headers.total);
    const overdueColumn = cells
      .map((cell) => ({ cell, at: parseRangeAddress(cell.address) }))
      .find(({ cell, at }) => at?.top === header.row && cell.text === OVERVIEW.headers.overdue)
      ?.at?.left;
    if (overdueColumn === undefined) throw new Error('no “Quá hạn” column beside the totals');
    const total = findText(cells, TOTAL_LABEL);

    expect({
      tasks: textAt(cells, total.row, header.column),
      overdue: textAt(cells, total.row, overdueColumn),
    }).toEqual({
      tasks: String(expected.tasks.length),
      overdue: String(expected.tasks.filter((task) => task.overdue).length),
    });
    expect(expected.tasks).toHaveLength(27);

    await screenshot(demo.page, 'summary');
  });
});
