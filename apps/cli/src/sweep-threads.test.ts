import { describe, expect, it } from 'vitest';
import { runCli } from './test-io.js';

describe('horizon sweep --threads', () => {
  it.each(['contract-example', 'villalobos2024'])('prints byte-identical JSON of %s on 1, 2, 3 and 8 threads', async (preset) => {
    const args = ['sweep', '--preset', preset, '--samples', '300_001', '--seed', '9', '--format', 'json'];
    const outputs = await Promise.all([1, 2, 3, 8].map((threads) => runCli([...args, '--threads', String(threads)])));
    for (const { code, stdout } of outputs) {
      expect(code).toBe(0);
      expect(stdout).toBe(outputs[0].stdout);
    }
    expect(JSON.parse(outputs[0].stdout).samples).toBe(300_001);
  });

  it('gives the same quantiles with --engine reference, to 0.01 year', async () => {
    const args = ['sweep', '--preset', 'contract-example', '--samples', '2e5', '--format', 'json'];
    const kernel = JSON.parse((await runCli(args)).stdout);
    const reference = JSON.parse((await runCli([...args, '--engine', 'reference'])).stdout);
    for (const [name, stock] of Object.entries(reference.stocks) as Array<[string, { quantiles: Record<string, number> }]>) {
      for (const [key, year] of Object.entries(stock.quantiles)) expect(Math.abs(kernel.stocks[name].quantiles[key] - year)).toBeLessThanOrEqual(0.01);
    }
  });

  it('shows progress on stderr with --progress when stderr is not a terminal, and nothing without it', async () => {
    const args = ['sweep', '--preset', 'contract-example', '--samples', '2e5', '--format', 'json'];
    const quiet = await runCli(args);
    const asked = await runCli([...args, '--progress']);
    expect(quiet.stderr).not.toMatch(/ETA/);
    expect(asked.stderr).toMatch(/100% · 200k\/200k · [\d.]+[kMGT]?\/s · ETA/);
    expect(asked.stdout).toBe(quiet.stdout);
  });

  it('exits 130 and writes nothing to stdout when interrupted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    // No clock in the test: a run that ignored the signal would draw 1e10 samples for hours and fail on the
    // test's time-out instead of returning.
    const { code, stdout, stderr } = await runCli(['sweep', '--samples', '1e10', '--format', 'json'], { signal: controller.signal });
    expect(code).toBe(130);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/interrupted/);
  });
});
