// Draws of the plan's distributions, in the draw order of packages/sim/src/distributions/sample-dist.ts:
// a mixture first draws its component with one uniform; normal and lognormal take one ziggurat normal;
// uniform, log-uniform and triangular one uniform. `logSpace` returns ln(draw).

import { standardNormal, uniform } from './random';
import {
  DIST_FIXED, DIST_LENGTH, DIST_LOGNORMAL, DIST_LOGUNIFORM, DIST_MIXTURE, DIST_NORMAL, DIST_TRIANGULAR, DIST_UNIFORM,
} from './plan-format';

/**
 * DRAWS_PER_INPUT of program.ts plus one: each try takes at least one draw, so an input that resamples this
 * many times has passed its draw budget and runProgram reports TOO_MANY_DRAWS.
 */
const MAX_TRIES: i32 = (1 << 20) + 1;

/** Byte address of plan field `index` (plan fields are f64). */
let planAt: usize = 0;

export function setPlanAddress(at: usize): void {
  planAt = at;
}

/** Plan field `index`. */
@inline export function field(index: i32): f64 {
  return load<f64>(planAt + (<usize>index << 3));
}

/** Byte address of plan field `index`. */
@inline export function planAddress(index: i32): usize {
  return planAt + (<usize>index << 3);
}

/** Plan field `index` as an integer (a count, slot, code or offset). */
@inline export function intField(index: i32): i32 {
  return <i32>load<f64>(planAt + (<usize>index << 3));
}

/** Inverse CDF of the triangular distribution, in the reference's operation order (triangularInverse). */
@inline export function triangularInverse(min: f64, mode: f64, max: f64, u: f64): f64 {
  const width = max - min;
  const split = (mode - min) / width;
  return u < split ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
}

/** One draw of the simple (non-mixture) distribution at plan index `at`. */
@inline function sampleSimple(at: i32, code: i32, logSpace: bool): f64 {
  const p0 = field(at + 1);
  const p1 = field(at + 2);
  if (code == DIST_LOGNORMAL) {
    const ln = p0 + p1 * standardNormal();
    return logSpace ? ln : Math.exp(ln);
  }
  if (code == DIST_UNIFORM) {
    const value = p0 + (p1 - p0) * uniform();
    return logSpace ? Math.log(value) : value;
  }
  if (code == DIST_LOGUNIFORM) {
    const ln = p0 + (p1 - p0) * uniform();
    return logSpace ? ln : Math.exp(ln);
  }
  if (code == DIST_NORMAL) {
    const value = p0 + p1 * standardNormal();
    return logSpace ? Math.log(value) : value;
  }
  if (code == DIST_TRIANGULAR) {
    const value = triangularInverse(p0, p1, field(at + 3), uniform());
    return logSpace ? Math.log(value) : value;
  }
  // DIST_FIXED: only reached inside a mixture (fixed steps are hoisted out of the loop).
  return logSpace ? Math.log(p0) : p0;
}

/** One draw of the distribution at plan index `at` (mixtures pick a component first). */
export function sampleDist(at: i32, logSpace: bool): f64 {
  const code = intField(at);
  if (code != DIST_MIXTURE) return sampleSimple(at, code, logSpace);
  const u = uniform();
  const cumulativeAt = intField(at + 2);
  let k = 0;
  while (u >= field(cumulativeAt + k)) k++;
  const componentAt = intField(at + 3) + k * DIST_LENGTH;
  return sampleSimple(componentAt, intField(componentAt), logSpace);
}

/** True for the codes sampleDist knows. */
export function isKnownDist(code: i32): bool {
  return code >= DIST_FIXED && code <= DIST_MIXTURE;
}

/**
 * A draw restricted to [min, max] (bounds inclusive per `flags`) by resampling, checked on the natural value.
 * Bounded: after MAX_TRIES the input has passed its draw budget; it returns NaN and runProgram fails.
 */
export function sampleTruncated(at: i32, logSpace: bool, min: f64, max: f64, flags: i32): f64 {
  // A mixture picks its component once (weights w_k / Σw) and truncates only that component (sample-dist.ts).
  let target = at;
  if (intField(at) == DIST_MIXTURE) {
    const u = uniform();
    const cumulativeAt = intField(at + 2);
    let k = 0;
    while (u >= field(cumulativeAt + k)) k++;
    target = intField(at + 3) + k * DIST_LENGTH;
  }
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const value = sampleDist(target, false);
    const aboveMin = (flags & 1) != 0 ? value >= min : value > min;
    const belowMax = (flags & 2) != 0 ? value <= max : value < max;
    if (aboveMin && belowMax) return logSpace ? Math.log(value) : value;
  }
  return NaN;
}
