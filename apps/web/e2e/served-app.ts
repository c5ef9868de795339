import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { VIEWPORT } from './launch-chromium.mjs';

/** Where browser tests leave their screenshots. */
export const TEST_OUTPUT = resolve(import.meta.dirname, '../test-output');

/**
 * The built app and a browser context of this test file's own, in the Chromium that global-setup.ts started
 * for the run: registers the beforeAll that connects and the afterAll that closes the context. The returned
 * objects are filled in by the beforeAll, so tests read `server.url` and `browser.context` as usual.
 */
export function servedApp(): { server: { url: string }; browser: { context: BrowserContext } } {
  const server = { url: '' };
  const browser = { context: undefined as unknown as BrowserContext };
  let connected: Browser | undefined;
  beforeAll(async () => {
    const blocked = inject('browserTestsBlocked');
    if (blocked) throw new Error(blocked);
    mkdirSync(TEST_OUTPUT, { recursive: true });
    server.url = inject('appUrl');
    connected = await chromium.connect(inject('browserEndpoint'));
    browser.context = await connected.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  });
  afterAll(async () => {
    // Closing a connected browser closes this file's contexts and disconnects; the browser stays for the others.
    await connected?.close();
  });
  return { server, browser };
}
