import type { Plan } from '../model/plan.js';

/** One input as the pick-freeze design swaps it (./event-sensitivity.ts): its JSON path and the slots its draw step fills. */
export interface DesignInput {
  readonly path: string;
  readonly slots: readonly number[];
}

/** The plan's uncertain inputs: one per draw step that is not fixed (a row table is one input: its columns and its index slot). */
export function designInputs(plan: Plan): DesignInput[] {
  const inputs: DesignInput[] = [];
  for (const step of plan.steps) {
    if (step.kind === 'dist') {
      if (step.dist.kind !== 'fixed') inputs.push({ path: step.path, slots: [step.slot] });
    } else {
      inputs.push({ path: step.path, slots: [...Array.from({ length: step.width }, (_, c) => step.slot + c), step.indexSlot] });
    }
  }
  return inputs;
}
