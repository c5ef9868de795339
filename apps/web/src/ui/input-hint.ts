import { POSITIVE, type ScenarioInput } from '@horizon/sim/internal';

/**
 * The hint beside an input on the form: its unit, its valid range when that is more than "> 0" (which every
 * count and growth factor is), and a default other than 1, e.g. "passes over the data, ≥ 1",
 * "decay of repeated data’s worth (15.4)".
 */
export function inputHint(input: ScenarioInput): string {
  const rule = input.domain === POSITIVE ? '' : input.domain.rule;
  const text = [input.unit, rule].filter(Boolean).join(', ');
  return input.default === undefined || input.default === 1 ? text : `${text} (${input.default})`;
}
