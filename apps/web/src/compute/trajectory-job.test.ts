import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { SCENARIO_PRESETS, compileWasmModuleSync, validateScenario } from '@horizon/sim';
import { runTrajectoryJob } from './trajectory-job.js';

const kernel = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));

describe('runTrajectoryJob, events', () => {
  it.each(['default', 'villalobos2024-compute'])('gives the same event indices with the posted kernel as with the reference engine (%s)', (preset) => {
    const scenario = validateScenario(SCENARIO_PRESETS[preset]);
    const withKernel = runTrajectoryJob({ id: 1, kind: 'events', scenario, seed: 13, kernel });
    const reference = runTrajectoryJob({ id: 2, kind: 'events', scenario, seed: 13 });
    expect(JSON.stringify(withKernel)).toBe(JSON.stringify(reference));
    expect('stocks' in withKernel && withKernel.stocks.length).toBeGreaterThan(0);
  });
});
