import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './launch-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

/** Where browser tests leave their screenshots. */
export const TEST_OUTPUT = resolve(import.meta.dirname, '../test-output');
const DIST = resolve(import.meta.dirname, '../dist');

/**
 * The built app served on localhost and a headless Chromium for one test file: registers the beforeAll that
 * starts both and the afterAll that stops them. The returned objects are filled in by the beforeAll, so tests
 * read `server.url` and `browser.context` as usual.
 */
export function servedApp(): { server: { url: string }; browser: { context: BrowserContext } } {
  const server = { url: '' };
  const browser = { context: undefined as unknown as BrowserContext };
  let stop: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('apps/web/dist is missing: run `npm run build` first');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    const served = await serveDist(DIST);
    server.url = served.url;
    const launched = await launchChromium();
    browser.context = launched.context;
    stop = [launched.close, served.close];
  });
  afterAll(async () => {
    for (const close of stop) await close();
  });
  return { server, browser };
}
