import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelWasmUrl } from '@horizon/core-wasm';
import { compileWasmModuleSync } from './wasm-api.js';
import { fingerprintScenarios, scenarioFingerprints } from './regression-fingerprints.fixture.js';

// Exact regression fingerprints (regression-fingerprints.fixture.ts): every preset and agreement scenario,
// summaries and results with and without sections, per-sample years of both engines. A change that moves a
// byte fails here. If the change is meant, rewrite the file with the one-liner below and say in the commit
// message why the bytes moved.

const FILE = fileURLToPath(new URL('./regression-fingerprints.json', import.meta.url));
const UPDATE = process.env.HORIZON_UPDATE_FINGERPRINTS === '1';
const HOW =
  'If this change of output is intended: run `npm run fingerprints -w @horizon/sim` (after `npm run build` if the kernel changed), ' +
  'commit packages/sim/src/engine/regression-fingerprints.json with the change, and say in the commit message why the bytes moved.';

const kernelModule = compileWasmModuleSync(readFileSync(fileURLToPath(kernelWasmUrl)));
const committed: Record<string, Record<string, string>> = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
const computed: Record<string, Record<string, string>> = {};

describe('regression fingerprints', () => {
  it.each(Object.entries(fingerprintScenarios()))('%s', (name, scenario) => {
    computed[name] = scenarioFingerprints(kernelModule, scenario);
    if (UPDATE) return;
    expect(computed[name], `fingerprints of "${name}" moved. ${HOW}`).toEqual(committed[name]);
  });

  it('covers exactly the scenarios in the committed file', () => {
    if (UPDATE) {
      writeFileSync(FILE, JSON.stringify(computed, null, 2) + '\n');
      return;
    }
    expect(Object.keys(committed).sort(), `the fingerprinted scenarios changed. ${HOW}`).toEqual(Object.keys(fingerprintScenarios()).sort());
  });
});
