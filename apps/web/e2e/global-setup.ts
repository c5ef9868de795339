import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './launch-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app's address, or '' when apps/web/dist is missing. */
    appUrl: string;
    /** The shared Chromium's WebSocket endpoint, or '' when it did not start. */
    browserEndpoint: string;
    /** Why there is no app or browser, for the browser tests to report; '' when both are there. */
    browserTestsBlocked: string;
  }
}

const DIST = resolve(import.meta.dirname, '../dist');

/**
 * One served build and one headless Chromium for the whole run, shared by every browser test file (each opens
 * a context of its own, so files run side by side with their own storage). Starting them costs a few seconds,
 * paid once instead of once per file. A missing build or browser does not stop the unit tests: the browser
 * tests fail with the reason.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = [];
  let url = '';
  let endpoint = '';
  let blocked = '';
  if (!existsSync(join(DIST, 'index.html'))) {
    blocked = 'apps/web/dist is missing: run `npm run build` first';
  } else {
    const served = await serveDist(DIST);
    stops.push(served.close);
    url = served.url;
    try {
      const browser = await launchChromiumServer();
      stops.unshift(() => browser.close());
      endpoint = browser.wsEndpoint();
    } catch (error) {
      blocked = `headless Chromium did not start: ${(error as Error).message}`;
    }
  }
  project.provide('appUrl', url);
  project.provide('browserEndpoint', endpoint);
  project.provide('browserTestsBlocked', blocked);
  return async () => {
    for (const stop of stops) await stop();
  };
}
