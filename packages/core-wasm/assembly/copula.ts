// Gaussian copulas over correlated inputs, after a sample's draws: the mirror of applyCopula in
// packages/sim/src/engine/reference-engine.ts and copulaMarginal in packages/sim/src/distributions/copula-marginal.ts,
// in the same operation order. Layout of the table: packages/sim/src/engine/encode-plan.ts.

import { field, intField, triangularInverse } from './plan-access';
import * as F from './plan-format';
import { columnOf } from './block';

const COPULA_INPUT_LENGTH: i32 = 8;

/** Φ(x) via erfc with Numerical Recipes 3rd ed. §6.2.2's Chebyshev coefficients (normal-cdf.ts; rel. error < 1.2e-7). */
export function normalCdf(x: f64): f64 {
  return 0.5 * erfc(-x / Math.SQRT2);
}

const COF: StaticArray<f64> = [
  -1.3026537197817094, 6.4196979235649026e-1, 1.9476473204185836e-2, -9.561514786808631e-3,
  -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5,
  -1.624290004647e-6, 1.30365583558e-6, 1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9,
  5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12,
  -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15,
  -9.4e-17, 1.21e-16, -2.8e-17,
];

function erfc(x: f64): f64 {
  const z = Math.abs(x);
  const t = 2 / (2 + z);
  const ty = 4 * t - 2;
  let d: f64 = 0;
  let dd: f64 = 0;
  for (let j = COF.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + unchecked(COF[j]);
    dd = tmp;
  }
  const value = t * Math.exp(-z * z + 0.5 * (unchecked(COF[0]) + ty * d) - dd);
  return x >= 0 ? value : 2 - value;
}

/** Φ⁻¹(p): Acklam's rational approximation and one Halley step on normalCdf (normal-cdf.ts). */
export function normalQuantile(p: f64): f64 {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const pLow = 0.02425;
  let x: f64;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((-7.784894002430293e-3 * q + -3.223964580411365e-1) * q + -2.400758277161838) * q + -2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783) / ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  } else if (p <= 1 - pLow) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r + -2.759285104469687e2) * r + 1.38357751867269e2) * r + -3.066479806614716e1) * r + 2.506628277459239) * q) / (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r + -1.556989798598866e2) * r + 6.680131188771972e1) * r + -1.328068155288572e1) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((-7.784894002430293e-3 * q + -3.223964580411365e-1) * q + -2.400758277161838) * q + -2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783) / ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** F⁻¹(Φ(z)) of the simple distribution at plan index `distAt` (copulaMarginal). */
function marginal(distAt: i32, logSpace: bool, truncated: bool, min: f64, max: f64, z: f64): f64 {
  const code = intField(distAt);
  const p0 = field(distAt + 1);
  const p1 = field(distAt + 2);
  if (code == F.DIST_FIXED) return logSpace ? Math.log(p0) : p0;
  if (code == F.DIST_NORMAL) {
    let value = p0 + p1 * z;
    if (truncated) {
      const low = isFinite(min) ? normalCdf((min - p0) / p1) : 0;
      const high = isFinite(max) ? normalCdf((max - p0) / p1) : 1;
      value = p0 + p1 * normalQuantile(low + normalCdf(z) * (high - low));
    }
    return logSpace ? Math.log(value) : value;
  }
  if (code == F.DIST_LOGNORMAL) {
    const ln = p0 + p1 * z;
    return logSpace ? ln : Math.exp(ln);
  }
  if (code == F.DIST_UNIFORM) {
    const value = p0 + (p1 - p0) * normalCdf(z);
    return logSpace ? Math.log(value) : value;
  }
  if (code == F.DIST_LOGUNIFORM) {
    const ln = p0 + (p1 - p0) * normalCdf(z);
    return logSpace ? ln : Math.exp(ln);
  }
  // DIST_TRIANGULAR (validation admits no other kind).
  const value = triangularInverse(p0, p1, field(distAt + 3), normalCdf(z));
  return logSpace ? Math.log(value) : value;
}

/** Applies every copula of the table at plan index `copulasAt` to one sample: its lane `valuesAt` of the value columns. */
export function applyCopulas(copulasAt: i32, valuesAt: usize): void {
  const groups = intField(copulasAt);
  let at = copulasAt + 1;
  for (let g = 0; g < groups; g++) {
    const n = intField(at);
    const inputsAt = at + 1;
    const choleskyAt = inputsAt + n * COPULA_INPUT_LENGTH;
    // Rows from the last up: row i reads e_j (j ≤ i), none overwritten yet.
    for (let i = n - 1; i >= 0; i--) {
      let z: f64 = 0;
      for (let j = 0; j <= i; j++) {
        z += field(choleskyAt + i * n + j) * load<f64>(columnOf(valuesAt, intField(inputsAt + j * COPULA_INPUT_LENGTH)));
      }
      const input = inputsAt + i * COPULA_INPUT_LENGTH;
      const value = marginal(intField(input + 1), intField(input + 2) != 0, intField(input + 3) != 0, field(input + 4), field(input + 5), z);
      store<f64>(columnOf(valuesAt, intField(input)), value);
    }
    at = choleskyAt + n * n;
  }
}
