// Temporary A/B (not committed): edit -> final chart at 1e6 samples, 2 workers, extras on, before vs after dist.
import { launchChromium } from './e2e/launch-chromium.mjs';
import { serveDist } from './e2e/serve-dist.mjs';
const SAMPLES = Number(process.env.SAMPLES ?? 1e6);
const EDITS = Number(process.env.EDITS ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const servers = { before: await serveDist('/tmp/events-web-before'), after: await serveDist('/tmp/events-web-after') };
const browser = await launchChromium();
async function measure(which) {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.eventJobs = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(...args) {
        super(...args);
        const sent = new Map();
        const post = this.postMessage.bind(this);
        this.postMessage = (message, transfer) => {
          if (message && message.kind === 'events') sent.set(message.id, performance.now());
          if (message && message.kind === 'trajectories') sent.set(message.id, -performance.now());
          return post(message, transfer);
        };
        this.addEventListener('message', (event) => {
          const at = sent.get(event.data?.id);
          if (at !== undefined) window.eventJobs.push(at >= 0 ? ['events', performance.now() - at] : ['paths', performance.now() + at]);
        });
      }
    };
  });
  await page.goto(`${servers[which].url}?workers=2#preset=default&seed=42&samples=${SAMPLES}`);
  await page.waitForSelector('body[data-state="done"]', { timeout: 600_000 });
  const runs = [];
  for (let k = 0; k < EDITS; k++) {
    const seed = 100 + k;
    await page.fill('#seed', String(seed));
    await page.press('#seed', 'Enter');
    await page.waitForFunction((s) => document.body.dataset.state === 'done' && document.querySelector('#result-table caption')?.textContent?.includes(`seed ${s}`), seed, { timeout: 600_000 });
    runs.push(await page.evaluate(() => {
      const last = (name) => performance.getEntriesByName(name).at(-1).startTime;
      const edit = last('horizon:edit');
      return { first: last('horizon:first-chart') - edit, final: last('horizon:final-chart') - edit };
    }));
  }
  const jobs = await page.evaluate(() => window.eventJobs);
  console.log(which, 'worker jobs ms', jobs.map(([k, t]) => `${k}:${t.toFixed(0)}`).join(' '));
  await page.close();
  return runs;
}
const all = { before: [], after: [] };
for (let r = 0; r < ROUNDS; r++) for (const which of r % 2 ? ['after', 'before'] : ['before', 'after']) all[which].push(...(await measure(which)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const which of ['before', 'after']) console.log(which, 'final ms median', median(all[which].map((r) => r.final)).toFixed(0), 'all', all[which].map((r) => r.final.toFixed(0)).join(' '), '| first', median(all[which].map((r) => r.first)).toFixed(0));
await browser.close?.();
for (const s of Object.values(servers)) await s.close();
process.exit(0);
