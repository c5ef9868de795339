import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_OUTPUT, servedApp } from './served-app.js';
import { downloadBytes, downloadText, horizonOnScenario, passedOnPage, scenarioLink, sharedPage, waitForAnswer, waitUntil } from './app-page.js';
import { axeViolations } from './axe-violations.js';
import { matchesSnapshot } from './chart-snapshot.js';

const OUTPUT = TEST_OUTPUT;
const { server, browser } = servedApp();

async function open(hash: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(server.url + hash);
  return page;
}

const PHONE = { width: 390, height: 844 };

/**
 * One page for the tests whose checks do not need a fresh one, moved to each test's link within the document
 * (showLink). It is opened by the test of the tab order from the top, first in the file, which needs a fresh
 * page (pageAt.fresh).
 */
const pageAt = sharedPage(open);

/**
 * The layout-shift tests' pages, fresh for a load on a desktop and on a phone, passed on when they are done: the
 * desktop one to the chart snapshots and then to the fan chart's year range (a view of its own, which no later
 * test should inherit), the phone one to the axe-core check on a phone.
 */
const passedOn = { desktop: passedOnPage(open), phone: passedOnPage((hash) => open(hash, PHONE)) };

/** A scenario whose demand and stock are fixed: demand 1e13 · 2^t against 8e13 · 1.1^t meet at t = ln 8 / ln(2/1.1). */
const FIXED = {
  name: 'fixed-crossing',
  startYear: 2024,
  horizonYear: 2040,
  demand: { mode: 'trend', tokens0: 1e13, growthPerYear: 2 },
  stocks: [{ name: 'web', tokens0: 8e13, growthPerYear: 1.1 }],
};
const CROSSING = 2024 + Math.log(8) / Math.log(2 / 1.1);

