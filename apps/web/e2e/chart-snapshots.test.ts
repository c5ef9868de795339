import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './launch-chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { scenarioLink, waitForAnswer } from './app-page.js';
import { matchesSnapshot } from './chart-snapshot.js';

const DIST = resolve(import.meta.dirname, '../dist');
const SCENARIO = readFileSync(resolve(import.meta.dirname, 'snapshot-scenario.json'), 'utf8');

let server: { url: string; close: () => Promise<void> };
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('apps/web/dist is missing: run `npm run build` first');
  server = await serveDist(DIST);
  browser = await launchChromium({ width: 1280, height: 900 });
  page = await browser.context.newPage();
  await page.goto(server.url + scenarioLink(SCENARIO, 42, 20_000));
  await waitForAnswer(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The chart's SVG as the page drew it for the fixed scenario, seed 42 and 20,000 samples. */
async function chartSvg(id: string): Promise<string> {
  return page.$eval(`#${id}`, (svg) => svg.outerHTML);
}

describe('chart snapshots (fixed scenario, seed and samples; SVG normalised, numbers rounded)', () => {
  it('cdfChart draws the same SVG', async () => {
    const { ok, expected, actual } = matchesSnapshot('cdf-chart', await chartSvg('cdf-chart'));
    expect(ok ? expected : actual).toBe(expected);
  });

  it('fanChart draws the same SVG', async () => {
    const { ok, expected, actual } = matchesSnapshot('fan-chart', await chartSvg('fan-chart'));
    expect(ok ? expected : actual).toBe(expected);
  });

  it('tornadoChart draws the same SVG', async () => {
    const { ok, expected, actual } = matchesSnapshot('tornado-chart', await chartSvg('tornado-chart'));
    expect(ok ? expected : actual).toBe(expected);
  });
});
