// ln, exp and expm1 of two doubles at a time (WebAssembly SIMD), bit for bit AssemblyScript's `Math.log`,
// `Math.exp` and `Math.expm1` (musl's log.c, exp.c and expm1.c as AssemblyScript ports them): the same
// operations in the same order lane by lane, so the kernel's results do not move. Each takes the functions'
// common path for both lanes (log: a normal positive double outside [0.9375, 1.0645); exp: 2^-54 ≤ |x| < 512;
// expm1: 2^-54 ≤ |x| ≤ ln2/2) and leaves any pair with a lane off it to the scalar function. The column loops
// run over a block's samples two at a time (a column has room for the odd lane past the end).

import { EXP_TAB } from './exp-tables';
import { LOG_TAB1, LOG_TAB2 } from './log-tables';

const LOG_A0 = reinterpret<f64>(0xBFE0000000000001);
const LOG_A1 = reinterpret<f64>(0x3FD555555551305B);
const LOG_A2 = reinterpret<f64>(0xBFCFFFFFFFEB4590);
const LOG_A3 = reinterpret<f64>(0x3FC999B324F10111);
const LOG_A4 = reinterpret<f64>(0xBFC55575E506C89F);
const LN2_HI = reinterpret<f64>(0x3FE62E42FEFA3800);
const LN2_LO = reinterpret<f64>(0x3D2EF35793C76730);
/** log's near-1 path covers [NEAR_ONE_LOW, NEAR_ONE_HIGH). */
const NEAR_ONE_LOW = reinterpret<f64>(0x3FEE000000000000);
const NEAR_ONE_HIGH = reinterpret<f64>(0x3FF1090000000000);
const MIN_NORMAL = reinterpret<f64>(0x0010000000000000);
const LOG_OFF: u64 = 0x3FE6000000000000;

/** Whether both lanes take log's table path: normal, positive, finite, outside the near-1 interval. */
@inline function logCommonX2(x: v128): bool {
  const normal = v128.and(f64x2.ge(x, f64x2.splat(MIN_NORMAL)), f64x2.lt(x, f64x2.splat(Infinity)));
  const away = v128.or(f64x2.lt(x, f64x2.splat(NEAR_ONE_LOW)), f64x2.ge(x, f64x2.splat(NEAR_ONE_HIGH)));
  return i64x2.all_true(v128.and(normal, away));
}

/** log_lut's table path for both lanes (logCommonX2 holds). */
@inline function logTableX2(x: v128): v128 {
  const tmp = i64x2.sub(x, i64x2.splat(LOG_OFF));
  const index = v128.and(i64x2.shr_u(tmp, 52 - 7), i64x2.splat(127));
  const iz = i64x2.sub(x, v128.and(tmp, i64x2.splat(<u64>0xFFF << 52)));
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
  // k = tmp >> 52 (arithmetic) is small: its low words to f64 exactly.
  const k = i64x2.shr_s(tmp, 52);
  const kd = f64x2.convert_low_i32x4_s(v128.shuffle<i32>(k, k, 0, 2, 0, 2));
  const w = f64x2.add(f64x2.mul(kd, f64x2.splat(LN2_HI)), logc);
  const hi = f64x2.add(w, r);
  const lo = f64x2.add(f64x2.add(f64x2.sub(w, hi), r), f64x2.mul(kd, f64x2.splat(LN2_LO)));
  const r2 = f64x2.mul(r, r);
  // lo + r2·A0 + r·r2·(A1 + r·A2 + r2·(A3 + r·A4)) + hi, left to right.
  const inner = f64x2.add(f64x2.add(f64x2.splat(LOG_A1), f64x2.mul(r, f64x2.splat(LOG_A2))), f64x2.mul(r2, f64x2.add(f64x2.splat(LOG_A3), f64x2.mul(r, f64x2.splat(LOG_A4)))));
  const sum = f64x2.add(f64x2.add(lo, f64x2.mul(r2, f64x2.splat(LOG_A0))), f64x2.mul(f64x2.mul(r, r2), inner));
  return f64x2.add(sum, hi);
}

/** ln of both lanes, Math.log's doubles. */
@inline export function logX2(x: v128): v128 {
  if (logCommonX2(x)) return logTableX2(x);
  return f64x2.replace_lane(f64x2.splat(Math.log(f64x2.extract_lane(x, 0))), 1, Math.log(f64x2.extract_lane(x, 1)));
}

/** column[i] = ln column[i] for the block's first `count` samples. */
export function logColumn(column: usize, count: usize): void {
  for (let i: usize = 0; i < count; i += 2) {
    const at = column + (i << 3);
    v128.store(at, logX2(v128.load(at)));
  }
}

const EXP_INV_LN2_N = reinterpret<f64>(0x3FF71547652B82FE) * 128;
const EXP_NEG_LN2_HI_N = reinterpret<f64>(0xBF762E42FEFA0000);
const EXP_NEG_LN2_LO_N = reinterpret<f64>(0xBD0CF79ABC9E3B3A);
/** 1.5 · 2^52: z + this holds round(z) in its low mantissa bits. */
const EXP_SHIFT = reinterpret<f64>(0x4338000000000000);
const EXP_C2 = reinterpret<f64>(0x3FDFFFFFFFFFFDBD);
const EXP_C3 = reinterpret<f64>(0x3FC555555555543C);
const EXP_C4 = reinterpret<f64>(0x3FA55555CF172B91);
const EXP_C5 = reinterpret<f64>(0x3F81111167A4D017);
/** exp's common path: the exponent field of |x| in [0x3C9, 0x408), 2^-54 ≤ |x| < 512. */
const EXP_LOW: i64 = 0x3C9;
const EXP_HIGH: i64 = 0x408;

