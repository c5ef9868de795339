import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { compileWasmModuleSync } from '../engine/wasm-api.js';
import { InputError } from '../errors/input-error.js';
import { sweepScenario } from './sweep-scenario.js';
import { varyScenario } from './vary-scenario.js';

const kernel = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const scenario = SCENARIO_PRESETS['contract-example'];

describe('sweepScenario', () => {
  it('gives the kernel and the reference engine\'s result for the same samples, to the printed precision', () => {
    const withKernel = sweepScenario(scenario, { samples: 20_000, seed: 3, kernel });
    const reference = sweepScenario(scenario, { samples: 20_000, seed: 3 });
    expect(withKernel.samples).toBe(20_000);
    expect(withKernel.seed).toBe(3);
    for (const [name, stock] of Object.entries(withKernel.stocks)) {
      for (const [key, year] of Object.entries(stock.quantiles)) expect(Math.abs(year! - reference.stocks[name].quantiles[key as 'p50']!), `${name} ${key}`).toBeLessThanOrEqual(0.01);
    }
  });

  it('defaults to the CLI\'s seed, 42', () => {
    expect(sweepScenario(scenario, { samples: 1_000, kernel })).toEqual(sweepScenario(scenario, { samples: 1_000, seed: 42, kernel }));
  });

  it('refuses a bad scenario or option with an InputError naming it', () => {
    expect(() => sweepScenario({ ...(scenario as object), horizonYear: 2000 }, { samples: 10 })).toThrow(InputError);
    expect(() => sweepScenario(scenario, { samples: 0 })).toThrow(/^samples: /);
    expect(() => sweepScenario(scenario, { samples: 1.5 })).toThrow(/^samples: /);
    expect(() => sweepScenario(scenario, { samples: 10, seed: -1 })).toThrow(/^seed: /);
  });
});

describe('varyScenario', () => {
  it('a point that scales by 1 is the plain sweep, and more tokens exhaust later (common random numbers)', () => {
    const plain = sweepScenario(scenario, { samples: 20_000, seed: 5, kernel });
    const whatIf = varyScenario(scenario, ['stocks[0].tokens0*=0.5,1,2'], { samples: 20_000, seed: 5, kernel });
    expect(whatIf.points.map((point) => point.at)).toEqual([[0.5], [1], [2]]);
    expect(whatIf.points[1].stocks).toEqual(plain.stocks);
    const medians = whatIf.points.map((point) => point.stocks['indexed-web'].quantiles.p50!);
    expect(medians[0]).toBeLessThan(medians[1]);
    expect(medians[1]).toBeLessThan(medians[2]);
    // The other stock does not depend on the indexed web's tokens.
    expect(whatIf.points[0].stocks['high-quality']).toEqual(plain.stocks['high-quality']);
  });

  it('names the offending specification', () => {
    expect(() => varyScenario(scenario, ['stocks[0].tokens0*=1', 'nowhere=1'], { samples: 10 })).toThrow(/^vary\[1\]/);
  });
});
