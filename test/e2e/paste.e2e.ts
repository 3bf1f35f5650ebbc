import { readFileSync } from 'node:fs';
import { fixturePath } from '../helpers/fixtures';
import { demoPage, readGroups, settle } from './demoPage';
import { checkAxe, screenshot, setUpDemo } from './harness';

const { openDemo } = setUpDemo();

/** The annex of report 230 as a browser copies it from the published page: 26 tasks. */
const RAW = readFileSync(fixturePath('pasted', 'bao-cao-230-cham-muon-raw.tsv'), 'utf8');

describe('the demo page: Dán bảng', () => {
  it('reads and checks a table pasted as text', async () => {
    const demo = demoPage(await openDemo());
    const { t } = demo.words;

    await demo.pane.getByRole('button', { name: t('viewPaste'), exact: true }).click();
    const view = demo.pane.getByRole('region', { name: t('pasteHeading'), exact: true });
    const box = view.getByRole('textbox', { name: t('pasteBoxLabel') });
    await box.focus();
    // What the browser fires on Ctrl+V, with the clipboard's text: the system clipboard itself
    // is out of reach of a headless test.
    await box.evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, RAW);

    const done = view.getByText(/26 nhiệm vụ/).first();
    await done.waitFor();
    const found = /(\d+) vấn đề/.exec(await done.innerText());
    const findings = Number(found?.[1] ?? 0);
    expect(await done.innerText()).toBe(t('pasteDone', { tasks: 26, findings }));
    expect(findings).toBeGreaterThan(0);
    await view.getByRole('tab', { name: t('tabFindings', { count: findings }) }).waitFor();
    const sum = async () =>
      Object.values(await readGroups(view)).reduce((total, count) => total + count, 0);
    expect(await settle(sum, findings)).toBe(findings);

    await checkAxe(demo.page, 'paste');
    await screenshot(demo.page, 'paste');
  });
});
