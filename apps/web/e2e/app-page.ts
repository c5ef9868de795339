import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { scratchFolder } from '../../../test-support/scratch-folder.js';

/** The repository root and the built CLI, run as a person would: `node apps/cli/bin/horizon.js`. */
export const REPO = resolve(import.meta.dirname, '../../..');
const CLI = join(REPO, 'apps/cli/bin/horizon.js');
const scratch = scratchFolder('web-test');

/** `horizon ARGS…` → stdout (throws on a non-zero exit). */
export function horizon(...args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

/** `horizon sweep --scenario FILE …` on scenario text → { stdout, stderr, status }. */
export function horizonOnScenario(text: string, ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const file = join(scratch, `scenario-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [CLI, 'sweep', '--scenario', file, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** Waits until the page's run is done (all samples drawn). */
export async function waitForAnswer(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('body[data-state="done"]', { timeout });
}

/** Clicks a download button and returns the file's bytes as text. */
export async function downloadText(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await download.path(), 'utf8');
}

/** Clicks a download button and returns the file's bytes. */
export async function downloadBytes(page: Page, selector: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await download.path());
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
