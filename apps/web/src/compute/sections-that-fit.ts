import type { Plan } from '@horizon/sim';
import { MAX_SECTION_BYTES, sensitivityBytes, trajectoryBytes } from '@horizon/sim/internal';

/**
 * The optional sections a run of this plan can carry: the same as `horizon sweep --trajectories --explain`,
 * but a section past MAX_SECTION_BYTES (where the CLI refuses the flag) is left out, so a big scenario in a
 * shared link cannot take gigabytes and crash the tab; the answer then comes without that chart. Sensitivity
 * has one input per draw step of the plan (sim's `sensitivityInputs`).
 */
export function sectionsThatFit(plan: Plan): { readonly trajectories: boolean; readonly sensitivity: boolean } {
  return {
    trajectories: trajectoryBytes(plan) <= MAX_SECTION_BYTES,
    sensitivity: sensitivityBytes(plan.stocks.length, plan.steps.length) <= MAX_SECTION_BYTES,
  };
}
