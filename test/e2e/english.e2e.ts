import { checkAtReportDate, demoPage, readGroups, settle } from './demoPage';
import { SAMPLE_REPORT_DATE, countByRule, expectedSampleCheck } from './expected';
import { checkAxe, screenshot, setUpDemo } from './harness';

const expected = expectedSampleCheck();
const { openDemo } = setUpDemo();

describe('the demo page in English (?lang=en)', () => {
  it('shows the page and the task pane in English, findings included', async () => {
    const demo = demoPage(await openDemo({ lang: 'en' }), 'en');

    // The demo page's own words, then the pane's: its first button reads "Check".
    await demo.workbook.waitFor();
    await demo.sampleSelect.waitFor();
    await demo.sheetTabs.waitFor();
    await demo.pane.getByRole('button', { name: 'Check', exact: true }).waitFor();

    await checkAtReportDate(demo, SAMPLE_REPORT_DATE);
    const wanted = Object.fromEntries(
      [...countByRule(expected)].map(([id, count]) => [demo.words.rule(id), count]),
    );
    expect(await settle(() => readGroups(demo.pane), wanted)).toEqual(wanted);

    await checkAxe(demo.page, 'english');
    await screenshot(demo.page, 'english');
  });
});
