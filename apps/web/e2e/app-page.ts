import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Page } from 'playwright-core';
import { runCli } from '@horizon/cli/dist/test-io.js';
import { scratchFolder } from '../../../test-support/scratch-folder.js';

/** The repository root. */
export const REPO = resolve(import.meta.dirname, '../../..');

// The CLI runs in this process (its `run`, with stdout and stderr captured): the bytes are those `horizon`
// prints, without starting Node and loading the CLI again for every comparison. It runs as on a machine of
// one core, on one worker thread: its bytes do not depend on the thread count (the CLI's tests check that),
// and each thread it starts loads the sweep worker and the kernel anew, on cores the browser is using.
const CLI_MACHINE = { cores: 1 };

/** `horizon ARGS…` → stdout (throws on a non-zero exit). */
export async function horizon(...args: string[]): Promise<string> {
  const run = await runCli(args, CLI_MACHINE);
  if (run.code !== 0) throw new Error(`horizon ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}

/** `horizon sweep --scenario FILE …` on scenario text → { stdout, stderr, status }. */
export async function horizonOnScenario(text: string, ...args: string[]): Promise<{ stdout: string; stderr: string; status: number | null }> {
  // A folder of the calling test file's own (removed after it), as the test files share this module.
  const file = join(scratchFolder('web-test'), 'scenario.json');
  writeFileSync(file, text);
  const run = await runCli(['sweep', '--scenario', file, ...args], CLI_MACHINE);
  return { stdout: run.stdout, stderr: run.stderr, status: run.code };
}

/**
 * Moves a page that shows the app to the link `hash`, as pasting the link into its address bar does: a
 * navigation within the document, which the page reads as it reads Back and Forward (its `popstate`, fired
 * before the navigation returns, so the link's run has started and `waitForAnswer` waits for its answer, not
 * the last one). A fresh page costs Chromium about 2 CPU-seconds to load, parse and lay out; this costs a few
 * tenths. For the browser tests whose checks do not depend on a fresh page. The page shows the form view,
 * as a fresh page does; other state of the view (a year range, a pinned baseline) is the test's to reset.
 */
export async function showLink(page: Page, hash: string): Promise<void> {
  // In front, as the window one pastes a link into is: Chromium runs the animation frames of a window behind
  // another (each page is a window) about once a second, and the page draws its answers on animation frames.
  await page.bringToFront();
  const state = await page.evaluate((link) => {
    if (location.hash === link) return 'there';
    location.hash = link;
    return document.body.dataset.state ?? '';
  }, hash);
  if (!['there', 'running', 'invalid'].includes(state)) throw new Error(`showLink(${hash}): the page did not read the link (state "${state}")`);
  if (await page.isHidden('#form-view')) await page.click('#tab-form');
}

/** A file's shared page (sharedPage): the page at a test's link, and the ways a test's own page joins it. */
export interface SharedPage<P extends Page> {
  /** The shared page moved to `hash` (opened by the first test to ask). */
  (hash: string): Promise<P>;
  /**
   * A page newly opened at `hash`, for a check of a page's first state (the tab order from the top), that is the
   * shared page from then on; one shared before is closed. First in its file, the test costs no page load of its own.
   */
  fresh(hash: string): Promise<P>;
  /**
   * A page that a test opened for a check of a first state and no longer needs: the shared page if there is none
   * yet (a test first in its file saves the others a page load), else closed.
   */
  adopt(page: P): Promise<void>;
}

/**
 * A file's shared page: opened once, by `open` with the first test's link (or given by `fresh` or `adopt`), then
 * moved to each test's link within the document (showLink), which costs the browser far less than a fresh page.
 */
export function sharedPage<P extends Page>(open: (hash: string) => Promise<P>): SharedPage<P> {
  let shared: Promise<P> | undefined;
  const at = async (hash: string): Promise<P> => {
    shared ??= open(hash);
    const page = await shared;
    await showLink(page, hash);
    return page;
  };
  return Object.assign(at, {
    async fresh(hash: string): Promise<P> {
      const before = shared;
      shared = open(hash);
      await before?.then((page) => page.close(), () => undefined);
      return shared;
    },
    async adopt(page: P): Promise<void> {
      if (shared) await page.close();
      else shared = Promise.resolve(page);
    },
  });
}

/**
 * A page that a test opened for a check of a fresh page (the layout over a load) passes on when it is done, to a
 * later test that needs a page of its own but not a fresh one (it may leave the view changed: a year range):
 * one page load for two tests. A test that takes no page passed on (run alone, or after the first failed) opens
 * one. A test that takes the page passes it on again or closes it.
 */
export function passedOnPage<P extends Page>(open: (hash: string) => Promise<P>): { passOn(page: P): void; take(hash: string): Promise<P> } {
  let left: P | undefined;
  return {
    passOn(page) {
      left = page;
    },
    async take(hash) {
      const page = left;
      left = undefined;
      if (!page) return open(hash);
      await showLink(page, hash);
      return page;
    },
  };
}

/**
 * How often the waits check the page, by a timer in the page. Playwright's waitForFunction checks on every
 * animation frame by default, which makes the page draw a frame each time (main thread, compositor, GPU
 * process: CPU taken from the run the test waits for); waitForSelector asks from the test process, after its
 * first tries every 500 ms, so a run's answer waited up to half a second to be seen.
 */
const POLL_MS = 50;

/** Waits until `predicate(arg)` holds in the page (`arg` plain JSON, as Playwright passes it). */
export async function waitUntil<Arg>(page: Page, predicate: (arg: Arg) => unknown, arg?: Arg, timeout = 60_000): Promise<void> {
  await page.waitForFunction(predicate as (arg: unknown) => unknown, arg, { polling: POLL_MS, timeout });
}

/** Waits until the page's run is done (all samples drawn). */
export async function waitForAnswer(page: Page, timeout = 60_000): Promise<void> {
  await waitUntil(page, () => document.body.dataset.state === 'done', undefined, timeout);
}

/** Clicks a download button and returns the file's bytes as text. */
export async function downloadText(page: Page, selector: string): Promise<string> {
  return (await downloadBytes(page, selector)).toString('utf8');
}

/** Clicks a download button and returns the file's bytes (streamed from the browser, which may be another process's). */
export async function downloadBytes(page: Page, selector: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream()) as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The link fragment of a scenario given as text (what the page itself writes). */
export function scenarioLink(text: string, seed: number, samples: number): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64url');
  return `#scenario=${encoded}&seed=${seed}&samples=${samples}`;
}

/** The JSON view's text. */
export function editorText(page: Page): Promise<string> {
  return page.inputValue('textarea.json-text');
}

/** The table's median cells, in stock order. */
export async function medians(page: Page): Promise<string[]> {
  return page.$$eval('#result-table tbody td.median', (cells) => cells.map((cell) => cell.textContent ?? ''));
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
