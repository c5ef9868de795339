import type { Correlation } from '../scenario/schema.js';
import type { DrawStep, PlanCopula } from './plan.js';
import { portableSinSmall } from '../math/portable-math.js';
import { SIMPLE_DIST_KINDS } from '../distributions/dist-parameters.js';
import { inputError } from '../errors/error-catalogue.js';

/**
 * Turns the scenario's `correlations` into Gaussian copulas over the plan's steps. Each entry asks for
 * Spearman rank correlation r between two inputs; a Gaussian copula with Pearson correlation
 * ρ = 2 sin(π r / 6) between the underlying normals has exactly that Spearman correlation (Kruskal 1958), and
 * any monotone marginal keeps it. Inputs linked directly or through others form one group, whose matrix must
 * be positive definite (its Cholesky factor exists). Marks the grouped steps `copula: true` (returns new
 * steps) and throws an InputError naming the entries at fault.
 */
export function correlateInputs(correlations: readonly Correlation[], steps: DrawStep[]): PlanCopula[] {
  if (correlations.length === 0) return [];
  const byPath = new Map<string, number>();
  steps.forEach((step, k) => byPath.set(step.path, k));
  const pairs = correlations.map((entry, e) => {
    const at = `correlations[${e}]`;
    if (!(entry.rank > -1 && entry.rank < 1)) throw inputError('rankOutOfRange', `${at}.rank`, entry.rank);
    const [a, b] = entry.between.map((path, side) => stepOf(path, `${at}.between[${side}]`, steps, byPath));
    if (a === b) throw inputError('correlatedWithItself', `${at}.between`, entry.between[0]);
    return { a, b, rho: 2 * portableSinSmall((Math.PI * entry.rank) / 6), at };
  });
  const seen = new Map<string, string>();
  for (const { a, b, at } of pairs) {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (seen.has(key)) throw inputError('pairRepeated', at, seen.get(key)!);
    seen.set(key, at);
  }
  // Groups: connected components of the pairs, in step order.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const { a, b } of pairs) {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    parent.set(find(a), find(b));
  }
  const roots = new Map<number, number[]>();
  for (const x of [...parent.keys()].sort((p, q) => p - q)) roots.set(find(x), [...(roots.get(find(x)) ?? []), x]);
  const copulas: PlanCopula[] = [];
  for (const members of roots.values()) {
    const size = members.length;
    const matrix: number[][] = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)));
    const entries: string[] = [];
    for (const { a, b, rho, at } of pairs) {
      const i = members.indexOf(a);
      const j = members.indexOf(b);
      if (i < 0) continue;
      matrix[i][j] = matrix[j][i] = rho;
      entries.push(at);
    }
    const cholesky = choleskyFactor(matrix);
    if (cholesky === null) {
      throw inputError('notPositiveDefinite', entries.join(', '));
    }
    members.forEach((k) => {
      steps[k] = { ...(steps[k] as Extract<DrawStep, { kind: 'dist' }>), copula: true };
    });
    copulas.push({ steps: members, cholesky });
  }
  return copulas;
}

function stepOf(path: string, at: string, steps: readonly DrawStep[], byPath: Map<string, number>): number {
  const k = byPath.get(path);
  if (k === undefined || path === 'demand') throw inputError('notAnInput', at, path);
  const step = steps[k];
  if (step.kind !== 'dist' || step.dist.kind === 'fixed' || step.dist.kind === 'mixture') {
    const what = step.kind !== 'dist' ? 'a table of joint draws' : step.dist.kind === 'fixed' ? 'fixed' : 'a mixture';
    throw inputError('notCorrelatable', at, path, what, SIMPLE_DIST_KINDS.filter((kind) => kind !== 'fixed'));
  }
  return k;
}

/** Lower-triangular L with L·Lᵀ = matrix (row-major n×n), or null when the matrix is not positive definite. */
export function choleskyFactor(matrix: readonly (readonly number[])[]): number[] | null {
  const size = matrix.length;
  const l = new Array<number>(size * size).fill(0);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= l[i * size + k] * l[j * size + k];
      if (i === j) {
        // A pivot this small means the matrix is singular to rounding: not positive definite in practice.
        if (!(sum > 1e-10)) return null;
        l[i * size + i] = Math.sqrt(sum);
      } else {
        l[i * size + j] = sum / l[j * size + j];
      }
    }
  }
  return l;
}
