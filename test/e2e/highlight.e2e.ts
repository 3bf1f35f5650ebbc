import { HIGHLIGHT_FILLS } from '../../src/core/highlight/planHighlights';
import { cellAddress, parseRangeAddress } from '../../src/core/table/address';
import { checkAtReportDate, demoPage, escapeRegExp, readGrid, settle } from './demoPage';
import type { DemoPage } from './demoPage';
import { SAMPLE_REPORT_DATE, expectedSampleCheck } from './expected';
import { checkAxe, screenshot, setUpDemo } from './harness';

const expected = expectedSampleCheck();
const { openDemo } = setUpDemo();

/** Every rendered cell's fill, by address: the state "Xóa tô màu" must give back. */
async function readFills(demo: DemoPage): Promise<Record<string, string | null>> {
  return Object.fromEntries((await readGrid(demo)).map((cell) => [cell.address, cell.fill]));
}

describe('the demo page: Tô màu hạn', () => {
  it('colours the overdue rows in the grid, and Xóa tô màu gives the old fills back', async () => {
    const demo = demoPage(await openDemo());
    const { t } = demo.words;
    const span = parseRangeAddress(expected.range);
    if (!span) throw new Error(`not a range: ${expected.range}`);
    const overdueRows = expected.tasks.filter((task) => task.overdue).map((task) => task.row);
    expect(overdueRows).toHaveLength(23);

    await checkAtReportDate(demo, SAMPLE_REPORT_DATE);
    const before = await readFills(demo);
    // "Tô màu hạn" in the toolbar opens the colours; the button there names what it colours.
    await demo.pane.getByRole('button', { name: t('toolbarHighlight'), exact: true }).click();
    const overdueWords = escapeRegExp(t('highlightOverdueRows', { count: overdueRows.length }));
    await demo.pane.getByRole('button', { name: new RegExp(overdueWords) }).click();

    // Each overdue task's row, across the table's columns, in the overdue colour.
    const overdueFill = HIGHLIGHT_FILLS.overdue.toUpperCase();
    const wanted = overdueRows.flatMap((row) =>
      Array.from({ length: span.right - span.left + 1 }, (_, i) => cellAddress(row, span.left + i)),
    );
    const readOverdue = async () => {
      const fills = await readFills(demo);
      return wanted.filter((address) => fills[address] !== overdueFill);
    };
    expect(await settle(readOverdue, [])).toEqual([]);
    await demo.pane
      .getByRole('tabpanel', { name: t('tabHighlight') })
      .getByText(t('highlightDone', { rows: overdueRows.length }))
      .scrollIntoViewIfNeeded();

    await checkAxe(demo.page, 'highlight');
    await screenshot(demo.page, 'highlight');

    await demo.pane.getByRole('button', { name: t('clearButton'), exact: true }).click();
    expect(await settle(() => readFills(demo), before)).toEqual(before);
  });
});
