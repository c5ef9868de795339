// ln, exp and expm1 of two doubles at a time (WebAssembly SIMD), bit for bit AssemblyScript's `Math.log`,
// `Math.exp` and `Math.expm1` (musl's log.c, exp.c and expm1.c as AssemblyScript ports them): the same
// operations in the same order lane by lane, so the kernel's results do not move. Each takes the functions'
// common path for both lanes (log: a normal positive double outside [0.9375, 1.0645); exp: 2^-54 ≤ |x| < 512;
// expm1: 2^-54 ≤ |x| ≤ ln2/2) and leaves any pair with a lane off it to the scalar function. The column loops
// run over a block's samples two at a time (a column has room for the odd lane past the end).
//
// Two things keep the loops short in V8's code. The vector constants are read from memory (the tables
// LOG_K, EXP_K and EXPM1_K below): V8 would otherwise rebuild each one from a 64-bit immediate (three
// instructions) on every use, about 40 instructions a pair in log. And a pair off the common path is only noted in the loop
// (./declined-pairs.ts) and computed by the scalar function after it: a call inside the loop makes V8 keep
// the loop's values on the stack around it, on every turn.

import { EXP_TAB } from './exp-tables';
import { LOG_TAB1, LOG_TAB2 } from './log-tables';
import { clearDeclined, DECLINED_CHUNK_LANES, declinedAt, declinedCount, declinedValue, noteDeclined } from './declined-pairs';

/** Reads the two-lane constant `k` of a table of 16-byte constants. */
@inline function constant(table: usize, k: i32): v128 {
  return v128.load(table + (<usize>k << 4));
}

// log: MIN_NORMAL, +Infinity, the near-1 interval [NEAR_ONE_LOW, NEAR_ONE_HIGH), LOG_OFF, the index mask, the
// exponent mask, ln 2 high and low, then the polynomial's A0–A4.
const LOG_K: usize = memory.data<u64>([
  0x0010000000000000, 0x0010000000000000,
  0x7FF0000000000000, 0x7FF0000000000000,
  0x3FEE000000000000, 0x3FEE000000000000,
  0x3FF1090000000000, 0x3FF1090000000000,
  0x3FE6000000000000, 0x3FE6000000000000,
  127, 127,
  0xFFF0000000000000, 0xFFF0000000000000,
  0x3FE62E42FEFA3800, 0x3FE62E42FEFA3800,
  0x3D2EF35793C76730, 0x3D2EF35793C76730,
  0xBFE0000000000001, 0xBFE0000000000001,
  0x3FD555555551305B, 0x3FD555555551305B,
  0xBFCFFFFFFFEB4590, 0xBFCFFFFFFFEB4590,
  0x3FC999B324F10111, 0x3FC999B324F10111,
  0xBFC55575E506C89F, 0xBFC55575E506C89F,
], 16);

/** column[i] = ln column[i] for the `count` doubles at `column`: log_lut's table path, two lanes at a time. */
export function logColumn(column: usize, count: usize): void {
  const minNormal = constant(LOG_K, 0);
  const infinity = constant(LOG_K, 1);
  const nearOneLow = constant(LOG_K, 2);
  const nearOneHigh = constant(LOG_K, 3);
  const off = constant(LOG_K, 4);
  const indexMask = constant(LOG_K, 5);
  const exponentMask = constant(LOG_K, 6);
  const ln2Hi = constant(LOG_K, 7);
  const ln2Lo = constant(LOG_K, 8);
  const a0 = constant(LOG_K, 9);
  const a1 = constant(LOG_K, 10);
  const a2 = constant(LOG_K, 11);
  const a3 = constant(LOG_K, 12);
  const a4 = constant(LOG_K, 13);
  for (let start: usize = 0; start < count; start += DECLINED_CHUNK_LANES) {
    const end = min(count, start + DECLINED_CHUNK_LANES);
    clearDeclined();
    for (let i = start; i < end; i += 2) logPairAt(column + (i << 3), minNormal, infinity, nearOneLow, nearOneHigh, off, indexMask, exponentMask, ln2Hi, ln2Lo, a0, a1, a2, a3, a4);
    for (let k = 0; k < declinedCount(); k++) {
      const x = declinedValue(k);
      v128.store(declinedAt(k), f64x2.replace_lane(f64x2.splat(Math.log(f64x2.extract_lane(x, 0))), 1, Math.log(f64x2.extract_lane(x, 1))));
    }
  }
}

