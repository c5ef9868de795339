import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, servedApp } from './served-app.js';
import { downloadText, horizon, medians, sharedPage, waitForAnswer, waitUntil } from './app-page.js';
import { axeViolations } from './axe-violations.js';

const OUTPUT = TEST_OUTPUT;
const { server, browser } = servedApp();

/** A fresh tab that collects page errors and console errors. */
async function openPage(hash: string): Promise<Page & { problems: string[] }> {
  const page = (await browser.context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url + hash);
  return page;
}

/**
 * One page for the tests, opened by the first test to ask and moved to each test's link within the document
 * (showLink); the test of a link opened in a new tab opens that tab.
 */
const pageAt = sharedPage(openPage);

/** Waits until the what-if card has drawn every point with all its samples. */
async function waitForWhatIf(page: Page): Promise<void> {
  await waitUntil(page, () => !document.querySelector<HTMLButtonElement>('#whatif-json')?.disabled, undefined, 120_000);
}

describe('the what-if card in headless Chromium', () => {
  it('a sweep picked in the form gives the bytes of horizon sweep --vary for the same link, in JSON and CSV', async () => {
    const page = await pageAt('#preset=contract-example&seed=7&samples=20000');
    await waitForAnswer(page);
    // The samples first: each choice below starts the sweep again, at the samples chosen so far (1e5 by default).
    await page.selectOption('#whatif-samples', '10000');
    await page.selectOption('#whatif-input', 'training.maxEpochs');
    await page.selectOption('#whatif-op', 'set');
    await page.fill('#whatif-from', '1');
    await page.press('#whatif-from', 'Tab');
    await page.fill('#whatif-to', '10');
    await page.press('#whatif-to', 'Tab');
    await page.fill('#whatif-points', '7');
    await page.press('#whatif-points', 'Tab');
    await page.selectOption('#whatif-spacing', 'linear');
    await waitForWhatIf(page);
    // The address is written when the page is next idle (ui/url-history.ts), which may follow the sweep's end.
    await waitUntil(page, (link) => location.hash.includes(link), 'whatif=training.maxEpochs%3D1..10%3A7');
    expect(page.url()).toContain('whatif=training.maxEpochs%3D1..10%3A7');
    const args = ['sweep', '--preset', 'contract-example', '--seed', '7', '--samples', '10000', '--vary', 'training.maxEpochs=1..10:7'];
    const json = await downloadText(page, '#whatif-json');
    expect(json).toBe(await horizon(...args, '--format', 'json'));
    expect(await downloadText(page, '#whatif-csv')).toBe(await horizon(...args, '--format', 'csv'));
    // The chart draws a median per stock and the table a row per point and stock.
    const stocks = Object.keys(JSON.parse(json).points[0].stocks).length;
    expect(await page.$$eval('#whatif-chart path[data-whatif-median]', (paths) => paths.length)).toBe(stocks);
    expect(await page.$$eval('#whatif-data tbody tr', (rows) => rows.length)).toBe(7 * stocks);
    // The export dialog draws the card's figure afresh, with the sweep's provenance line.
    await page.click('#whatif-export');
    await page.selectOption('#export-format', 'svg');
    const svg = await downloadText(page, '#export-download');
    expect(svg).toContain('data-whatif-median');
    expect(svg).toContain('scenario contract-example');
    // Keyboard and screen readers: labelled controls, a data table, contrast, with the sweep drawn.
    await page.click('#whatif-data-toggle');
    expect(await axeViolations(page)).toEqual([]);

    // The link alone brings the same sweep back in a new tab.
    const other = await openPage(new URL(page.url()).hash);
    await waitForWhatIf(other);
    expect(await downloadText(other, '#whatif-json')).toBe(json);
    expect([...page.problems, ...other.problems]).toEqual([]);
    await other.close();
  });

  it('a scaled log sweep from a link is the CLI\'s, and an edit of the scenario starts it again', async () => {
    const vary = 'demand.growthPerYear[0].factor*=0.5..1.5:21';
    const page = await pageAt(`#preset=contract-example&seed=3&samples=10000&whatif=${encodeURIComponent(vary)}&wsamples=20000&wby=2032`);
    await waitForWhatIf(page);
    await page.locator('#whatif-card').screenshot({ path: join(OUTPUT, 'whatif.png') });
    const args = (seed: number) => ['sweep', '--preset', 'contract-example', '--seed', String(seed), '--samples', '20000', '--vary', vary, '--format', 'json'];
    expect(await downloadText(page, '#whatif-json')).toBe(await horizon(...args(3)));
    await page.fill('#seed', '4');
    await page.press('#seed', 'Enter');
    await waitUntil(page, () => document.querySelector('#whatif-cli')?.textContent?.includes('--seed 4 '));
    await waitForWhatIf(page);
    expect(await downloadText(page, '#whatif-json')).toBe(await horizon(...args(4)));
    expect(page.problems).toEqual([]);
  });

  it('a bad range names the field in the card and draws nothing', async () => {
    const page = await pageAt('#preset=default&seed=3&samples=10000');
    await waitForAnswer(page);
    await page.selectOption('#whatif-input', 'training.maxEpochs');
    await page.selectOption('#whatif-op', 'set');
    await page.fill('#whatif-from', '0.5');
    await page.press('#whatif-from', 'Tab');
    await page.waitForSelector('#whatif-error:not([hidden])');
    expect(await page.textContent('#whatif-error')).toMatch(/^what-if: training\.maxEpochs = 0\.5 is outside its valid range/);
    expect(await page.isDisabled('#whatif-json')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a pinned baseline stays drawn as a ghost after an edit, with the change of each median in the table', async () => {
    const page = await pageAt('#preset=default&seed=5&samples=20000');
    await waitForAnswer(page);
    const before = await medians(page);
    await page.click('#pin-baseline');
    expect(await page.$$eval('#cdf-chart path[data-ghost]', (paths) => paths.length)).toBe(before.length);
    await page.click('#tab-json');
    await page.click('#tab-form');
    // An edit: a seed of its own, then a smaller stock.
    await page.fill('#seed', '6');
    await page.press('#seed', 'Enter');
    await waitUntil(page, () => document.querySelector('#result-table caption')?.textContent?.includes('seed 6') && document.body.dataset.state === 'done');
    expect(await page.$$eval('#cdf-chart path[data-ghost]', (paths) => paths.length)).toBe(before.length);
    expect(await page.$$eval('#fan-chart path[data-ghost]', (paths) => paths.length)).toBeGreaterThan(0);
    const after = await medians(page);
    const deltas = await page.$$eval('#result-table tbody td.delta', (cells) => cells.map((cell) => cell.textContent ?? ''));
    expect(deltas).toEqual(after.map((median, k) => signed(Number(median) - Number(before[k]))));
    expect(await page.textContent('#baseline-note')).toContain('seed 5');
    expect(await axeViolations(page)).toEqual([]);
    // Another preset is an edit like any other: the baseline stays.
    await page.selectOption('#preset', 'villalobos2024-overtrain5x');
    await waitUntil(page, () => document.querySelector('#result-table caption')?.textContent?.startsWith('villalobos2024-overtrain5x') && document.body.dataset.state === 'done');
    expect(await page.$$eval('#cdf-chart path[data-ghost]', (paths) => paths.length)).toBe(before.length);
    await page.locator('#cdf-card').screenshot({ path: join(OUTPUT, 'baseline.png') });
    await page.click('#pin-baseline');
    expect(await page.$$eval('#cdf-chart path[data-ghost]', (paths) => paths.length)).toBe(0);
    expect(await page.$$eval('#result-table tbody td.delta', (cells) => cells.length)).toBe(0);
    expect(page.problems).toEqual([]);
  });
});

/** The table's Δ-median text for a difference of two medians shown to 0.01 year. */
function signed(delta: number): string {
  const rounded = Math.round(delta * 100) / 100;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded).toFixed(2)}`;
}
