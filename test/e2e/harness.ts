import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DemoTestHook } from '../../src/demo/index';
import { launchChromium } from './chromium';
import { serveDirectory } from './staticServer';
import type { StaticServer } from './staticServer';

export { checkAxe } from './axe';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** The window size of every page, so the screenshots in the README keep one size. */
const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * "Today" inside the browser: the report date defaults to today, and a clock in view would change
 * every screenshot. A few days after the sample's report date (31/01/2024), so the pane offers
 * the table's date as it would to someone checking January's report in early February.
 */
const TODAY = '2024-02-05T09:00:00+07:00';

/** The window of the demo page, with the hook it sets for tests. */
export type DemoWindow = Window & { __da06Demo?: DemoTestHook };

export type OpenOptions = {
  /** `?lang=`: the display language. @default Vietnamese (no parameter) */
  lang?: 'vi' | 'en';
  /** `?sample=`: a file name under dist/assets/samples. @default the page's own default */
  sample?: string;
};

export type DemoSession = {
  /** Opens demo.html in a fresh browser context and waits for `window.__da06Demo.ready`. */
  openDemo: (options?: OpenOptions) => Promise<Page>;
};

/**
 * Serves dist/ and launches chromium for the tests of the calling file (beforeAll / afterAll).
 * After each test its pages are closed, and the test fails if a page threw, logged an error, or
 * asked for anything outside the server: the demo works offline.
 */
export function setUpDemo(): DemoSession {
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  let contexts: BrowserContext[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'demo.html'))) {
      throw new Error(`${join(DIST, 'demo.html')} is missing: run npm run build first`);
    }
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const closing = contexts.map(async (context) => {
      await context.close();
    });
    contexts = [];
    await Promise.all(closing);
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  });

  const openDemo = async ({ lang, sample }: OpenOptions = {}): Promise<Page> => {
    if (!server || !browser) {
      throw new Error('setUpDemo() must be called at the top of a test file');
    }
    const { origin } = server;
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      reducedMotion: 'reduce',
    });
    contexts.push(context);
    await context.clock.setFixedTime(TODAY);
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
        await route.continue();
      } else {
        problems.push(`request outside the page's server: ${url}`);
        await route.abort();
      }
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      problems.push(`uncaught: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    const query = new URLSearchParams();
    if (lang) query.set('lang', lang);
    if (sample) query.set('sample', sample);
    const search = query.size > 0 ? `?${query.toString()}` : '';
    await page.goto(`${origin}/demo.html${search}`);
    // `window.__da06Demo` (src/demo/index.tsx) is set before the first render.
    await page.waitForFunction(() => (window as DemoWindow).__da06Demo !== undefined);
    await page.evaluate(async () => {
      await (window as DemoWindow).__da06Demo?.ready;
    });
    return page;
  };

  return { openDemo };
}

/**
 * Saves the window as docs/screenshots/NAME.png (overwritten on every run), settled, with
 * animations stopped and no hover, so two runs give the same picture.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The pointer stays where the last click was and would show a hover there.
  await page.mouse.move(0, 0);
  // Fonts in, and two frames for what renders after layout (measured lists, ResizeObserver).
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let frame = 0; frame < 2; frame += 1) {
      await new Promise((done) => requestAnimationFrame(done));
    }
  });
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
  });
}