/** ln of the pair at `at` in place by the table path, the pair noted (./declined-pairs.ts) when a lane is off it. */
@inline function logPairAt(
  at: usize, minNormal: v128, infinity: v128, nearOneLow: v128, nearOneHigh: v128, off: v128, indexMask: v128, exponentMask: v128,
  ln2Hi: v128, ln2Lo: v128, a0: v128, a1: v128, a2: v128, a3: v128, a4: v128,
): void {
  const x = v128.load(at);
  // Both lanes on the table path: normal, positive, finite, outside the near-1 interval.
  const normal = v128.and(f64x2.ge(x, minNormal), f64x2.lt(x, infinity));
  const away = v128.or(f64x2.lt(x, nearOneLow), f64x2.ge(x, nearOneHigh));
  if (i64x2.bitmask(v128.and(normal, away)) != 3) noteDeclined(at, x);
  const tmp = i64x2.sub(x, off);
  const index = v128.and(i64x2.shr_u(tmp, 52 - 7), indexMask);
  const iz = i64x2.sub(x, v128.and(tmp, exponentMask));
  const row0 = <usize>i64x2.extract_lane(index, 0) << 4;
  const row1 = <usize>i64x2.extract_lane(index, 1) << 4;
  // Rows are (invc, logc) and (chi, clo): one load a lane, then the lanes regrouped.
  const t1a = v128.load(LOG_TAB1 + row0);
  const t1b = v128.load(LOG_TAB1 + row1);
  const t2a = v128.load(LOG_TAB2 + row0);
  const t2b = v128.load(LOG_TAB2 + row1);
  const invc = v128.shuffle<f64>(t1a, t1b, 0, 2);
  const logc = v128.shuffle<f64>(t1a, t1b, 1, 3);
  const chi = v128.shuffle<f64>(t2a, t2b, 0, 2);
  const clo = v128.shuffle<f64>(t2a, t2b, 1, 3);
  const r = f64x2.mul(f64x2.sub(f64x2.sub(iz, chi), clo), invc);
  // k = tmp >> 52 (arithmetic) is small: the high words shifted by 20, to f64 exactly.
  const high = i32x4.shr_s(tmp, 20);
  const kd = f64x2.convert_low_i32x4_s(v128.shuffle<i32>(high, high, 1, 3, 1, 3));
  const w = f64x2.add(f64x2.mul(kd, ln2Hi), logc);
  const hi = f64x2.add(w, r);
  const lo = f64x2.add(f64x2.add(f64x2.sub(w, hi), r), f64x2.mul(kd, ln2Lo));
  const r2 = f64x2.mul(r, r);
  // lo + r2·A0 + r·r2·(A1 + r·A2 + r2·(A3 + r·A4)) + hi, left to right.
  const inner = f64x2.add(f64x2.add(a1, f64x2.mul(r, a2)), f64x2.mul(r2, f64x2.add(a3, f64x2.mul(r, a4))));
  const sum = f64x2.add(f64x2.add(lo, f64x2.mul(r2, a0)), f64x2.mul(f64x2.mul(r, r2), inner));
  v128.store(at, f64x2.add(sum, hi));
}

