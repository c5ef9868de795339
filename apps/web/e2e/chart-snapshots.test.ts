import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedApp } from './served-app.js';
import { scenarioLink, waitForAnswer } from './app-page.js';
import { matchesSnapshot } from './chart-snapshot.js';

const SCENARIO = readFileSync(resolve(import.meta.dirname, 'snapshot-scenario.json'), 'utf8');
const { server, browser } = servedApp();

let page: Page;

beforeAll(async () => {
  page = await browser.context.newPage();
  await page.goto(server.url + scenarioLink(SCENARIO, 42, 20_000));
  await waitForAnswer(page);
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
