// Test hooks: the kernel's own ln and exp (AssemblyScript's, ported from musl, the same algorithms as
// glibc's), so a test can run the TypeScript reference engine with them and compare per-sample years with the
// kernel's bit for bit: JavaScript's Math.log and Math.exp (V8's fdlibm ports) differ from these in the last
// bit for a few percent of arguments, which is the only difference between the two engines.

export function libmLog(x: f64): f64 {
  return Math.log(x);
}

export function libmExp(x: f64): f64 {
  return Math.exp(x);
}