/** exp of both lanes, Math.exp's doubles (exp_lut: 2^(k/128) from the table times a polynomial in r). */
@inline export function expX2(x: v128): v128 {
  const abstop = v128.and(i64x2.shr_u(x, 52), i64x2.splat(0x7FF));
  if (!i64x2.all_true(v128.and(i64x2.ge_s(abstop, i64x2.splat(EXP_LOW)), i64x2.lt_s(abstop, i64x2.splat(EXP_HIGH))))) {
    return f64x2.replace_lane(f64x2.splat(Math.exp(f64x2.extract_lane(x, 0))), 1, Math.exp(f64x2.extract_lane(x, 1)));
  }
  const shifted = f64x2.add(f64x2.mul(f64x2.splat(EXP_INV_LN2_N), x), f64x2.splat(EXP_SHIFT));
  const kd = f64x2.sub(shifted, f64x2.splat(EXP_SHIFT));
  const r = f64x2.add(f64x2.add(x, f64x2.mul(kd, f64x2.splat(EXP_NEG_LN2_HI_N))), f64x2.mul(kd, f64x2.splat(EXP_NEG_LN2_LO_N)));
  // Rows are (tail, scale bits) of 2^(k mod 128 / 128): one load a lane, then the lanes regrouped.
  const index = v128.and(shifted, i64x2.splat(127));
  const rowA = v128.load(EXP_TAB + (<usize>i64x2.extract_lane(index, 0) << 4));
  const rowB = v128.load(EXP_TAB + (<usize>i64x2.extract_lane(index, 1) << 4));
  const tail = v128.shuffle<f64>(rowA, rowB, 0, 2);
  const scale = i64x2.add(v128.shuffle<f64>(rowA, rowB, 1, 3), i64x2.shl(shifted, 45));
  const r2 = f64x2.mul(r, r);
  // tail + r + r2·(C2 + r·C3) + r2·r2·(C4 + r·C5), left to right.
  const low = f64x2.mul(r2, f64x2.add(f64x2.splat(EXP_C2), f64x2.mul(r, f64x2.splat(EXP_C3))));
  const high = f64x2.mul(f64x2.mul(r2, r2), f64x2.add(f64x2.splat(EXP_C4), f64x2.mul(r, f64x2.splat(EXP_C5))));
  const tmp = f64x2.add(f64x2.add(f64x2.add(tail, r), low), high);
  return f64x2.add(scale, f64x2.mul(scale, tmp));
}

/** column[i] = exp column[i] for the block's first `count` samples. */
export function expColumn(column: usize, count: usize): void {
  for (let i: usize = 0; i < count; i += 2) {
    const at = column + (i << 3);
    v128.store(at, expX2(v128.load(at)));
  }
}

const EXPM1_Q1 = reinterpret<f64>(0xBFA11111111110F4);
const EXPM1_Q2 = reinterpret<f64>(0x3F5A01A019FE5585);
const EXPM1_Q3 = reinterpret<f64>(0xBF14CE199EAADBB7);
const EXPM1_Q4 = reinterpret<f64>(0x3ED0CFCA86E65239);
const EXPM1_Q5 = reinterpret<f64>(0xBE8AFDB76E09C32D);
/** expm1's no-reduction path: high words of |x| in [0x3C900000, 0x3FD62E42]. */
const EXPM1_LOW: i64 = 0x3C900000;
const EXPM1_HIGH: i64 = 0x3FD62E42;

/** expm1 of both lanes, Math.expm1's doubles. */
@inline export function expm1X2(x: v128): v128 {
  const hx = v128.and(i64x2.shr_u(x, 32), i64x2.splat(0x7FFFFFFF));
  const common = v128.and(i64x2.ge_s(hx, i64x2.splat(EXPM1_LOW)), i64x2.le_s(hx, i64x2.splat(EXPM1_HIGH)));
  if (!i64x2.all_true(common)) {
    return f64x2.replace_lane(f64x2.splat(Math.expm1(f64x2.extract_lane(x, 0))), 1, Math.expm1(f64x2.extract_lane(x, 1)));
  }
  const hfx = f64x2.mul(f64x2.splat(0.5), x);
  const hxs = f64x2.mul(x, hfx);
  const hxq = f64x2.mul(hxs, hxs);
  // r1 = (1 + hxs·Q1) + hxq·((Q2 + hxs·Q3) + hxq·(Q4 + hxs·Q5))
  const tail = f64x2.add(f64x2.splat(EXPM1_Q4), f64x2.mul(hxs, f64x2.splat(EXPM1_Q5)));
  const middle = f64x2.add(f64x2.add(f64x2.splat(EXPM1_Q2), f64x2.mul(hxs, f64x2.splat(EXPM1_Q3))), f64x2.mul(hxq, tail));
  const r1 = f64x2.add(f64x2.add(f64x2.splat(1.0), f64x2.mul(hxs, f64x2.splat(EXPM1_Q1))), f64x2.mul(hxq, middle));
  const t = f64x2.sub(f64x2.splat(3.0), f64x2.mul(r1, hfx));
  const e = f64x2.mul(hxs, f64x2.div(f64x2.sub(r1, t), f64x2.sub(f64x2.splat(6.0), f64x2.mul(x, t))));
  return f64x2.sub(x, f64x2.sub(f64x2.mul(x, e), hxs));
}
