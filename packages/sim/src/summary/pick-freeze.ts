/**
 * First-order and total Sobol' indices of a model's outputs by the pick-freeze design (Saltelli et al. 2010,
 * "Variance based sensitivity analysis of model output. Design and estimator for the total sensitivity
 * index", Comput. Phys. Commun. 181, Table 2): first order by their estimator (b),
 * S_i = mean(f(B)·(f(A_B^i) − f(A))) / V, total effect by Jansen 1999's (f), ST_i = mean((f(A) − f(A_B^i))²)/2 / V,
 * with V the variance of f over A and B pooled. A_j and B_j are independent input vectors and A_B^i is A_j with
 * input i taken from B_j: N·(k + 2) evaluations for k inputs.
 *
 * The error stated is each estimate's standard error from its per-sample terms (their standard deviation / √N,
 * divided by V); V's own sampling error is left out, so it is a slight underestimate when V is poorly known.
 * When f only takes integer values, every sum is an integer and the result is exact.
 */
export interface PickFreezeModel {
  /** Number of inputs k (columns that are swapped as a whole). */
  readonly inputs: number;
  /** Number of outputs (each gets its own indices). */
  readonly outputs: number;
  /** Length of an input vector. */
  readonly width: number;
  /** Fills the j-th A and B vectors. */
  sampleA(j: number, x: Float64Array): void;
  sampleB(j: number, x: Float64Array): void;
  /** Overwrites input i of `target` with its value in `from`. */
  swap(target: Float64Array, from: Float64Array, input: number): void;
  /** The outputs f(x). */
  evaluate(x: Float64Array, out: Float64Array): void;
}

export interface SobolIndices {
  readonly firstOrder: number;
  readonly total: number;
  readonly firstOrderError: number;
  readonly totalError: number;
}

export interface PickFreezeResult {
  /** Mean and variance of each output over A and B pooled. */
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  /** indices[output][input]. */
  readonly indices: SobolIndices[][];
}

/** The design's running sums, per output (sum, sum2) and per output and input (cell o · inputs + i). */
export interface PickFreezeSums {
  readonly inputs: number;
  readonly outputs: number;
  /** Samples j added so far. */
  samples: number;
  readonly sum: Float64Array;
  readonly sum2: Float64Array;
  readonly first: Float64Array;
  readonly first2: Float64Array;
  readonly total: Float64Array;
  readonly total2: Float64Array;
}

export function pickFreezeSums(inputs: number, outputs: number): PickFreezeSums {
  const cells = outputs * inputs;
  return {
    inputs, outputs, samples: 0,
    sum: new Float64Array(outputs), sum2: new Float64Array(outputs),
    first: new Float64Array(cells), first2: new Float64Array(cells), total: new Float64Array(cells), total2: new Float64Array(cells),
  };
}

/** Adds one sample j: the outputs f(A_j), f(B_j) and, at `fAB[i · outputs + o]`, f(A_B^i)'s. */
export function addPickFreezeSample(sums: PickFreezeSums, fA: ArrayLike<number>, fB: ArrayLike<number>, fAB: ArrayLike<number>): void {
  const { inputs, outputs, sum, sum2, first, first2, total, total2 } = sums;
  for (let o = 0; o < outputs; o++) {
    sum[o] += fA[o] + fB[o];
    sum2[o] += fA[o] * fA[o] + fB[o] * fB[o];
  }
  for (let i = 0; i < inputs; i++) {
    for (let o = 0; o < outputs; o++) {
      const k = o * inputs + i;
      const ab = fAB[i * outputs + o];
      const firstTerm = fB[o] * (ab - fA[o]);
      const totalTerm = (fA[o] - ab) * (fA[o] - ab);
      first[k] += firstTerm;
      first2[k] += firstTerm * firstTerm;
      total[k] += totalTerm;
      total2[k] += totalTerm * totalTerm;
    }
  }
  sums.samples++;
}

