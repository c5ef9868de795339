import type { Plan } from '../model/plan.js';
import { scenarioDigest } from '../shards/scenario-digest.js';
import { THIS_HORIZON, type HorizonVersion } from '../version.js';

/** What a result records about how it was made, beside the seed and sample count. */
export interface ResultProvenance {
  readonly horizon: HorizonVersion;
  /** `scenarioDigest(plan)`: "sha256:" and 64 hex digits. */
  readonly scenarioDigest: string;
}

/**
 * The provenance of a result of `plan` computed by `horizon` (this build unless given: a merge passes the
 * version its shards were computed with).
 */
export function resultProvenance(plan: Plan, horizon: HorizonVersion = THIS_HORIZON): ResultProvenance {
  return { horizon: { version: horizon.version, stream: horizon.stream }, scenarioDigest: scenarioDigest(plan) };
}
