import { dirname, resolve } from 'node:path';
import { DEFAULT_PRESET, InputError, SCENARIO_PRESETS, compilePlan, parseJson, validateScenario, type Plan, type Scenario } from '@horizon/sim';
import { inputError, placeAt } from '@horizon/sim/internal';
import { readInputFile } from './read-input-file.js';
import { loadLawSamples } from './load-law-samples.js';
import { loadTrendSamples } from './load-trend-samples.js';

export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly plan: Plan;
  /** Where it came from, for messages: a file name or `preset NAME`. */
  readonly source: string;
}

/**
 * Loads, validates and compiles the scenario named by --scenario or --preset (default preset otherwise).
 * `fileFlag` names the file in messages; `allowRead`: folders besides the scenario's own from which its sample
 * files may be read (--allow-read).
 */
export function loadScenario(cwd: string, scenarioFile: string | undefined, presetName: string | undefined, fileFlag = '--scenario', allowRead: readonly string[] = []): LoadedScenario {
  if (scenarioFile !== undefined && presetName !== undefined) {
    throw inputError('scenarioAndPreset', '--preset');
  }
  if (scenarioFile !== undefined) {
    const json = parseJson(readInputFile(cwd, scenarioFile, fileFlag), scenarioFile);
    const scenario = validateScenarioIn(json, scenarioFile);
    const folder = dirname(resolve(cwd, scenarioFile));
    const allowed = allowRead.map((dir) => resolve(cwd, dir));
    const plan = compilePlan(scenario, {
      lawSamples: (file, path) => loadLawSamples(folder, file, path, allowed),
      trendSamples: (file, path) => loadTrendSamples(folder, file, path, allowed),
    });
    return { scenario, plan, source: scenarioFile };
  }
  const name = presetName ?? DEFAULT_PRESET;
  // Own keys only: `--preset toString` names no preset.
  const preset = Object.hasOwn(SCENARIO_PRESETS, name) ? SCENARIO_PRESETS[name] : undefined;
  if (preset === undefined) {
    throw inputError('unknownPreset', '--preset', name, Object.keys(SCENARIO_PRESETS));
  }
  const scenario = validateScenario(preset);
  return { scenario, plan: compilePlan(scenario), source: `preset ${name}` };
}

/** validateScenario, with the file named when the fault is the document as a whole (its path is empty). */
function validateScenarioIn(json: unknown, file: string): Scenario {
  try {
    return validateScenario(json);
  } catch (error) {
    if (error instanceof InputError && error.path === '') throw placeAt(error, file);
    throw error;
  }
}