/**
 * Adds samples j < count of a block at once, f(A_j) at `f[o · stride + j]`, f(B_j) at `f[(outputs + o) · stride + j]`
 * and f(A_B^i)_j at `f[((2 + i) · outputs + o) · stride + j]`: the sums of addPickFreezeSample sample by sample, bit
 * for bit (each sum gets the same terms in the same order of j; only the sums' interleaving differs).
 */
export function addPickFreezeBlock(sums: PickFreezeSums, f: Float64Array, count: number, stride: number): void {
  const { inputs, outputs, sum, sum2, first, first2, total, total2 } = sums;
  for (let o = 0; o < outputs; o++) {
    const a = o * stride;
    const b = (outputs + o) * stride;
    for (let j = 0; j < count; j++) {
      const fA = f[a + j];
      const fB = f[b + j];
      sum[o] += fA + fB;
      sum2[o] += fA * fA + fB * fB;
    }
    for (let i = 0; i < inputs; i++) {
      const k = o * inputs + i;
      const ab = ((2 + i) * outputs + o) * stride;
      let firstK = first[k];
      let first2K = first2[k];
      let totalK = total[k];
      let total2K = total2[k];
      for (let j = 0; j < count; j++) {
        const fA = f[a + j];
        const fAB = f[ab + j];
        const firstTerm = f[b + j] * (fAB - fA);
        const totalTerm = (fA - fAB) * (fA - fAB);
        firstK += firstTerm;
        first2K += firstTerm * firstTerm;
        totalK += totalTerm;
        total2K += totalTerm * totalTerm;
      }
      first[k] = firstK;
      first2[k] = first2K;
      total[k] = totalK;
      total2[k] = total2K;
    }
  }
  sums.samples += count;
}

/** The indices of the samples added so far. */
export function pickFreezeResult(sums: PickFreezeSums): PickFreezeResult {
  const { inputs, outputs, samples, sum, sum2, first, first2, total, total2 } = sums;
  const mean = sum.map((s) => s / (2 * samples));
  const variance = sum2.map((s, o) => s / (2 * samples) - mean[o] * mean[o]);
  const indices = Array.from({ length: outputs }, (_, o) =>
    Array.from({ length: inputs }, (_, i): SobolIndices => {
      const k = o * inputs + i;
      const v = variance[o];
      if (!(v > 0)) return { firstOrder: 0, total: 0, firstOrderError: 0, totalError: 0 };
      const meanFirst = first[k] / samples;
      const meanTotal = total[k] / samples;
      const sdFirst = Math.sqrt(Math.max(0, first2[k] / samples - meanFirst * meanFirst));
      const sdTotal = Math.sqrt(Math.max(0, total2[k] / samples - meanTotal * meanTotal));
      return {
        firstOrder: meanFirst / v,
        total: meanTotal / 2 / v,
        firstOrderError: sdFirst / Math.sqrt(samples) / v,
        totalError: sdTotal / 2 / Math.sqrt(samples) / v,
      };
    }),
  );
  return { mean, variance, indices };
}

export function pickFreeze(model: PickFreezeModel, samples: number): PickFreezeResult {
  const { inputs, outputs, width } = model;
  const a = new Float64Array(width);
  const b = new Float64Array(width);
  const mixed = new Float64Array(width);
  const fA = new Float64Array(outputs);
  const fB = new Float64Array(outputs);
  const fAB = new Float64Array(inputs * outputs);
  const sums = pickFreezeSums(inputs, outputs);
  for (let j = 0; j < samples; j++) {
    model.sampleA(j, a);
    model.sampleB(j, b);
    model.evaluate(a, fA);
    model.evaluate(b, fB);
    for (let i = 0; i < inputs; i++) {
      mixed.set(a);
      model.swap(mixed, b, i);
      model.evaluate(mixed, fAB.subarray(i * outputs, (i + 1) * outputs));
    }
    addPickFreezeSample(sums, fA, fB, fAB);
  }
  return pickFreezeResult(sums);
}