// exp: the exponent field's mask and its common range [0x3C9, 0x408) (2^-54 ≤ |x| < 512), N/ln2, the shift
// 1.5 · 2^52 (z + shift holds round(z) in its low mantissa bits), −ln2/N high and low, the index mask, then
// the polynomial's C2–C5.
const EXP_K: usize = memory.data<u64>([
  0x7FF, 0x7FF,
  0x3C9, 0x3C9,
  0x408, 0x408,
  0x40671547652B82FE, 0x40671547652B82FE,
  0x4338000000000000, 0x4338000000000000,
  0xBF762E42FEFA0000, 0xBF762E42FEFA0000,
  0xBD0CF79ABC9E3B3A, 0xBD0CF79ABC9E3B3A,
  127, 127,
  0x3FDFFFFFFFFFFDBD, 0x3FDFFFFFFFFFFDBD,
  0x3FC555555555543C, 0x3FC555555555543C,
  0x3FA55555CF172B91, 0x3FA55555CF172B91,
  0x3F81111167A4D017, 0x3F81111167A4D017,
], 16);

/** column[i] = exp column[i] for the `count` doubles at `column` (exp_lut: 2^(k/128) from the table times a polynomial in r). */
export function expColumn(column: usize, count: usize): void {
  const exponentMask = constant(EXP_K, 0);
  const low = constant(EXP_K, 1);
  const high = constant(EXP_K, 2);
  const invLn2N = constant(EXP_K, 3);
  const shift = constant(EXP_K, 4);
  const negLn2HiN = constant(EXP_K, 5);
  const negLn2LoN = constant(EXP_K, 6);
  const indexMask = constant(EXP_K, 7);
  const c2 = constant(EXP_K, 8);
  const c3 = constant(EXP_K, 9);
  const c4 = constant(EXP_K, 10);
  const c5 = constant(EXP_K, 11);
  for (let start: usize = 0; start < count; start += DECLINED_CHUNK_LANES) {
    const end = min(count, start + DECLINED_CHUNK_LANES);
    clearDeclined();
    for (let i = start; i < end; i += 2) expPairAt(column + (i << 3), exponentMask, low, high, invLn2N, shift, negLn2HiN, negLn2LoN, indexMask, c2, c3, c4, c5);
    for (let k = 0; k < declinedCount(); k++) {
      const x = declinedValue(k);
      v128.store(declinedAt(k), f64x2.replace_lane(f64x2.splat(Math.exp(f64x2.extract_lane(x, 0))), 1, Math.exp(f64x2.extract_lane(x, 1))));
    }
  }
}

/** exp of the pair at `at` in place by the table path, the pair noted (./declined-pairs.ts) when a lane is off it. */
@inline function expPairAt(
  at: usize, exponentMask: v128, low: v128, high: v128, invLn2N: v128, shift: v128, negLn2HiN: v128, negLn2LoN: v128, indexMask: v128,
  c2: v128, c3: v128, c4: v128, c5: v128,
): void {
  const x = v128.load(at);
  const abstop = v128.and(i64x2.shr_u(x, 52), exponentMask);
  // Both lanes with low ≤ abstop < high.
  if (i64x2.bitmask(v128.andnot(i64x2.lt_s(abstop, high), i64x2.lt_s(abstop, low))) != 3) noteDeclined(at, x);
  const shifted = f64x2.add(f64x2.mul(invLn2N, x), shift);
  const kd = f64x2.sub(shifted, shift);
  const r = f64x2.add(f64x2.add(x, f64x2.mul(kd, negLn2HiN)), f64x2.mul(kd, negLn2LoN));
  // Rows are (tail, scale bits) of 2^(k mod 128 / 128): one load a lane, then the lanes regrouped.
  const index = v128.and(shifted, indexMask);
  const rowA = v128.load(EXP_TAB + (<usize>i64x2.extract_lane(index, 0) << 4));
  const rowB = v128.load(EXP_TAB + (<usize>i64x2.extract_lane(index, 1) << 4));
  const tail = v128.shuffle<f64>(rowA, rowB, 0, 2);
  const scale = i64x2.add(v128.shuffle<f64>(rowA, rowB, 1, 3), i64x2.shl(shifted, 45));
  const r2 = f64x2.mul(r, r);
  // tail + r + r2·(C2 + r·C3) + r2·r2·(C4 + r·C5), left to right.
  const lowTerms = f64x2.mul(r2, f64x2.add(c2, f64x2.mul(r, c3)));
  const highTerms = f64x2.mul(f64x2.mul(r2, r2), f64x2.add(c4, f64x2.mul(r, c5)));
  const tmp = f64x2.add(f64x2.add(f64x2.add(tail, r), lowTerms), highTerms);
  v128.store(at, f64x2.add(scale, f64x2.mul(scale, tmp)));
}

