import { describe, expect, it } from 'vitest';
import { HORIZON_VERSION, STREAM_VERSION } from '@horizon/sim';
import { runCli } from './test-io.js';

describe('horizon sweep', () => {
  it('prints the contract\'s JSON in a pipe, with the seed on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['sweep', '--samples', '2e4']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['horizon', 'scenario', 'scenarioDigest', 'samples', 'seed', 'startYear', 'horizonYear', 'stocks']);
    expect(result).toMatchObject({ horizon: { version: HORIZON_VERSION, stream: STREAM_VERSION }, scenario: 'default', samples: 20000, seed: 42 });
    expect(result.scenarioDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const stock = Object.values(result.stocks)[0] as Record<string, unknown>;
    expect(Object.keys(stock)).toEqual(['quantiles', 'pAlready', 'pNever', 'cdf']);
    expect(Object.keys(stock.quantiles as object)).toEqual(['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95']);
    expect((stock.cdf as unknown[]).length).toBe(result.horizonYear - result.startYear + 1);
    expect(stderr).toMatch(/seed 42/);
  });

  it('gives byte-identical JSON for the same seed, and different numbers for another seed', async () => {
    const args = ['sweep', '--preset', 'contract-example', '--samples', '1_000_00', '--format', 'json'];
    const first = await runCli([...args, '--seed', '7']);
    const again = await runCli([...args, '--seed', '7']);
    const other = await runCli([...args, '--seed', '8']);
    expect(again.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
    expect(JSON.parse(other.stdout).stocks['indexed-web'].quantiles).not.toEqual(JSON.parse(first.stdout).stocks['indexed-web'].quantiles);
  });

  it('prints a table on a terminal, with a sparkline per stock', async () => {
    const { code, stdout } = await runCli(['sweep', '--preset', 'contract-example', '--samples', '1e4'], { stdoutIsTTY: true });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^contract-example · 10,000 samples · seed 42/);
    expect(stdout).toMatch(/indexed-web\s+20\d\d\.\d\s+20\d\d\.\d–20\d\d\.\d/);
    expect(stdout).toMatch(/[▁▂▃▄▅▆▇█]{5}/);
  });

  it('prints tidy CSV: one row per stock and statistic', async () => {
    const { stdout } = await runCli(['sweep', '--preset', 'contract-example', '--samples', '1e4', '--format', 'csv']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('stock,statistic,year,value');
    expect(lines).toContain('high-quality,pNever,,0');
    expect(lines.filter((line) => line.startsWith('indexed-web,cdf,')).length).toBe(2100 - 2024 + 1);
  });

  it('adds the documented extra keys with --explain and --trajectories', async () => {
    const { stdout } = await runCli(['sweep', '--preset', 'contract-example', '--samples', '2e4', '--explain', '--trajectories']);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['horizon', 'scenario', 'scenarioDigest', 'samples', 'seed', 'startYear', 'horizonYear', 'stocks', 'trajectories', 'sensitivity']);
    expect(result.sensitivity['indexed-web'][0]).toHaveProperty('index');
    expect(result.trajectories.years[0]).toBe(2024);
  });
});

describe('horizon presets, schema and help', () => {
  it('lists the built-in scenarios and scaling laws with their sources', async () => {
    const { code, stdout } = await runCli(['presets']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/default/);
    expect(stdout).toMatch(/besiroglu2024 .*Source: Besiroglu/);
  });

  it('presets NAME gives the figure its paper published and Horizon\'s, then its sources', async () => {
    const { code, stdout } = await runCli(['presets', 'villalobos2022-hq']);
    expect(code).toBe(0);
    expect(stdout).toContain('Published: median 2024.5, 90% 2023.5–2025.7 (Villalobos et al. 2022, Table 1)');
    expect(stdout).toContain('Horizon: Reproduced within ±0.6 yr: 2024.05 (90% 2023.15–2025.13) at 1e6 samples, seed 42.');
    expect(stdout).toContain('How it is built: docs/presets/villalobos2022-hq.md');
  });

  it('prints a JSON Schema that names every top-level key of a scenario', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'startYear', 'horizonYear', 'demand', 'training', 'stocks']));
    expect(schema.additionalProperties).toBe(false);
  });

  it('prints the version with --version and -V', async () => {
    for (const argv of [['--version'], ['-V']]) expect(await runCli(argv)).toEqual({ code: 0, stdout: `${HORIZON_VERSION}\n`, stderr: '' });
  });

  it('prints help and exits 0 with no arguments or --help', async () => {
    for (const argv of [[], ['--help'], ['sweep', '--help']]) {
      const { code, stdout } = await runCli(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Usage: horizon/);
    }
  });
});
