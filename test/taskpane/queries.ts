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

/** Opens a tab of the results. */
export function openTab(name: string | RegExp) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

/** The finding groups as their headings read: rule, count, severity ("Quá hạn 2 Lỗi"). */
export function groupHeadings(): string[] {
  return screen
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => within(heading).queryByRole('button'))
    .filter((button) => button !== null)
    .map((button) => button.textContent.replace(/\s+/g, ' ').trim());
}

/** The findings listed under a group, by their cell ("Ô D7"), in order. */
export function findingCells(group: string | RegExp): string[] {
  const button = screen.getByRole('button', { name: group, expanded: true });
  const list = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!list) throw new Error('the group controls no list');
  return within(list)
    .getAllByRole('button')
    .map((item) => item.firstElementChild?.textContent ?? '');
}

/** Every finding shown, by cell, in the order of the list. */
export function shownCells(): string[] {
  return screen
    .getAllByRole('listitem')
    .map((item) => within(item).queryByRole('button')?.firstElementChild?.textContent)
    .filter((cell) => cell !== undefined);
}

/** The polite announcement the pane made last. */
export function announcement(): string {
  return screen.getByRole('status').textContent;
}

/** What the browser's paste event carries. */
export type Clipboard = { html?: string; text?: string };

/** Fires a paste into the text box named `box`, as Ctrl+V does, and lets the pane read it. */
export async function pasteInto(clipboard: Clipboard, box = 'Bảng cần đọc') {
  const target = screen.getByRole('textbox', { name: box });
  await act(async () => {
    fireEvent.paste(target, {
      clipboardData: {
        getData: (type: string) =>
          type === 'text/html'
            ? (clipboard.html ?? '')
            : type === 'text/plain'
              ? (clipboard.text ?? '')
              : '',
      },
    });
    await Promise.resolve();
    await Promise.resolve();
  });
}