// expm1's no-reduction path: the high word's magnitude mask and its range [0x3C900000, 0x3FD62E43), then
// 0.5, 1, 3, 6 and the polynomial's Q1–Q5.
const EXPM1_K: usize = memory.data<u64>([
  0x7FFFFFFF00000000, 0x7FFFFFFF00000000,
  0x3C90000000000000, 0x3C90000000000000,
  0x3FD62E4300000000, 0x3FD62E4300000000,
  0x3FE0000000000000, 0x3FE0000000000000,
  0x3FF0000000000000, 0x3FF0000000000000,
  0x4008000000000000, 0x4008000000000000,
  0x4018000000000000, 0x4018000000000000,
  0xBFA11111111110F4, 0xBFA11111111110F4,
  0x3F5A01A019FE5585, 0x3F5A01A019FE5585,
  0xBF14CE199EAADBB7, 0xBF14CE199EAADBB7,
  0x3ED0CFCA86E65239, 0x3ED0CFCA86E65239,
  0xBE8AFDB76E09C32D, 0xBE8AFDB76E09C32D,
], 16);

/**
 * expm1's constants (EXPM1_K) as fields: a loop reads them into locals before it and passes them to
 * expm1CommonX2 and expm1X2 (read in the loop, each would be a load a use).
 */
@unmanaged export class Expm1Constants {
  magnitude: v128;
  low: v128;
  high: v128;
  half: v128;
  one: v128;
  three: v128;
  six: v128;
  q1: v128;
  q2: v128;
  q3: v128;
  q4: v128;
  q5: v128;
}

/** expm1's constants. */
export const EXPM1_CONSTANTS: Expm1Constants = changetype<Expm1Constants>(EXPM1_K);

/**
 * Whether both lanes take expm1's no-reduction path: |x|'s high word in [0x3C900000, 0x3FD62E42]
 * (`magnitude`, `low` and `high` from Expm1Constants).
 */
@inline export function expm1CommonX2(x: v128, magnitude: v128, low: v128, high: v128): bool {
  // |x| with the low word cleared, compared as i64: the high words' order, the low words' ignored.
  const top = v128.and(x, magnitude);
  return i64x2.bitmask(v128.andnot(i64x2.lt_s(top, high), i64x2.lt_s(top, low))) == 3;
}

/** expm1 of both lanes on the no-reduction path (expm1CommonX2 holds), Math.expm1's doubles (constants from Expm1Constants). */
@inline export function expm1X2(
  x: v128, half: v128, one: v128, three: v128, six: v128, q1: v128, q2: v128, q3: v128, q4: v128, q5: v128,
): v128 {
  const hfx = f64x2.mul(half, x);
  const hxs = f64x2.mul(x, hfx);
  const hxq = f64x2.mul(hxs, hxs);
  // r1 = (1 + hxs·Q1) + hxq·((Q2 + hxs·Q3) + hxq·(Q4 + hxs·Q5))
  const tail = f64x2.add(q4, f64x2.mul(hxs, q5));
  const middle = f64x2.add(f64x2.add(q2, f64x2.mul(hxs, q3)), f64x2.mul(hxq, tail));
  const r1 = f64x2.add(f64x2.add(one, f64x2.mul(hxs, q1)), f64x2.mul(hxq, middle));
  const t = f64x2.sub(three, f64x2.mul(r1, hfx));
  const e = f64x2.mul(hxs, f64x2.div(f64x2.sub(r1, t), f64x2.sub(six, f64x2.mul(x, t))));
  return f64x2.sub(x, f64x2.sub(f64x2.mul(x, e), hxs));
}
