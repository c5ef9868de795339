// Two builds of the app side by side in one headless Chromium (not a test):
//
//   node apps/web/scripts/bench-web-ab.mjs DIST_A DIST_B [EDITS] [SAMPLES] [WORKERS]
//
// DIST_A and DIST_B are built apps (copies of apps/web/dist from `npx vite build` of two versions). Each gets
// a page (default preset, every chart, the kernel, WORKERS workers, SAMPLES samples; defaults 1e6 and 2),
// warmed up by its first run; then the pages take EDITS seed edits each (default 8), in turns (A B, B A, …),
// so a busy machine slows both alike. Prints per build the medians, from the edit, of the page's marks: the
// final chart, the workers' counts, the fan chart's quantiles and the drivers' event indices. The page in
// front is the one edited: a hidden page's frames are throttled.
import { launchChromium } from '../e2e/launch-chromium.mjs';
import { serveDist } from '../e2e/serve-dist.mjs';

const [distA, distB, editsText = '8', samples = '1000000', workers = '2'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('bench-web-ab: give two built apps (DIST_A DIST_B)');
const POLL = { polling: 250, timeout: 600_000 };
const browser = await launchChromium();
const sides = [];
for (const dist of [distA, distB]) {
  const server = await serveDist(dist);
  const page = await browser.context.newPage();
  await page.goto(`${server.url}?workers=${workers}&engine=kernel#preset=default&seed=42&samples=${samples}`);
  await page.waitForSelector('body[data-state="done"]', { timeout: 600_000 });
  sides.push({ dist, server, page, runs: [] });
}
let seed = 100;
for (let edit = 0; edit < Number(editsText); edit++) {
  for (const side of edit % 2 === 0 ? sides : [...sides].reverse()) {
    const value = seed++;
    await side.page.bringToFront();
    await side.page.fill('#seed', String(value));
    await side.page.press('#seed', 'Enter');
    await side.page.waitForFunction((v) => document.body.dataset.state === 'done' && document.querySelector('#result-table caption')?.textContent?.includes(`seed ${v}`), value, POLL);
    side.runs.push(
      await side.page.evaluate(() => {
        const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
        const since = (name) => last(name) - last('horizon:edit');
        return { final: since('horizon:final-chart'), counts: since('horizon:counts-final'), fan: since('horizon:trajectories-ready'), drivers: since('horizon:events-ready') };
      }),
    );
  }
}
const load = (await import('node:os')).loadavg()[0];
await browser.close();
for (const side of sides) await side.server.close();
for (const side of sides) {
  const median = (key) => side.runs.map((run) => run[key]).sort((a, b) => a - b)[side.runs.length >> 1].toFixed(0);
  process.stdout.write(`${side.dist}: ${side.runs.length} edits, medians from the edit: final chart ${median('final')} ms, counts ${median('counts')} ms, fan quantiles ${median('fan')} ms, event indices ${median('drivers')} ms\n`);
}
process.stdout.write(`load average ${load.toFixed(1)} at the end\n`);
