import { AT_LEAST_ONE, FRACTION, NON_NEGATIVE, POSITIVE, type Domain } from '../distributions/domain.js';

/** What the tools need to know about one input of a scenario file, wherever it sits. */
export interface ScenarioInput {
  /** The input's name on a form, e.g. "Max epochs". */
  readonly label: string;
  /** The input in running text, lower case, e.g. "max epochs" ("training: max epochs"). */
  readonly words: string;
  /** Its unit or meaning, e.g. "tokens", "× per year", "passes over the data"; empty for a bare fraction. */
  readonly unit: string;
  /** Its valid range (docs/scenario.md): the validator refuses a distribution that cannot land in it. */
  readonly domain: Domain;
  /** The value used when the scenario leaves the input out; absent for a required input. */
  readonly default?: number;
}

/**
 * Default decay constant R*_D of repeated data's worth (Muennighoff et al. 2023, "Scaling Data-Constrained
 * Language Models", datablations fit: 15.387756, rounded as the paper quotes it).
 */
export const DEFAULT_R_STAR = 15.4;

/**
 * Every number a scenario draws, by role: where it sits (`stock`, `trend` or `compute` demand model,
 * `training`, any `demand` model) and its key. Compiling a plan, validating a scenario and drawing a form
 * all read their defaults, ranges and names from here.
 */
export const SCENARIO_INPUTS = {
  'demand.weight': { label: 'Weight', words: 'weight', unit: 'relative', domain: POSITIVE, default: 1 },
  'trend.tokens0': { label: 'Training tokens at start', words: 'tokens at start', unit: 'tokens', domain: POSITIVE },
  'trend.growthPerYear': { label: 'Token growth', words: 'growth per year', unit: '× per year', domain: POSITIVE },
  'compute.flops0': { label: 'Compute at start', words: 'compute at start', unit: 'FLOP', domain: POSITIVE },
  'compute.growthPerYear': { label: 'Compute growth', words: 'growth per year', unit: '× per year', domain: POSITIVE },
  'compute.overtraining': { label: 'Overtraining', words: 'overtraining', unit: '× tokens per parameter', domain: AT_LEAST_ONE, default: 1 },
  'compute.scalingLaw.E': { label: 'E', words: 'scaling law E', unit: 'irreducible loss', domain: NON_NEGATIVE },
  'compute.scalingLaw.A': { label: 'A', words: 'scaling law A', unit: 'parameter term', domain: POSITIVE },
  'compute.scalingLaw.B': { label: 'B', words: 'scaling law B', unit: 'data term', domain: POSITIVE },
  'compute.scalingLaw.alpha': { label: 'alpha', words: 'scaling law alpha', unit: 'parameter exponent', domain: POSITIVE },
  'compute.scalingLaw.beta': { label: 'beta', words: 'scaling law beta', unit: 'data exponent', domain: POSITIVE },
  'training.maxEpochs': { label: 'Max epochs', words: 'max epochs', unit: 'passes over the data', domain: AT_LEAST_ONE, default: 1 },
  'training.rStar': { label: 'r*', words: 'r*', unit: 'decay of repeated data’s worth', domain: POSITIVE, default: DEFAULT_R_STAR },
  'stock.tokens0': { label: 'Tokens at start', words: 'tokens at start', unit: 'tokens', domain: POSITIVE },
  'stock.growthPerYear': { label: 'Stock growth', words: 'growth per year', unit: '× per year', domain: POSITIVE },
  'stock.usableFraction': { label: 'Usable fraction', words: 'usable fraction', unit: '', domain: FRACTION, default: 1 },
} as const satisfies Record<string, ScenarioInput>;

export type InputRole = keyof typeof SCENARIO_INPUTS;

/** Demand models named by what they are. */
export const DEMAND_MODE_WORDS: Readonly<Record<string, string>> = { trend: 'historical trend', compute: 'compute' };

/** Words of keys that hold inputs rather than being one (a joint-draw table, a whole law). */
const GROUP_WORDS: Readonly<Record<string, string>> = { scalingLaw: 'scaling law' };

/**
 * The words of the keys below an owner, wherever they sit: `growthPerYear` → "growth per year",
 * `scalingLaw.alpha` → "scaling law alpha"; undefined when no input has them.
 */
export function keyWords(keys: string): string | undefined {
  for (const role of Object.keys(SCENARIO_INPUTS) as InputRole[]) {
    if (role.endsWith(`.${keys}`)) return SCENARIO_INPUTS[role].words;
  }
  return GROUP_WORDS[keys];
}
