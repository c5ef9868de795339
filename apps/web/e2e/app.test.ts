import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCENARIO_PRESETS } from '@horizon/sim';
import { TEST_OUTPUT, servedApp } from './served-app.js';
import { downloadText, editorText, horizon, horizonOnScenario, medians, scenarioLink, sharedPage, showLink, waitForAnswer, waitUntil } from './app-page.js';
import { axeViolations } from './axe-violations.js';

const OUTPUT = TEST_OUTPUT;
const { server, browser } = servedApp();

/** A fresh tab that fails the test on any page error or dialog (a dialog would mean injected script ran). */
async function openPage(hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Console errors include Content-Security-Policy violations and failed loads.
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(server.url + hash);
  return page;
}

function problemsOf(page: Page): string[] {
  return (page as Page & { problems: string[] }).problems;
}

const SAMPLES = 40_003;
const DEFAULT = `#preset=default&seed=42&samples=${SAMPLES}`;

/**
 * One page for the tests whose checks do not need a fresh one, the what-if card's too (in this file to share
 * it, rather than load a page and a browser context of their own): opened on DEFAULT by the first test to ask
 * (so any test also runs alone), then moved to each test's link within the document (showLink). The tests of a
 * page's first state (a link it opens with, a reload, a phone-sized window, a link in a new tab) open pages of
 * their own; the bad links' test, first in the file, hands its last page over as the shared one
 * (pageAt.adopt), still watched for page errors, console errors and dialogs from its load on.
 */
const pageAt = sharedPage(() => openPage(DEFAULT));

