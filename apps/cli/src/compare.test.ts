import { describe, expect, it } from 'vitest';
import { runCli } from './test-io.js';

describe('horizon compare', () => {
  it('runs each scenario with the same seed and samples: its JSON holds each one\'s sweep result, byte for byte', async () => {
    const { code, stdout } = await runCli(['compare', 'default', 'villalobos2024-overtrain5x', '--samples', '2e4', '--seed', '3']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['samples', 'seed', 'scenarios']);
    expect([result.samples, result.seed]).toEqual([20000, 3]);
    for (const [k, preset] of ['default', 'villalobos2024-overtrain5x'].entries()) {
      const alone = JSON.parse((await runCli(['sweep', '--preset', preset, '--samples', '2e4', '--seed', '3'])).stdout);
      expect(result.scenarios[k]).toEqual(alone);
    }
  });

  it('the table shows each stock\'s median difference from the first scenario', async () => {
    const { stdout } = await runCli(['compare', 'default', 'villalobos2024-overtrain5x', '--samples', '2e4', '--format', 'table']);
    const json = JSON.parse((await runCli(['compare', 'default', 'villalobos2024-overtrain5x', '--samples', '2e4'])).stdout);
    const delta = json.scenarios[1].stocks['indexed-web'].quantiles.p50 - json.scenarios[0].stocks['indexed-web'].quantiles.p50;
    expect(delta).toBeLessThan(0);
    expect(stdout).toContain(`−${Math.abs(delta).toFixed(2)}`);
    expect(stdout).toMatch(/Δ vs default/);
  });

  it.each([
    [['compare', 'default'], /^compare: needs at least two scenarios to compare, got 1\n$/],
    [['compare', 'default', 'nosuch.json'], /^nosuch\.json: cannot read nosuch\.json: no such file\n$/],
  ])('%j is one line on stderr and exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await runCli([...argv, '--samples', '1e3']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
