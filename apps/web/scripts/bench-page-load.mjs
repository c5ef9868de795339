// What opening the page costs (not a test):
//
//   node apps/web/scripts/bench-page-load.mjs [--rounds N] [--query Q] [--fragment F] [--threads] DIST [DIST …]
//
// Each DIST is a built app (apps/web/dist, or a copy of it from another version). One headless Chromium; in each
// round every build is opened once in a fresh page (a new tab: its own renderer process), in turns (A B, B A, …)
// so a busy machine slows them alike: the page loads `?${Q}#${F}` (no query by default) (F by default `preset=default&seed=42&samples=10000`),
// its run finishes (body[data-state="done"]), and 0.5 s later the CPU time of every Chromium process (user +
// system, from /proc; the renderer's start included) is read against its value before the tab was opened; then
// the tab closes. Prints per build the median and range of the CPU per load, the main thread's task, script,
// layout and style time (CDP Performance.getMetrics), and the time from navigation to the final chart.
// `--wait-selector` waits with page.waitForSelector, as the browser tests do. `--threads` adds the median CPU per thread name and process type (the workers, raster, compositor…).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/launch-chromium.mjs';
import { serveDist } from '../e2e/serve-dist.mjs';

const { values: flags, positionals: dists } = parseArgs({
  allowPositionals: true,
  options: { query: { type: 'string', default: '' }, rounds: { type: 'string', default: '6' }, fragment: { type: 'string', default: 'preset=default&seed=42&samples=10000' }, threads: { type: 'boolean', default: false }, 'wait-selector': { type: 'boolean', default: false } },
});
if (dists.length === 0) throw new Error('bench-page-load: give one or more built apps (DIST …)');
const ROUNDS = Number(flags.rounds);
const TICK_MS = 10; // USER_HZ is 100 on Linux.
const POLL = { polling: 250, timeout: 600_000 };

/** Every process below this one (Chromium's browser, renderers, GPU and utility processes), with its parent. */
function descendants() {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone already
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) if (!mine.has(pid) && mine.has(ppid)) (mine.add(pid), (grew = true));
  }
  mine.delete(process.pid);
  return [...mine];
}

/** CPU milliseconds (user + system) of each thread of Chromium's processes, keyed by pid/tid, with a label. */
function threadTimes() {
  const times = new Map();
  for (const pid of descendants()) {
    let type = 'browser';
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('chrom')) continue;
      type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
      if (type === 'utility') type = /--utility-sub-type=([\w.]+)/.exec(cmdline)?.[1] ?? type;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        times.set(`${pid}/${tid}`, { label: `${type}: ${name}`, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
      }
    } catch {
      // the process or thread ended while being read
    }
  }
  return times;
}

/** What the threads spent between two readings (a thread new since the first counts from zero), by label. */
function spent(before, after) {
  const byLabel = new Map();
  for (const [key, { label, ms }] of after) byLabel.set(label, (byLabel.get(label) ?? 0) + ms - (before.get(key)?.ms ?? 0));
  return byLabel;
}

const browser = await launchChromium();
const sides = [];
// `DIST?Q` and `DIST#F` give that build a query or fragment of its own (`dist?workers=1`, `dist#preset=default&extras=0`),
// so two settings of one build can be compared.
for (const dist of dists) {
  const [rest, fragment = flags.fragment] = dist.split('#');
  const [folder, query = flags.query] = rest.split('?');
  sides.push({ dist, query, fragment, server: await serveDist(folder), loads: [] });
}
const loads = [loadavg()[0]];

async function openOnce(side) {
  const before = threadTimes();
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = Date.now();
  await page.goto(`${side.server.url}${side.query ? `?${side.query}` : ''}#${side.fragment}`);
  // Polled every 250 ms: Playwright's waitForSelector checks on every animation frame, a cost of its own.
  // `--wait-selector` waits as the browser tests do (page.waitForSelector), to see what that costs.
  if (flags['wait-selector']) await page.waitForSelector('body[data-state="done"]', { timeout: POLL.timeout });
  else await page.waitForFunction(() => document.body.dataset.state === 'done', undefined, POLL);
  const wall = Date.now() - start;
  await page.waitForTimeout(500);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const finalChart = await page.evaluate(() => performance.getEntriesByName('horizon:final-chart').at(-1)?.startTime ?? NaN);
  const byLabel = spent(before, threadTimes());
  await page.close();
  const cpu = [...byLabel.values()].reduce((sum, ms) => sum + ms, 0);
  side.loads.push({ cpu, wall, finalChart, task: metrics.TaskDuration * 1000, script: metrics.ScriptDuration * 1000, layout: metrics.LayoutDuration * 1000, style: metrics.RecalcStyleDuration * 1000, byLabel });
}

for (let round = 0; round < ROUNDS; round++) {
  for (const side of round % 2 === 0 ? sides : [...sides].reverse()) await openOnce(side);
  loads.push(loadavg()[0]);
  process.stderr.write(`round ${round + 1}/${ROUNDS}: ${sides.map((side) => `${(side.loads.at(-1).cpu / 1000).toFixed(2)}`).join(' ')} CPU-s, load ${loadavg()[0].toFixed(1)}\n`);
}
await browser.close();
for (const side of sides) await side.server.close();

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ms = (values) => `${median(values).toFixed(0)} ms`;
for (const side of sides) {
  const of = (key) => side.loads.map((load) => load[key]);
  const cpus = of('cpu');
  process.stdout.write(
    `${side.dist}: ${side.loads.length} loads; Chromium CPU per load median ${(median(cpus) / 1000).toFixed(2)} s (${(Math.min(...cpus) / 1000).toFixed(2)}–${(Math.max(...cpus) / 1000).toFixed(2)}); ` +
      `main thread: tasks ${ms(of('task'))}, script ${ms(of('script'))}, layout ${ms(of('layout'))}, style ${ms(of('style'))}; navigation → final chart ${ms(of('finalChart'))}\n`,
  );
  if (flags.threads) {
    const labels = new Set(side.loads.flatMap((load) => [...load.byLabel.keys()]));
    const rows = [...labels].map((label) => [label, median(side.loads.map((load) => load.byLabel.get(label) ?? 0))]).filter(([, value]) => value >= 10);
    for (const [label, value] of rows.sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${label}: ${value.toFixed(0)} ms\n`);
  }
}
process.stdout.write(`load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}\n`);
