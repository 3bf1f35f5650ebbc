import { checkGrid } from '../../src/core/check/checkGrid';
import type { Grid } from '../../src/core/table/grid';
import { createCheckAnswerer } from '../../src/worker/answerCheck';
import { WORKBOOKS, loadWorkbook } from '../helpers/fixtures';

const workbook = WORKBOOKS[0];

async function fixtureGrid(): Promise<Grid> {
  const [grid] = await loadWorkbook(workbook.file);
  if (!grid) throw new Error(`${workbook.file} has no sheet`);
  return grid;
}

describe('the check worker answering', () => {
  it('checks a fixture as checkGrid does, then re-checks the kept grid with new options', async () => {
    const grid = await fixtureGrid();
    const answer = createCheckAnswerer();
    const first = { asOf: workbook.reportDate };
    const later = { asOf: '2025-01-01', dueSoonDays: 30 };

    const checked = answer({ type: 'check', id: 1, grid, options: first });
    expect(checked).toEqual({ type: 'checked', id: 1, result: checkGrid(grid, first) });
    if (checked.type !== 'checked') throw new Error(checked.message);
    expect(checked.result.findings.length).toBeGreaterThan(0);

    const rechecked = answer({ type: 'recheck', id: 2, options: later });
    expect(rechecked).toEqual({ type: 'checked', id: 2, result: checkGrid(grid, later) });
  });

  it('answers with plain data, which postMessage copies unchanged', async () => {
    const grid = await fixtureGrid();
    const response = createCheckAnswerer()({
      type: 'check',
      id: 1,
      grid,
      options: { asOf: workbook.reportDate },
    });
    expect(structuredClone(response)).toStrictEqual(response);
  });

  it('says a re-check came before any grid instead of throwing', () => {
    expect(
      createCheckAnswerer()({ type: 'recheck', id: 7, options: { asOf: '2024-01-31' } }),
    ).toEqual({ type: 'failed', id: 7, message: 'recheck before any grid' });
  });
});
