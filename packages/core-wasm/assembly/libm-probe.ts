// Test hooks: the kernel's own ln and exp (AssemblyScript's, ported from musl, the same algorithms as
// glibc's), so a test can run the TypeScript reference engine with them and compare per-sample years with the
// kernel's bit for bit: JavaScript's Math.log and Math.exp (V8's fdlibm ports) differ from these in the last
// bit for a few percent of arguments, which is the only difference between the two engines.

import { EXPM1_CONSTANTS, expColumn, expm1CommonX2, expm1X2, logColumn } from './vector-math';

export function libmLog(x: f64): f64 {
  return Math.log(x);
}

export function libmExp(x: f64): f64 {
  return Math.exp(x);
}

export function libmExpm1(x: f64): f64 {
  return Math.expm1(x);
}

/** Test hook: the two-lane ln (./vector-math.ts) of the `count` f64 at `at` (count even), in place. */
export function vectorLogProbe(at: usize, count: i32): void {
  logColumn(at, <usize>count);
}

/** Test hook: the two-lane expm1 (./vector-math.ts) of the `count` f64 at `at` (count even), in place. */
export function vectorExpm1Probe(at: usize, count: i32): void {
  const c = EXPM1_CONSTANTS;
  for (let i: usize = 0; i < <usize>count; i += 2) {
    const x = v128.load(at + (i << 3));
    const y = expm1CommonX2(x, c.magnitude, c.low, c.high) ? expm1X2(x, c.half, c.one, c.three, c.six, c.q1, c.q2, c.q3, c.q4, c.q5) : f64x2.replace_lane(f64x2.splat(Math.expm1(f64x2.extract_lane(x, 0))), 1, Math.expm1(f64x2.extract_lane(x, 1)));
    v128.store(at + (i << 3), y);
  }
}

/** Test hook: the two-lane exp (./vector-math.ts) of the `count` f64 at `at` (count even), in place. */
export function vectorExpProbe(at: usize, count: i32): void {
  expColumn(at, <usize>count);
}
