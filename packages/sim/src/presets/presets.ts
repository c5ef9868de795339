import defaultPreset from './default.json' with { type: 'json' };
import contractExample from './contract-example.json' with { type: 'json' };
import villalobos2022Hq from './villalobos2022-hq.json' with { type: 'json' };
import villalobos2022Lq from './villalobos2022-lq.json' with { type: 'json' };
import villalobos2024 from './villalobos2024.json' with { type: 'json' };
import villalobos2024Overtrain5x from './villalobos2024-overtrain5x.json' with { type: 'json' };
import villalobos2024Compute from './villalobos2024-compute.json' with { type: 'json' };
import villalobos2024FittedTrend from './villalobos2024-fitted-trend.json' with { type: 'json' };
import xue2023Palm from './xue2023-palm.json' with { type: 'json' };

/**
 * Built-in scenarios by name. Each is a plain scenario file (validated like any other when used) whose
 * `description` says what it represents; `docs/presets/NAME.md` gives every input's source.
 */
export const SCENARIO_PRESETS: Readonly<Record<string, unknown>> = {
  default: defaultPreset,
  'contract-example': contractExample,
  'villalobos2022-hq': villalobos2022Hq,
  'villalobos2022-lq': villalobos2022Lq,
  villalobos2024,
  'villalobos2024-overtrain5x': villalobos2024Overtrain5x,
  'villalobos2024-compute': villalobos2024Compute,
  'villalobos2024-fitted-trend': villalobos2024FittedTrend,
  'xue2023-palm': xue2023Palm,
};

/** The preset `horizon sweep` runs when given no scenario. */
export const DEFAULT_PRESET = 'default';

/** One line describing a preset (its scenario's description up to the first sentence end). */
export function presetSummary(name: string): string {
  const scenario = (Object.hasOwn(SCENARIO_PRESETS, name) ? SCENARIO_PRESETS[name] : undefined) as { description?: string } | undefined;
  return scenario?.description ?? '';
}
