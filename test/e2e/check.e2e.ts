import {
  checkAtReportDate,
  demoPage,
  gridCell,
  readGrid,
  readGroups,
  settle,
  startingWith,
} from './demoPage';
import { SAMPLE, SAMPLE_REPORT_DATE, countByRule, expectedSampleCheck } from './expected';
import { checkAxe, screenshot, setUpDemo } from './harness';

const expected = expectedSampleCheck();
const { openDemo } = setUpDemo();

describe('the demo page: Kiểm tra on the sample workbook', () => {
  it('opens on the sample, its sheet in the grid beside the task pane', async () => {
    const demo = demoPage(await openDemo());

    expect(await demo.sampleSelect.inputValue()).toBe(SAMPLE);
    expect(await demo.sheetTabs.getByRole('tab', { selected: true }).innerText()).toBe(
      expected.sheet,
    );
    expect(await demo.grid.getAttribute('aria-label')).toBe(expected.sheet);
    // The table's own header row is in the grid, cell by cell.
    expect(await gridCell(demo, `A${String(expected.headerRow)}`).innerText()).toBe('STT');
    await demo.pane
      .getByRole('button', { name: demo.words.t('checkButton'), exact: true })
      .waitFor();

    await checkAxe(demo.page, 'start');
    await screenshot(demo.page, 'start');
  });

  it('lists what da06 check reports, grouped by rule and counted', async () => {
    const demo = demoPage(await openDemo());
    const { t, rule } = demo.words;

    await checkAtReportDate(demo, SAMPLE_REPORT_DATE);

    const wanted = Object.fromEntries(
      [...countByRule(expected)].map(([id, count]) => [rule(id), count]),
    );
    expect(wanted[rule('deadline-overdue')]).toBe(23);
    expect(await settle(() => readGroups(demo.pane), wanted)).toEqual(wanted);
    await demo.pane
      .getByRole('tab', { name: t('tabFindings', { count: expected.findings.length }) })
      .waitFor();

    await checkAxe(demo.page, 'findings');
  });

  it('selects the cell of a finding in the grid when it is clicked', async () => {
    const demo = demoPage(await openDemo());
    const overdue = expected.findings.find((finding) => finding.rule === 'deadline-overdue');
    if (!overdue) throw new Error('the sample has overdue tasks');

    await checkAtReportDate(demo, SAMPLE_REPORT_DATE);
    await demo.pane
      .getByRole('button', {
        name: startingWith(demo.words.t('findingCell', { cell: overdue.cell })),
      })
      .first()
      .click();

    await demo.grid.locator(`[data-address="${overdue.cell}"][aria-selected="true"]`).waitFor();
    const selected = (await readGrid(demo)).filter((cell) => cell.selected);
    expect(selected.map((cell) => cell.address)).toEqual([overdue.cell]);

    await screenshot(demo.page, 'findings');
  });
});
