import { demoPage, readGrid, startingWith } from './demoPage';
import { isFocusShown, tabTo } from './focus';
import { setUpDemo } from './harness';

const { openDemo } = setUpDemo();

describe('the demo page with the keyboard only', () => {
  it('reaches Kiểm tra and a finding with Tab, runs them with Enter, focus always visible', async () => {
    const demo = demoPage(await openDemo());
    const { t } = demo.words;
    const cellLabel = startingWith(t('findingCell', { cell: '' }).trim());

    const toCheck = await tabTo(
      demo.page,
      (stop) => stop.tag === 'button' && stop.label === t('checkButton'),
    );
    await demo.page.keyboard.press('Enter');
    await demo.pane.getByRole('button', { name: cellLabel }).first().waitFor();

    const toFinding = await tabTo(
      demo.page,
      (stop) => stop.tag === 'button' && cellLabel.test(stop.label),
    );
    const finding = toFinding.at(-1);
    const cell = /([A-Z]+\d+)/.exec(finding?.label ?? '')?.[1];
    if (cell === undefined) throw new Error(`no cell in “${finding?.label ?? ''}”`);
    await demo.page.keyboard.press('Enter');

    await demo.grid.locator(`[data-address="${cell}"][aria-selected="true"]`).waitFor();
    expect(
      (await readGrid(demo)).filter((shown) => shown.selected).map((shown) => shown.address),
    ).toEqual([cell]);
    // Every stop on the way, not only the two used: a sighted keyboard user sees where they are.
    expect([...toCheck, ...toFinding].filter((stop) => !isFocusShown(stop))).toEqual([]);
  });
});
