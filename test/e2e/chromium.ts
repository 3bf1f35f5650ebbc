import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's chromium (see TOOLCHAIN.md "Browser tests"): playwright-core downloads no browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Launches a headless chromium with a fresh profile, or says how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}: apt-get install -y --no-install-recommends chromium`,
    );
  }
  return await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Dates in native inputs as the staff see them (31/01/2024, not 01/31/2024): chromium takes
    // the format from LANG, given its Vietnamese locale file (Debian's chromium-l10n); without
    // that file it falls back to en-US and only the screenshots differ.
    env: { ...process.env, LANG: 'vi_VN.UTF-8' },
    // No --user-data-dir: launch() already makes a fresh profile, and passing one throws.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
