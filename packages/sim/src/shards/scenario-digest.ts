import type { Plan } from '../model/plan.js';
import { dataToJson } from './shard-file-data.js';
import { sha256Hex } from '../math/sha256.js';

const utf8 = new TextEncoder();
const digests = new WeakMap<Plan, string>();

/**
 * `"sha256:"` and the SHA-256 of the scenario as run: the compiled plan written as one line of JSON by
 * `dataToJson` (every input's path, distribution and parameters in draw order, the rows of a scaling-law
 * samples file, the model's structure). Scenario files that differ only in layout, key order or the
 * spelling of a number compile to the same plan and so have the same digest; any change to what is drawn or
 * computed changes it. docs/output.md states the canonical form for readers. Memoised per plan, since the web
 * app asks for it on every partial answer.
 */
export function scenarioDigest(plan: Plan): string {
  let digest = digests.get(plan);
  if (digest === undefined) {
    digest = `sha256:${sha256Hex(utf8.encode(JSON.stringify(dataToJson(plan))))}`;
    digests.set(plan, digest);
  }
  return digest;
}
