import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The window size of the browser tests and the benchmark (a laptop screen). */
export const VIEWPORT = { width: 1280, height: 900 };

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Headless Chromium with a fresh profile (its --user-data-dir), removed on close.
 * @param {{ width: number, height: number }} [viewport]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchChromium(viewport = VIEWPORT) {
  const profile = mkdtempSync(join(tmpdir(), 'horizon-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Browser features the tests never use, which cost them CPU: headless Chromium is the whole browser, each page
 * the tests open is a window of its own, and its address bar's suggestion popup is a web page
 * (chrome://omnibox-popup.top-chrome) that a renderer of its own builds and lays out again and again: 2 to 4
 * CPU-seconds over the browser tests of `npm test`.
 */
const TEST_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

/** Starts CHROMIUM_PATH with Playwright's --disable-features and TEST_DISABLED_FEATURES as one list. */
const MERGING_LAUNCHER = fileURLToPath(new URL('./chromium-merged-features.sh', import.meta.url));

/**
 * Headless Chromium that other processes drive over its WebSocket endpoint (`chromium.connect`), each in
 * contexts of its own: one browser for all the test files of a run. Playwright removes its profile on close.
 * @returns {Promise<import('playwright-core').BrowserServer>}
 */
export function launchChromiumServer() {
  return chromium.launchServer({
    executablePath: MERGING_LAUNCHER,
    env: { ...process.env, HORIZON_CHROMIUM: CHROMIUM_PATH },
    headless: true,
    args: [...ARGS, `--disable-features=${TEST_DISABLED_FEATURES.join(',')}`],
  });
}