describe('the figure a researcher puts in a paper', () => {
  it('reads the charts by keyboard: the tab order reaches the form before the charts, and arrow keys move the tooltip', async () => {
    const page = await pageAt.fresh('#preset=default&seed=42&samples=10000');
    await waitForAnswer(page);
    const order: string[] = [];
    // Up to 60 steps, ending at the first of the two: what comes after it changes neither index's order.
    while (order.length < 60 && !order.includes('tab-form') && !order.includes('cdf-chart')) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName || ''));
    }
    const form = order.findIndex((id) => id === 'tab-form');
    const chart = order.findIndex((id) => id === 'cdf-chart');
    expect(form).toBeGreaterThanOrEqual(0);
    expect(form).toBeLessThan(chart < 0 ? Infinity : chart);
    await page.focus('#fan-chart');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.isVisible('.tooltip')).toBe(true);
    expect(await page.textContent('.tooltip strong')).toMatch(/^20\d\d \(tokens\)$/);
    // The live region speaks at a run's start and end only.
    expect(await page.textContent('#announcer')).toMatch(/^Done: /);
    // The page goes on shared: leaving the chart takes its cursor and the tooltip away.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('draws a fixed demand as a single line through the exact values, and marks the known crossing on the time axis', async () => {
    const text = JSON.stringify(FIXED);
    const page = await pageAt(scenarioLink(text, 1, 20_000));
    await waitForAnswer(page);
    // No band has any height: every level of a fixed input is the same number.
    const full = JSON.parse(await downloadText(page, '#download-full-json'));
    expect(full).toEqual(JSON.parse((await horizonOnScenario(text, '--seed', '1', '--samples', '20000', '--format', 'json', '--trajectories', '--explain')).stdout));
    full.trajectories.years.forEach((year: number, y: number) => {
      const exact = Number((1e13 * Math.exp(Math.log(2) * (year - 2024))).toPrecision(6));
      for (const key of ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95']) expect(full.trajectories.demand[key][y]).toBe(exact);
    });
    // On the page: each band collapses onto the median line (its path has no area), and the marker sits at the crossing.
    const geometry = await page.evaluate(() => {
      const svg = document.querySelector('#fan-chart') as SVGSVGElement;
      // A d3 area is the upper edge, then the lower edge backwards: the largest gap between them.
      const bands = [...svg.querySelectorAll('path[data-band]')].map((path) => {
        const numbers = (path.getAttribute('d') ?? '').match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
        const points = numbers.length / 2;
        let gap = 0;
        for (let i = 0; i < points / 2; i++) gap = Math.max(gap, Math.abs(numbers[2 * i + 1] - numbers[2 * (points - 1 - i) + 1]), Math.abs(numbers[2 * i] - numbers[2 * (points - 1 - i)]));
        return gap;
      });
      const marker = svg.querySelector('line[data-exhaustion-median="web"]') as SVGLineElement;
      const ticks = [...svg.querySelectorAll('.tick')].map((tick) => ({ year: Number(tick.textContent), x: new DOMMatrix(getComputedStyle(tick).transform).e || Number(/translate\(([-\d.]+)/.exec(tick.getAttribute('transform') ?? '')?.[1]) }));
      return { bands, markerX: Number(marker?.getAttribute("x1")), ticks: ticks.filter((t) => Number.isInteger(t.year) && t.year > 2000 && t.year < 3000) };
    });
    for (const height of geometry.bands) expect(height).toBeLessThan(0.5);
    const [a, b] = [geometry.ticks[0], geometry.ticks[geometry.ticks.length - 1]];
    const markerYear = a.year + ((geometry.markerX - a.x) * (b.year - a.year)) / (b.x - a.x);
    expect(markerYear).toBeCloseTo(Number(full.stocks.web.quantiles.p50), 1);
    expect(Number(full.stocks.web.quantiles.p50)).toBeCloseTo(CROSSING, 2);
    // Year ticks are whole and distinct.
    const years = geometry.ticks.map((t) => t.year);
    expect(new Set(years).size).toBe(years.length);
    expect(years.every(Number.isInteger)).toBe(true);
  });

  it('exports an SVG at single-column width whose text is the chosen size in points, with the provenance line', async () => {
    const page = await pageAt('#preset=default&seed=42&samples=20000');
    await waitForAnswer(page);
    await page.click('button[data-export="fan-chart"]');
    await page.selectOption('#export-width', '89');
    await page.fill('#export-font', '7');
    await page.fill('#export-title-text', 'Demand and supply of human text');
    const svg = await downloadText(page, '#export-download');
    const width = /<svg[^>]* width="([\d.]+)mm"/.exec(svg)?.[1];
    const viewBox = /viewBox="0 0 ([\d.]+) [\d.]+"/.exec(svg)?.[1];
    expect(width).toBe('89');
    // One SVG unit is one point: the width in points over the viewBox's width.
    expect((89 * 72) / 25.4 / Number(viewBox)).toBeCloseTo(1, 4);
    const sizes = new Set([...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect([...sizes]).toEqual([7]);
    expect(svg).toContain('Demand and supply of human text');
    // The provenance line, wrapped at " · " to the column's width.
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const provenance = texts.slice(texts.findIndex((t) => t.startsWith('Horizon '))).join(' · ');
    expect(provenance).toMatch(/^Horizon \d+\.\d+\.\d+ \(stream \d+\) · scenario default sha256:[0-9a-f]{12}… · 20,000 samples · seed 42$/);
    // And as a PNG at 300 dpi: 89 mm is 1051 pixels wide.
    await page.click('button[data-export="fan-chart"]');
    await page.selectOption('#export-format', 'png');
    await page.selectOption('#export-dpi', '300');
    const png = await downloadBytes(page, '#export-download');
    expect(png.readUInt32BE(16)).toBe(Math.round((89 / 25.4) * 300));
  });

  it('Back undoes an edit and Forward redoes it', async () => {
    const page = await pageAt('#preset=default&seed=42&samples=10000');
    await waitForAnswer(page);
    await page.fill('#seed', '43');
    await page.press('#seed', 'Enter');
    await waitUntil(page, () => location.hash.includes('seed=43'));
    await page.selectOption('#preset', 'villalobos2022-hq');
    await waitUntil(page, () => location.hash.includes('villalobos2022-hq'));
    await page.goBack();
    await waitUntil(page, () => location.hash.includes('preset=default') && location.hash.includes('seed=43'));
    expect(await page.inputValue('#preset')).toBe('default');
    await page.goBack();
    await waitUntil(page, () => location.hash.includes('seed=42'));
    expect(await page.inputValue('#seed')).toBe('42');
    await page.goForward();
    await waitUntil(page, () => location.hash.includes('seed=43'));
    await waitForAnswer(page);
    expect(await page.textContent('#result-table caption')).toContain('seed 43');
  });

  it.each([
    ['desktop', { width: 1280, height: 900 }],
    ['phone', PHONE],
  ] as const)('keeps the layout still over a run on a %s: cumulative layout shift below 0.1', async (name, viewport) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(server.url + '#preset=default&seed=42&samples=200000');
    await waitForAnswer(page);
    await page.fill('#seed', '44');
    await page.press('#seed', 'Enter');
    await waitUntil(page, () => document.body.dataset.state === 'done' && location.hash.includes('seed=44'));
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    expect(cls).toBeLessThan(0.1);
    passedOn[name].passOn(page);
  });

  describe('chart snapshots (fixed scenario, seed and samples; SVG normalised, numbers rounded)', () => {
    const SCENARIO = readFileSync(resolve(import.meta.dirname, 'snapshot-scenario.json'), 'utf8');
    let page: Page;

    beforeAll(async () => {
      page = await passedOn.desktop.take(scenarioLink(SCENARIO, 42, 20_000));
      await waitForAnswer(page);
    });
    afterAll(() => passedOn.desktop.passOn(page));

    /** The chart's SVG as the page drew it for the fixed scenario, seed 42 and 20,000 samples. */
    async function chartSvg(id: string): Promise<string> {
      return page.$eval(`#${id}`, (svg) => svg.outerHTML);
    }

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

  it('shows the historical frontier runs as points, multimodal ones hollow, and splits a mixture demand by model', async () => {
    const page = await passedOn.desktop.take('#preset=default&seed=42&samples=20000');
    await waitForAnswer(page);
    await page.fill('#fan-from', '2019');
    await page.press('#fan-from', 'Enter');
    await waitUntil(page, () => document.querySelectorAll('#fan-chart circle[data-run]').length > 10);
    expect(await page.$$eval('#fan-chart circle[data-run="multimodal"]', (c) => c.length)).toBeGreaterThan(0);
    const labels = await page.$$eval('#fan-chart text', (texts) => texts.map((t) => t.textContent ?? ''));
    expect(labels.some((l) => l.startsWith('demand: historical trend'))).toBe(true);
    expect(labels.some((l) => l.startsWith('demand: compute'))).toBe(true);
    // The data table under the chart follows the year range.
    await page.click('#fan-card details summary');
    expect(await page.textContent('#fan-data tbody tr th')).toBe('2024');
    await page.close();
  });

  it('has no axe-core WCAG 2.2 AA violations on the desktop, the JSON view, an error, the export dialog and a phone', async () => {
    const page = await pageAt('#preset=default&seed=42&samples=10000');
    await waitForAnswer(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#tab-json');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#tab-form');
    await page.fill('input[aria-label="Tokens at start p5"] >> nth=0', '9e20');
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('button[data-export="cdf-chart"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    const phone = await passedOn.phone.take('#preset=default&seed=42&samples=10000');
    await waitForAnswer(phone);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.close();
  });

  it('isolates a right-to-left name so that it cannot reorder the numbers after it', async () => {
    const scenario = { ...FIXED, stocks: [{ ...FIXED.stocks[0], name: '\u202Eweb' }] };
    const page = await pageAt(scenarioLink(JSON.stringify(scenario), 1, 10_000));
    await waitForAnswer(page);
    const headline = await page.$eval('#headline li', (li) => li.innerHTML);
    expect(headline).toContain('<bdi class="headline-name">\u202Eweb</bdi>');
    const svgLabels = await page.$$eval('#cdf-chart text', (texts) => texts.map((t) => t.textContent ?? '').filter((t) => t.includes('web')));
    for (const label of svgLabels) expect(label).toContain('\u2068\u202Eweb\u2069');
    await page.screenshot({ path: join(OUTPUT, 'rtl-name.png') });
  });

  it('Stop ends a long run and keeps what was computed', async () => {
    const page = await pageAt('#preset=default&seed=42&samples=100000000');
    // The run's first block is drawn (the table's caption counts the samples so far).
    await waitUntil(page, () => document.querySelector('#result-table caption')?.textContent?.includes('samples so far'));
    await waitUntil(page, () => /left/.test(document.querySelector('#status')?.textContent ?? ''));
    await page.click('#stop');
    await page.waitForSelector('body[data-state="stopped"]');
    expect(await page.textContent('#status')).toMatch(/^stopped at [\d,]+ samples$/);
    expect(await page.$$eval('#cdf-chart path', (paths) => paths.length)).toBeGreaterThan(0);
  });
});
