// Two builds of the app side by side in one headless Chromium (not a test):
//
//   node apps/web/scripts/bench-web-ab.mjs DIST_A DIST_B [EDITS] [SAMPLES] [WORKERS]
//
// DIST_A and DIST_B are built apps (copies of apps/web/dist from `npx vite build` of two versions). Each gets
// a page (default preset, every chart, the kernel, WORKERS workers, SAMPLES samples; defaults 1e6 and 2),
// warmed up by its first run; then the pages take EDITS seed edits each (default 8), in turns (A B, B A, …),
// so a busy machine slows both alike. Prints per build the medians, from the edit, of the page's marks: the
// first and the final chart, the workers' counts, the fan chart's quantiles and the drivers' event indices, the page
// done (downloads ready; in a build without that mark, the final chart), and the CPU
// time (user + system) of every process under this one (Chromium's browser, renderer and GPU processes) from
// the edit to the page's final chart, which a loaded machine inflates less than the wall times. The page in
// front is the one edited: a hidden page's frames are throttled.
import { readdirSync, readFileSync } from 'node:fs';
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
/** CPU milliseconds (user + system) of every live process descended from this one, from /proc. */
const TICK_MS = 10; // USER_HZ is 100 on Linux
function descendantsCpuMs() {
  const parent = new Map();
  const cpu = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command's closing parenthesis: state ppid … utime (12th) stime (13th).
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ');
      parent.set(Number(name), Number(fields[1]));
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  for (const [pid, ms] of cpu) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === process.pid) {
        total += ms;
        break;
      }
    }
  }
  return total;
}
let seed = 100;
for (let edit = 0; edit < Number(editsText); edit++) {
  for (const side of edit % 2 === 0 ? sides : [...sides].reverse()) {
    const value = seed++;
    await side.page.bringToFront();
    const cpuBefore = descendantsCpuMs();
    await side.page.fill('#seed', String(value));
    await side.page.press('#seed', 'Enter');
    await side.page.waitForFunction((v) => document.body.dataset.state === 'done' && document.querySelector('#result-table caption')?.textContent?.includes(`seed ${v}`), value, POLL);
    // Up to when the bench noticed the final chart (at most 250 ms after it): the same for both builds.
    const cpu = descendantsCpuMs() - cpuBefore;
    side.runs.push({
      cpu,
      ...(await side.page.evaluate(() => {
        const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
        const since = (name) => last(name) - last('horizon:edit');
        return { first: since('horizon:first-chart'), final: since('horizon:final-chart'), counts: since('horizon:counts-final'), fan: since('horizon:trajectories-ready'), drivers: since('horizon:events-ready'), done: since(performance.getEntriesByName('horizon:done').length ? 'horizon:done' : 'horizon:final-chart') };
      })),
    });
  }
}
const load = (await import('node:os')).loadavg()[0];
await browser.close();
for (const side of sides) await side.server.close();
for (const side of sides) {
  const median = (key) => side.runs.map((run) => run[key]).sort((a, b) => a - b)[side.runs.length >> 1].toFixed(0);
  process.stdout.write(`${side.dist}: ${side.runs.length} edits, medians from the edit: first chart ${median('first')} ms, final chart ${median('final')} ms, counts ${median('counts')} ms, fan quantiles ${median('fan')} ms, event indices ${median('drivers')} ms, page done ${median('done')} ms; Chromium CPU per edit ${median('cpu')} ms\n`);
}
process.stdout.write(`load average ${load.toFixed(1)} at the end\n`);
