import defaultPreset from './default.json' with { type: 'json' };
import contractExample from './contract-example.json' with { type: 'json' };

/**
 * Built-in scenarios by name. Each is a plain scenario file (validated like any other when used) whose
 * `description` says what it represents; `docs/presets/NAME.md` gives every input's source.
 */
export const SCENARIO_PRESETS: Readonly<Record<string, unknown>> = {
  default: defaultPreset,
  'contract-example': contractExample,
};

/** The preset `horizon sweep` runs when given no scenario. */
export const DEFAULT_PRESET = 'default';

/** One line describing a preset (its scenario's description up to the first sentence end). */
export function presetSummary(name: string): string {
  const scenario = SCENARIO_PRESETS[name] as { description?: string } | undefined;
  return scenario?.description ?? '';
}
