/**
 * Logarithm and sine that give the same bits on every JavaScript engine. `Math.log` and `Math.sin` are
 * implementation-defined: Node's V8 and a current Chromium's V8 differ in the last bit for some arguments,
 * which made the browser compile a scenario to a plan one ulp away from the CLI's. The values a plan is
 * compiled from (a lognormal's mu and sigma, ln of a fixed value, a copula's rho) go through these instead,
 * so a scenario compiles to the same plan everywhere. They are fdlibm's algorithms (Sun Microsystems 1993,
 * e_log.c and k_sin.c) in plain double arithmetic, accurate to under 1 ulp.
 */

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO_54 = 1.80143985094819840000e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

const bits = new DataView(new ArrayBuffer(8));

/** Natural logarithm (fdlibm's __ieee754_log). */
export function portableLog(value: number): number {
  bits.setFloat64(0, value);
  let hx = bits.getInt32(0);
  const lx = bits.getUint32(4);
  let x = value;
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    // Subnormal: scale up by 2^54.
    k -= 54;
    x *= TWO_54;
    bits.setFloat64(0, x);
    hx = bits.getInt32(0);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // Normalise x into [sqrt(2)/2, sqrt(2)).
  bits.setInt32(0, hx | (i ^ 0x3ff00000));
  x = bits.getFloat64(0);
  k += i >> 20;
  const f = x - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - r : dk * LN2_HI - (r - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

/** sin(x) for |x| ≤ π/4, where no argument reduction is needed (fdlibm's __kernel_sin with y = 0). */
export function portableSinSmall(x: number): number {
  if (!(Math.abs(x) <= Math.PI / 4)) throw new RangeError(`portableSinSmall needs |x| ≤ π/4, got ${x}`);
  if (Math.abs(x) < 2 ** -27) return x;
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x + v * (S1 + z * r);
}
