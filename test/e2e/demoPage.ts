import { isDeepStrictEqual } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { createTranslator } from '../../src/core/i18n';
import type { Locale, Translator } from '../../src/core/i18n';

/** One cell of the grid view as the page shows it. */
export type ShownCell = {
  address: string;
  text: string;
  /** `data-fill`, upper-cased; null without a fill. */
  fill: string | null;
  selected: boolean;
};

/** The demo page of one display language, seen by role and name as a person would. */
export type DemoPage = {
  page: Page;
  locale: Locale;
  /** The page's and the pane's words, from the catalogue they use. */
  words: Translator;
  /** `<aside>` holding the real task pane. */
  pane: Locator;
  /** `<section>` holding the sample picker, the sheet tabs and the grid. */
  workbook: Locator;
  /** The sheet tabs. */
  sheetTabs: Locator;
  /** The grid of the active sheet. */
  grid: Locator;
  /** The sample picker. */
  sampleSelect: Locator;
};

/** Names the parts of an opened demo page. */
export function demoPage(page: Page, locale: Locale = 'vi'): DemoPage {
  const words = createTranslator(locale);
  const { t } = words;
  const workbook = page.getByRole('region', { name: t('demoWorkbookRegion'), exact: true });
  return {
    page,
    locale,
    words,
    pane: page.getByRole('complementary', { name: t('demoPaneRegion'), exact: true }),
    workbook,
    sheetTabs: workbook.getByRole('tablist', { name: t('demoSheetsLabel'), exact: true }),
    grid: workbook.getByRole('grid'),
    sampleSelect: workbook.getByRole('combobox', { name: t('demoSampleLabel'), exact: true }),
  };
}

/** A cell of the grid by its A1 address (no sheet). */
export function gridCell(demo: DemoPage, address: string): Locator {
  return demo.grid.locator(`[role="gridcell"][data-address="${address}"]`);
}

/** Every rendered cell of the grid, in document order. */
export async function readGrid(demo: DemoPage): Promise<ShownCell[]> {
  return await demo.grid.evaluate((grid) =>
    Array.from(grid.querySelectorAll('[role="gridcell"][data-address]'), (cell) => ({
      address: cell.getAttribute('data-address') ?? '',
      text: cell.textContent.trim(),
      fill: cell.getAttribute('data-fill')?.toUpperCase() ?? null,
      selected: cell.getAttribute('aria-selected') === 'true',
    })),
  );
}

/**
 * The finding groups of the visible findings list as { rule name: count }, read from the group
 * buttons ("Quá hạn 23 Lỗi"): the name is the text before the first number.
 */
export async function readGroups(scope: Locator): Promise<Record<string, number>> {
  const texts = await scope.locator('h3 > button[aria-expanded]:visible').allInnerTexts();
  const groups: Record<string, number> = {};
  for (const text of texts) {
    const match = /^(\D+?)\s+([\d.,]+)/.exec(text.replace(/\s+/g, ' ').trim());
    if (!match?.[1] || !match[2]) throw new Error(`a group heading without a count: ${text}`);
    groups[match[1]] = Number(match[2].replace(/[.,]/g, ''));
  }
  return groups;
}

/**
 * Reads `read()` until it equals `expected` or `timeoutMs` passes, and returns the last reading:
 * the caller's `expect(…).toEqual(expected)` then shows a diff instead of a bare timeout.
 */
export async function settle<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < end) {
    await new Promise((done) => setTimeout(done, 100));
    last = await read();
  }
  return last;
}

/**
 * Clicks "Kiểm tra" and takes the report date the table's title offers ("Dùng ngày 31/01/2024"),
 * so the counts are those as of the report, not of the browser's today.
 */
export async function checkAtReportDate(demo: DemoPage, reportDate: string): Promise<void> {
  const { t, formatDate } = demo.words;
  await demo.pane.getByRole('button', { name: t('checkButton'), exact: true }).click();
  await demo.pane
    .getByRole('button', { name: t('reportDateUse', { date: formatDate(reportDate) }) })
    .click();
  // The hint names the date in use once the pane took it.
  await demo.pane.getByText(t('reportDateHint', { date: formatDate(reportDate) })).waitFor();
}

/** `text` as a RegExp source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A RegExp matching `text` at the start of a name ("Ô E7" matches "Ô E7 …", not "Ô E70"). */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}(?![\\w])`, 'u');
}
