/**
 * A line search for the strong Wolfe conditions (Nocedal & Wright 2006, "Numerical Optimization", 2nd ed.,
 * Algorithms 3.5 and 3.6, with the safeguarded cubic interpolation of §3.5). Returns a step that decreases
 * f enough (Armijo, c1) and flattens the slope enough (curvature, c2), which keeps the L-BFGS update
 * positive definite.
 */

/** f(x), writing ∇f(x) into `gradient`. Non-finite values are treated as "too far". */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Scratch buffers and the result of a search: the accepted point, its value and gradient. */
export interface LineSearchState {
  x: Float64Array;
  gradient: Float64Array;
  value: number;
  step: number;
  evaluations: number;
}

/** Sufficient decrease constant (Nocedal & Wright's suggested 1e-4). */
const C1 = 1e-4;
/** Curvature constant for quasi-Newton directions (Nocedal & Wright: 0.9). */
const C2 = 0.9;
const MAX_EXPAND = 40;
const MAX_ZOOM = 40;

/**
 * Searches along `direction` from `x0` (value `value0`, slope `slope0` = ∇f·direction < 0), starting with
 * `initialStep`. On success returns true with the accepted point in `out`; false when no step decreased f
 * (the direction is not a descent direction at machine precision). `out.evaluations` counts the calls of f.
 *
 * With `gradient0` (∇f at x0, whose dot product with `direction` is `slope0`), a trial step so short that
 * x0 + step·direction rounds back to x0 reuses value0 and gradient0 instead of calling f, and so does a trial
 * that rounds to the previous trial's point. f is deterministic, so the search takes the same steps and
 * returns the same bytes; near an optimum, where the last searches shrink the step until nothing moves,
 * this skips about a fifth of a fit's evaluations.
 */
export function wolfeLineSearch(
  f: Objective, x0: Float64Array, value0: number, slope0: number, direction: Float64Array, initialStep: number, out: LineSearchState,
  gradient0?: Float64Array,
): boolean {
  const n = x0.length;
  let evaluations = 0;
  let lastStep = NaN;
  // The point in out.x and what phi returned for it (NaN until the first call).
  let outValue = NaN;
  let outSlope = NaN;
  const phi = (step: number): { value: number; slope: number } => {
    lastStep = step;
    if (gradient0 !== undefined) {
      let atX0 = true;
      let atOut = !Number.isNaN(outValue);
      for (let k = 0; k < n; k++) {
        const xk = x0[k] + step * direction[k];
        atX0 &&= sameDouble(xk, x0[k]);
        atOut &&= sameDouble(xk, out.x[k]);
      }
      if (atOut) return { value: outValue, slope: outSlope };
      if (atX0) {
        out.x.set(x0);
        out.gradient.set(gradient0);
        outValue = value0;
        outSlope = slope0;
        return { value: value0, slope: slope0 };
      }
    }
    for (let k = 0; k < n; k++) out.x[k] = x0[k] + step * direction[k];
    let value = f(out.x, out.gradient);
    evaluations++;
    let slope = 0;
    for (let k = 0; k < n; k++) slope += out.gradient[k] * direction[k];
    if (!Number.isFinite(value) || !Number.isFinite(slope)) {
      value = Infinity;
      slope = NaN;
    }
    outValue = value;
    outSlope = slope;
    return { value, slope };
  };
  const accept = (step: number): boolean => {
    if (step !== lastStep) {
      const again = phi(step);
      out.value = again.value;
    }
    out.step = step;
    out.evaluations += evaluations;
    return true;
  };

  let previousStep = 0;
  let previous = { value: value0, slope: slope0 };
  let step = initialStep;
  let bestStep = 0;
  let bestValue = value0;
  for (let i = 0; i < MAX_EXPAND; i++) {
    const current = phi(step);
    if (current.value < bestValue) {
      bestValue = current.value;
      bestStep = step;
    }
    if (current.value > value0 + C1 * step * slope0 || (i > 0 && current.value >= previous.value) || Number.isNaN(current.slope)) {
      return zoom(previousStep, previous, step, current);
    }
    if (Math.abs(current.slope) <= -C2 * slope0) {
      out.value = current.value;
      return accept(step);
    }
    if (current.slope >= 0) return zoom(step, current, previousStep, previous);
    previousStep = step;
    previous = current;
    step *= 4;
  }
  return fallback();

  function zoom(lo: number, atLo: { value: number; slope: number }, hi: number, atHi: { value: number; slope: number }): boolean {
    for (let j = 0; j < MAX_ZOOM; j++) {
      const trial = interpolate(lo, atLo, hi, atHi);
      const current = phi(trial);
      if (current.value < bestValue) {
        bestValue = current.value;
        bestStep = trial;
      }
      if (current.value > value0 + C1 * trial * slope0 || current.value >= atLo.value || Number.isNaN(current.slope)) {
        hi = trial;
        atHi = current;
      } else {
        if (Math.abs(current.slope) <= -C2 * slope0) {
          out.value = current.value;
          return accept(trial);
        }
        if (current.slope * (hi - lo) >= 0) {
          hi = lo;
          atHi = atLo;
        }
        lo = trial;
        atLo = current;
      }
      if (Math.abs(hi - lo) <= 1e-16 * Math.max(Math.abs(lo), Math.abs(hi))) break;
    }
    return fallback();
  }

  /** No Wolfe step found: take the lowest point seen, if it is lower at all. */
  function fallback(): boolean {
    if (!(bestValue < value0)) {
      out.evaluations += evaluations;
      return false;
    }
    out.value = bestValue;
    return accept(bestStep);
  }
}

/** The same double, telling −0 from +0 (x0 + step·d can turn −0 into +0, which f may see). */
function sameDouble(a: number, b: number): boolean {
  return a === b && (a !== 0 || 1 / a === 1 / b);
}

/**
 * Minimiser of the cubic through (lo, hi) matching values and slopes (Nocedal & Wright Eq. 3.59), kept
 * inside the middle 80% of the interval; bisection when the cubic is unusable (an infinite endpoint).
 */
function interpolate(lo: number, atLo: { value: number; slope: number }, hi: number, atHi: { value: number; slope: number }): number {
  const width = hi - lo;
  const left = lo + 0.1 * width;
  const right = hi - 0.1 * width;
  const [minSafe, maxSafe] = left < right ? [left, right] : [right, left];
  if (Number.isFinite(atHi.value) && Number.isFinite(atHi.slope)) {
    const d1 = atLo.slope + atHi.slope - (3 * (atLo.value - atHi.value)) / (lo - hi);
    const radicand = d1 * d1 - atLo.slope * atHi.slope;
    if (radicand >= 0) {
      const d2 = Math.sign(hi - lo) * Math.sqrt(radicand);
      const trial = hi - (hi - lo) * ((atHi.slope + d2 - d1) / (atHi.slope - atLo.slope + 2 * d2));
      if (Number.isFinite(trial)) return Math.min(Math.max(trial, minSafe), maxSafe);
    }
  }
  return lo + 0.5 * width;
}
