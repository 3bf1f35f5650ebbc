import { act, fireEvent, screen, within } from '@testing-library/react';

/** The body rows of the table named `tableName`, each as its cells' texts joined by a space. */
export function rowTexts(tableName: string): string[] {
  const table = screen.getByRole('table', { name: tableName });
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('columnheader').length === 0)
    .map((row) => Array.from(row.children, (cell) => cell.textContent).join(' '));
}

/** Clicks the check button and lets the fake source answer. */
export async function clickCheck(name = 'Kiểm tra') {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}
