/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { createDemoSession } from '../../src/demo/demoSession';
import { openWorkbook } from '../../src/demo/openWorkbook';
import { renderPane } from '../../src/taskpane/mountPane';
import { fixtureBytes } from './demoFixtures';

Element.prototype.scrollIntoView = jest.fn();

describe('renderPane on the in-memory host', () => {
  it('checks a fixture workbook from the table around its first data cell', async () => {
    const workbook = await openWorkbook(fixtureBytes('bao-cao-230-cham-muon-T01-2024.xlsx'));
    const session = createDemoSession(workbook);
    const container = document.body.appendChild(document.createElement('div'));

    let root: Root | null = null;
    act(() => {
      root = renderPane(container, {
        services: session.services,
        locale: 'vi',
        today: '2024-01-31',
      });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
      await Promise.resolve();
    });

    const tab = await screen.findByRole('tab', { name: /^Vấn đề \(\d+\)$/, selected: true });
    const count = Number(/\((\d+)\)/.exec(tab.textContent)?.[1]);
    expect(count).toBeGreaterThan(0);

    // A finding's cell is selected in the workbook when clicked.
    const finding = screen.getAllByRole('button', { name: /^Ô [A-Z]+\d+/ })[0]!;
    const address = /^Ô ([A-Z]+\d+)/.exec(finding.textContent)?.[1];
    await act(async () => {
      fireEvent.click(finding);
      await Promise.resolve();
    });
    await waitFor(() => {
      const { activeCell } = workbook.activeSheet.selection;
      expect(`${String.fromCharCode(64 + activeCell.column)}${activeCell.row}`).toBe(address);
    });

    act(() => {
      root?.unmount();
    });
  });
});
