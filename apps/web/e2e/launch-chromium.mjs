import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * Headless Chromium that other processes drive over its WebSocket endpoint (`chromium.connect`), each in
 * contexts of its own: one browser for all the test files of a run. Playwright removes its profile on close.
 * @returns {Promise<import('playwright-core').BrowserServer>}
 */
export function launchChromiumServer() {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}
