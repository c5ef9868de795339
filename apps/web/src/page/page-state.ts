import type { Baseline } from '../baseline/baseline.js';

/** The CLI's defaults, so the page's first answer is `horizon sweep`'s. */
export const DEFAULT_SEED = 42;
export const DEFAULT_SAMPLES = 1_000_000;

/**
 * What the page shows and runs: one scenario (as text, and as decoded JSON for the form), its seed and sample
 * count, and the reader's view settings. The link and the saved state are made from it.
 */
export interface PageState {
  text: string;
  json: unknown;
  /** Where the text came from (a file name, "link", "scenario"), for the validator's messages. */
  source: string;
  /** The preset shown, unless the scenario was edited or loaded from elsewhere. */
  preset: string | undefined;
  /** Whether `text` passed the validator (the link then carries it compacted). */
  textValid: boolean;
  seed: number;
  samples: number;
  /** Compute the fan chart's trajectories and the drivers' sensitivity (slower: the reference engine). */
  extras: boolean;
  /** The fan chart's year range as the reader set it (null: the default span). */
  fanYears: { fromYear: number | null; toYear: number | null };
  /** A pinned answer, kept through edits as a ghost in the charts and a Δ median in the table. */
  baseline: Baseline | undefined;
}

/** The state before anything is loaded. */
export function initialPageState(): PageState {
  return {
    text: '',
    json: undefined,
    source: 'scenario',
    preset: undefined,
    textValid: false,
    seed: DEFAULT_SEED,
    samples: DEFAULT_SAMPLES,
    extras: true,
    fanYears: { fromYear: null, toYear: null },
    baseline: undefined,
  };
}
