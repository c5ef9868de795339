import { SCENARIO_PRESETS, compilePlan, runPooledSweep, sweepWorkerUrl, validateScenario, type SummarySections } from '@horizon/sim';
import { parseVary, resolveVary, runPooledPoints, sensitivityInputs, varyGrid, varyPointResult, type EngineKind } from '@horizon/sim/internal';
import { createThreadPool } from './thread-pool.js';
import { loadKernel } from './load-kernel.js';

/**
 * One benchmark measurement, run in its own process by bench.ts so that its peak RSS is its own:
 * `node dist/bench-run.js PRESET ENGINE THREADS SAMPLES [SECTIONS]` (SECTIONS: `explain`, `trajectories` or
 * `explain+trajectories`, the optional summary sections; default none; or `vary:SPEC`, a what-if sweep of the
 * `--vary` SPEC with SAMPLES samples a point) prints {"samplesPerSecond": …} on stdout. The pool
 * is started and every worker warmed up (engine made, code tiered up) before the timed sweep.
 */
async function main(): Promise<void> {
  const [preset, engine, threadsText, samplesText, sectionsText = ''] = process.argv.slice(2);
  const threads = Number(threadsText);
  const samples = Number(samplesText);
  const plan = compilePlan(validateScenario(SCENARIO_PRESETS[preset]));
  const module = engine === 'kernel' ? await loadKernel() : undefined;
  const pool = createThreadPool(sweepWorkerUrl, threads);
  const wanted = sectionsText.startsWith('vary:') ? [] : sectionsText.split('+');
  const sections: SummarySections = {
    ...(wanted.includes('trajectories') ? { trajectories: true } : {}),
    ...(wanted.includes('explain') ? { sensitivityInputs: sensitivityInputs(plan) } : {}),
  };
  const options = { plan, seed: 42, engine: engine as EngineKind, module, threads, sections };
  // Warm-up: a few blocks per worker, from the same sweep's stream.
  await runPooledSweep(pool, { ...options, samples: threads * 4 * 65536 });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let total: number;
  if (sectionsText.startsWith('vary:')) {
    // As `horizon sweep --vary` runs it: every point on the same pool, each reduced to its result when whole.
    const points = varyGrid([resolveVary(plan, parseVary(sectionsText.slice('vary:'.length)))]);
    await runPooledPoints(pool, { ...options, samples, points: points.map((p) => p.overrides), onPoint: (k, summary) => varyPointResult(plan, points[k].at, summary) });
    total = samples * points.length;
  } else {
    total = (await runPooledSweep(pool, { ...options, samples })).samples;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of all threads: samples per CPU-second is the speed of one busy thread, whatever else the
  // machine was running.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await pool.terminate();
  process.stdout.write(JSON.stringify({ samples: total, seconds, samplesPerSecond: total / seconds, samplesPerCpuSecond: total / cpuSeconds }) + '\n');
}

await main();