describe('the web app in headless Chromium', () => {
  it('a bad link shows the error, not a blank page', async () => {
    const page = await openPage('#scenario=%%%&seed=1');
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.textContent('#error-message')).toBe('link.scenario: is not base64url text (A–Z, a–z, 0–9, - and _)');
    await waitForAnswer(page);

    const broken = structuredClone(SCENARIO_PRESETS.default) as { horizonYear: number };
    broken.horizonYear = 1990;
    const text = JSON.stringify(broken);
    const other = await openPage(scenarioLink(text, 1, 1000));
    await other.waitForSelector('#error-banner:not([hidden])');
    expect(await other.textContent('#error-message')).toBe((await horizonOnScenario(text)).stderr.trim().split('\n').pop());
    // The link's scenario is invalid: the page falls back to the default preset, with the link's error above it.
    expect(await other.inputValue('#preset')).toBe('default');
    await waitForAnswer(other);
    expect(await other.isVisible('#error-banner')).toBe(true);
    expect(await other.$$eval('#cdf-chart path', (paths) => paths.length)).toBeGreaterThan(0);
    await other.close();
    await pageAt.adopt(page);
  });

  it('the default preset renders every chart and the table', async () => {
    const page = await pageAt(DEFAULT);
    await waitForAnswer(page);
    expect(await page.textContent('#status')).toContain('WebAssembly kernel');
    const stocks = (SCENARIO_PRESETS.default as { stocks: unknown[] }).stocks.length;
    expect(await page.$$eval('#cdf-chart path', (paths) => paths.length)).toBeGreaterThanOrEqual(stocks);
    expect(await page.$$eval('#fan-chart path', (paths) => paths.length)).toBeGreaterThanOrEqual(3 * (stocks + 1));
    expect(await page.$$eval('#tornado-chart rect', (rects) => rects.length)).toBeGreaterThan(4);
    expect(await page.$$eval('#result-table tbody tr', (rows) => rows.length)).toBe(stocks);
    expect(await page.isHidden('#error-banner')).toBe(true);
    expect(await page.textContent('#result-table caption')).toContain(`${SAMPLES.toLocaleString('en-US')} samples · seed 42`);
    await page.screenshot({ path: join(OUTPUT, 'main.png'), fullPage: true });
    expect(problemsOf(page)).toEqual([]);
  });

  it('the result JSON and CSV the page offers are byte-identical to horizon sweep', async () => {
    const page = await pageAt(DEFAULT);
    await waitForAnswer(page);
    const args = ['sweep', '--preset', 'default', '--seed', '42', '--samples', String(SAMPLES)];
    expect(await downloadText(page, '#download-json')).toBe(await horizon(...args, '--format', 'json'));
    expect(await downloadText(page, '#download-csv')).toBe(await horizon(...args, '--format', 'csv'));
    expect(await downloadText(page, '#download-full-json')).toBe(await horizon(...args, '--format', 'json', '--trajectories', '--explain'));
  });

  it('with the fan chart and drivers off, the page still gives the CLI bytes', async () => {
    const page = await pageAt(`#preset=default&seed=5&samples=${SAMPLES}&extras=0`);
    await waitForAnswer(page);
    expect(await page.isVisible('#fan-empty')).toBe(true);
    const args = ['sweep', '--preset', 'default', '--seed', '5', '--samples', String(SAMPLES)];
    expect(await downloadText(page, '#download-json')).toBe(await horizon(...args, '--format', 'json'));
  });

  it('a scenario of its own gives the CLI bytes for that scenario file', async () => {
    const text = JSON.stringify({ ...(SCENARIO_PRESETS['contract-example'] as object), name: 'own' }, null, 1);
    const page = await pageAt(scenarioLink(text, 9, 25_000));
    await waitForAnswer(page);
    expect(await downloadText(page, '#download-json')).toBe((await horizonOnScenario(text, '--seed', '9', '--samples', '25000', '--format', 'json')).stdout);
  });

  it('editing an input in the form changes the answer', async () => {
    const page = await pageAt(DEFAULT);
    await waitForAnswer(page);
    const before = await medians(page);
    await page.fill('input[aria-label="Tokens at start p95"] >> nth=0', '5e16');
    await waitUntil(page, (old) => document.querySelector('#result-table tbody td.median')?.textContent !== old, before[0]);
    await waitForAnswer(page);
    const after = await medians(page);
    expect(Number(after[0])).toBeGreaterThan(Number(before[0]));
    expect(await page.inputValue('#preset')).toBe('');
    expect(await editorText(page)).toContain('5e16');
  });

  it('a new edit cancels the run in flight, and the answer is that of the new request', async () => {
    const page = await pageAt('#preset=default&seed=42&samples=100000000');
    // The run's first block is drawn (the table's caption counts the samples so far).
    await waitUntil(page, () => document.querySelector('#result-table caption')?.textContent?.includes('samples so far'));
    expect(await page.getAttribute('body', 'data-state')).toBe('running');
    await page.selectOption('#samples', '10000');
    // 1e8 samples would take minutes: the answer arrives within waitForAnswer's wait only if the cancelled run
    // let go of the workers.
    await waitForAnswer(page);
    const args = ['sweep', '--preset', 'default', '--seed', '42', '--samples', '10000'];
    expect(await downloadText(page, '#download-json')).toBe(await horizon(...args, '--format', 'json'));
  });

  it('an invalid edit shows the CLI message next to the field and keeps the last good charts', async () => {
    const page = await pageAt(DEFAULT);
    await waitForAnswer(page);
    const before = await medians(page);
    const cdfBefore = await page.innerHTML('#cdf-chart');
    await page.fill('input[aria-label="Tokens at start p5"] >> nth=0', '9e20');
    await page.waitForSelector('#error-banner:not([hidden])');
    const cli = await horizonOnScenario(await editorText(page), '--samples', '1000');
    expect(cli.status).toBe(2);
    const message = cli.stderr.trim().split('\n').pop() as string;
    expect(message).toMatch(/^stocks\[0\]\.tokens0\.lognormal: p5 \(9e20\) must be below p95/);
    expect(await page.textContent('#error-message')).toBe(message);
    expect(await page.textContent('.field.has-error .field-error')).toBe(message);
    await page.click('#tab-json');
    expect(await page.textContent('.json-error')).toMatch(/^line \d+: stocks\[0\]\.tokens0\.lognormal: p5/);
    expect(await page.$$eval('.gutter-line.bad', (lines) => lines.length)).toBe(1);
    expect(await medians(page)).toEqual(before);
    expect(await page.innerHTML('#cdf-chart')).toBe(cdfBefore);
  });

  it('an invalid edit in the JSON view shows the message at its line and a fix clears it', async () => {
    const page = await pageAt(`#preset=default&seed=42&samples=10000`);
    await waitForAnswer(page);
    await page.click('#tab-json');
    const good = await editorText(page);
    await page.fill('textarea.json-text', good.replace('"startYear": 2024', '"startYear": 2024, "horizon": 2090'));
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.textContent('#error-message')).toBe('unknown key "horizon"');
    await page.fill('textarea.json-text', good);
    await page.waitForSelector('#error-banner', { state: 'hidden' });
    await waitForAnswer(page);
  });

  it('a scenario file opened in the page goes through the validator and shows the CLI message', async () => {
    const page = await pageAt(`#preset=default&seed=42&samples=10000`);
    await waitForAnswer(page);
    const broken = structuredClone(SCENARIO_PRESETS.default) as { stocks: Array<{ usableFraction: unknown }> };
    broken.stocks[0].usableFraction = { uniform: { min: 0.5, max: 1.5 } };
    const text = JSON.stringify(broken, null, 2);
    await page.setInputFiles('#open-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('#error-banner:not([hidden])');
    const cli = await horizonOnScenario(text);
    expect(cli.status).toBe(2);
    expect(await page.textContent('#error-message')).toBe(cli.stderr.trim().split('\n').pop());
    expect(await editorText(page)).toBe(text);
  });

  it('a shared URL round-trips the scenario, seed and samples', async () => {
    const page = await pageAt(DEFAULT);
    await waitForAnswer(page);
    await page.fill('input[aria-label="Max epochs min"]', '1.5');
    await page.fill('#seed', '7');
    await page.press('#seed', 'Enter');
    await waitUntil(page, () => document.querySelector('#result-table caption')?.textContent?.includes('seed 7'));
    await waitForAnswer(page);
    const url = page.url();
    expect(url).toMatch(/#scenario=[A-Za-z0-9_-]+&seed=7&samples=40003$/);
    const json = await downloadText(page, '#download-json');
    const scenario = JSON.parse(await editorText(page));

    const other = await openPage(url.slice(url.indexOf('#')));
    await waitForAnswer(other);
    expect(JSON.parse(await editorText(other))).toEqual(scenario);
    expect(await other.inputValue('#seed')).toBe('7');
    expect(await other.inputValue('#samples')).toBe('40003');
    expect(await downloadText(other, '#download-json')).toBe(json);
    await other.close();
    // A link to another sample count that is not one of the menu's shows it in the menu too.
    await showLink(page, '#preset=default&seed=7&samples=40007');
    await waitForAnswer(page);
    expect(await page.inputValue('#samples')).toBe('40007');
  });

  it('a reload restores the last scenario', async () => {
    const page = await pageAt(`#preset=default&seed=42&samples=10000`);
    await waitForAnswer(page);
    await page.fill('input[aria-label="Max epochs max"]', '7.5');
    await waitForAnswer(page);
    // A load of the address without the link: the page restores the last visit's scenario.
    await page.goto(server.url);
    await waitForAnswer(page);
    expect(await editorText(page)).toContain('"max": 7.5');
  });

  it('a hostile stock name renders as text, never as HTML', async () => {
    const name = '<img src=x onerror="window.__pwned = 1; alert(1)">';
    const scenario = structuredClone(SCENARIO_PRESETS.default) as { stocks: Array<{ name: string }> };
    scenario.stocks[0].name = name;
    const page = await pageAt(scenarioLink(JSON.stringify(scenario), 42, 10_000));
    await waitForAnswer(page);
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.textContent('#result-table tbody th')).toBe(name);
    expect(await page.$$eval('#fan-chart text', (texts, n) => texts.some((t) => t.textContent === `\u2068${n}\u2069: supply m·S`), name)).toBe(true);
    expect(await page.$$eval('#tornado-stock option', (options) => options.map((o) => o.textContent))).toEqual([name]);
    expect(problemsOf(page)).toEqual([]);
  });

  it('a phone-sized screen shows the median first, without sideways scrolling', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url + `#preset=default&seed=42&samples=10000`);
    await waitForAnswer(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const headline = await page.$eval('#headline', (el) => ({ top: el.getBoundingClientRect().top, text: el.textContent ?? '' }));
    const formTop = await page.$eval('#form-view', (el) => el.getBoundingClientRect().top);
    expect(headline.top).toBeLessThan(formTop);
    expect(headline.top).toBeLessThan(844);
    expect(headline.text).toMatch(/indexed-web: exhausted in 20\d\d\.\d \(±\d\.\d\d\), 80%: 20\d\d\.\d–20\d\d\.\d; P\(never by 2100\)/);
    await page.screenshot({ path: join(OUTPUT, 'phone.png'), fullPage: false });
    await page.close();
  });
});

/** Types a value into a field and leaves it with Tab, as a user does: the card reads a field when it changes. */
async function fillAndLeave(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
  await page.press(selector, 'Tab');
}

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
    await fillAndLeave(page, '#whatif-from', '1');
    await fillAndLeave(page, '#whatif-to', '10');
    await fillAndLeave(page, '#whatif-points', '7');
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
    expect([...problemsOf(page), ...problemsOf(other)]).toEqual([]);
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
    expect(problemsOf(page)).toEqual([]);
  });

  it('a bad range names the field in the card and draws nothing', async () => {
    const page = await pageAt('#preset=default&seed=3&samples=10000');
    await waitForAnswer(page);
    await page.selectOption('#whatif-input', 'training.maxEpochs');
    await page.selectOption('#whatif-op', 'set');
    await fillAndLeave(page, '#whatif-from', '0.5');
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
    expect(problemsOf(page)).toEqual([]);
  });
});

/** The table's Δ-median text for a difference of two medians shown to 0.01 year. */
function signed(delta: number): string {
  const rounded = Math.round(delta * 100) / 100;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded).toFixed(2)}`;
}
