/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createDemoSession } from '../../src/demo/demoSession';
import type { DemoSession } from '../../src/demo/demoSession';
import { WorkbookView } from '../../src/demo/components/WorkbookView';
import { workbookFromGrids } from '../../src/demo/host';
import { gridOf } from '../helpers/fixtures';
import { Providers } from './demoFixtures';

Element.prototype.scrollIntoView = jest.fn();

/** Two sheets: a small task table under a merged title, and a second sheet. */
function smallSession(): DemoSession {
  const workbook = workbookFromGrids(
    [
      gridOf(
        [
          ['Nhiệm vụ tháng 1', null, null],
          ['STT', 'Nhiệm vụ', 'Thời hạn'],
          [1, 'Rà soát dữ liệu', 45322],
          [2, 'Kết nối hệ thống', 45350],
        ],
        {
          sheet: 'Nhiệm vụ',
          merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
          numberFormats: [
            ['General', 'General', 'General'],
            ['General', 'General', 'General'],
            ['General', 'General', 'dd/mm/yyyy'],
            ['General', 'General', 'm/d/yyyy'],
          ],
        },
      ),
      gridOf([['Ghi chú']], { sheet: 'Trang 2' }),
    ],
    { selection: 'B3' },
  );
  return createDemoSession(workbook);
}

function renderView(session: DemoSession) {
  return render(
    <Providers>
      <WorkbookView session={session} />
    </Providers>,
  );
}

const cell = (address: string) => {
  const found = document.querySelector<HTMLElement>(`[role="gridcell"][data-address="${address}"]`);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
};

const selectedAddresses = () =>
  Array.from(
    document.querySelectorAll<HTMLElement>('[role="gridcell"][aria-selected="true"]'),
    (element) => element.dataset.address,
  );

describe('WorkbookView', () => {
  it('draws the used range with column letters, row numbers and the text as Excel shows it', () => {
    renderView(smallSession());
    const grid = screen.getByRole('grid', { name: 'Nhiệm vụ' });

    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['A', 'B', 'C']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['1', '2', '3', '4']);
    expect(within(grid).getAllByRole('row')).toHaveLength(5);
    expect(cell('B3').textContent).toBe('Rà soát dữ liệu');
    expect(cell('A3').textContent).toBe('1');
    // Dates in any date format show as the Vietnamese read them.
    expect(cell('C3').textContent).toBe('31/01/2024');
    expect(cell('C4').textContent).toBe('28/02/2024');
    // The merged title is one cell across A1:C1.
    expect(cell('A1').getAttribute('colspan')).toBe('3');
    expect(document.querySelector('[data-address="B1"]')).toBeNull();
    expect(cell('A3').hasAttribute('data-fill')).toBe(false);
  });

  it('marks the selection, and a click, a Shift+click or an arrow key moves it', () => {
    const session = smallSession();
    renderView(session);
    expect(selectedAddresses()).toEqual(['B3']);
    expect(cell('B3').tabIndex).toBe(0);
    expect(cell('A3').tabIndex).toBe(-1);

    fireEvent.click(cell('A2'));
    expect(selectedAddresses()).toEqual(['A2']);
    expect(session.workbook.activeSheet.selection.activeCell).toEqual({ row: 2, column: 1 });

    fireEvent.click(cell('B4'), { shiftKey: true });
    expect(selectedAddresses()).toEqual(['A2', 'B2', 'A3', 'B3', 'A4', 'B4']);
    expect(session.workbook.activeSheet.selection.areas).toEqual([
      { top: 2, left: 1, bottom: 4, right: 2 },
    ]);

    fireEvent.keyDown(cell('A2'), { key: 'ArrowDown' });
    expect(selectedAddresses()).toEqual(['A3']);
    fireEvent.keyDown(cell('A3'), { key: 'ArrowUp' });
    fireEvent.keyDown(cell('A2'), { key: 'ArrowUp' });
    // Up from row 2 lands on the merged title, which stands for A1:C1.
    expect(selectedAddresses()).toEqual(['A1']);
    fireEvent.keyDown(cell('A1'), { key: 'ArrowRight' });
    expect(selectedAddresses()).toEqual(['A1']);

    fireEvent.click(screen.getByRole('rowheader', { name: '3' }));
    expect(selectedAddresses()).toEqual(['A3', 'B3', 'C3']);
  });

  it('shows the fills the pane writes after each run, and their removal', async () => {
    const session = smallSession();
    renderView(session);

    await act(async () => {
      await session.services.applyHighlights({
        sheet: 'Nhiệm vụ',
        areas: [{ kind: 'overdue', address: 'A3:C3' }],
      });
    });
    const filled = ['A3', 'B3', 'C3'].map((address) => cell(address).dataset.fill);
    expect(new Set(filled).size).toBe(1);
    expect(filled[0]).toMatch(/^#[0-9A-F]{6}$/);
    expect(cell('A3').style.backgroundColor).not.toBe('');
    expect(cell('A4').hasAttribute('data-fill')).toBe(false);

    await act(async () => {
      await session.services.clearHighlights();
    });
    expect(cell('A3').hasAttribute('data-fill')).toBe(false);
    expect(cell('A3').style.backgroundColor).toBe('');
  });

  it('switches sheets with the tabs, in the workbook too', () => {
    const session = smallSession();
    renderView(session);
    const tabs = screen.getByRole('tablist', { name: 'Các trang tính' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.getAttribute('aria-selected')),
    ).toEqual(['true', 'false']);

    fireEvent.click(within(tabs).getByRole('tab', { name: 'Trang 2' }));

    expect(session.workbook.activeSheet.name).toBe('Trang 2');
    expect(screen.getByRole('grid', { name: 'Trang 2' })).toBeTruthy();
    expect(cell('A1').textContent).toBe('Ghi chú');
    expect(within(tabs).getByRole('tab', { name: 'Trang 2' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('shows a sheet the pane adds as a new tab', async () => {
    const session = smallSession();
    renderView(session);

    await act(async () => {
      await session.host.run(async (context) => {
        context.workbook.worksheets.add('Tổng hợp');
        await context.sync();
      });
    });

    const tabs = screen.getAllByRole('tab');
    expect(tabs).toHaveLength(3);
    expect(tabs[2]).toBe(screen.getByRole('tab', { name: 'Tổng hợp' }));
  });
});
