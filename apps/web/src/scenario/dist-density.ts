import { Z95, normalQuantile } from '@horizon/sim';
import { distKind, distParam } from './dist-kinds.js';

/** A density drawn over `xs`: on a log axis when the distribution lives on one (lognormal, log-uniform). */
export interface DensityCurve {
  readonly logX: boolean;
  readonly xs: number[];
  /** Density of x (or of ln x on a log axis), unnormalised. */
  readonly ys: number[];
  /** A fixed value: drawn as a spike. */
  readonly spike?: number;
}

/** Points of the sketch. */
const POINTS = 61;

/**
 * The density of a scenario distribution for the form's small sketch (the exact pdf, not a KDE). Mixtures
 * sum their components' densities by weight. Returns undefined for values that are not a distribution yet.
 */
export function densityCurve(value: unknown): DensityCurve | undefined {
  const kind = distKind(value);
  if (kind === 'other') return undefined;
  if (kind === 'fixed') return Number.isFinite(value) ? { logX: false, xs: [], ys: [], spike: value as number } : undefined;
  const components = kind === 'mixture' ? mixtureComponents(value) : [{ weight: 1, dist: value }];
  if (components.length === 0) return undefined;
  const logX = components.every((c) => ['lognormal', 'loguniform'].includes(distKind(c.dist)));
  const ranges = components.map((c) => range(c.dist));
  if (ranges.some((r) => !r || !(r[1] > r[0]))) return undefined;
  const toAxis = (x: number) => (logX ? Math.log(x) : x);
  const low = Math.min(...ranges.map((r) => toAxis((r as [number, number])[0])));
  const high = Math.max(...ranges.map((r) => toAxis((r as [number, number])[1])));
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(high > low)) return undefined;
  const total = components.reduce((sum, c) => sum + c.weight, 0);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < POINTS; k++) {
    const axis = low + ((high - low) * k) / (POINTS - 1);
    const x = logX ? Math.exp(axis) : axis;
    let y = 0;
    for (const c of components) y += (c.weight / total) * density(c.dist, x, logX);
    xs.push(x);
    ys.push(y);
  }
  return { logX, xs, ys };
}

function mixtureComponents(value: unknown): Array<{ weight: number; dist: unknown }> {
  const list = (value as { mixture: unknown }).mixture;
  if (!Array.isArray(list)) return [];
  return list.filter((c) => c && typeof c === 'object' && Number(c.weight) > 0 && distKind(c.dist) !== 'other').map((c) => ({ weight: Number(c.weight), dist: c.dist }));
}

/** The interval that holds nearly all the mass (99.8% for the unbounded kinds). */
function range(dist: unknown): [number, number] | undefined {
  const p = (name: string) => Number(distParam(dist, name));
  const z = normalQuantile(0.999);
  switch (distKind(dist)) {
    case 'fixed':
      return [p('value') * 0.9, p('value') * 1.1];
    case 'normal':
      return [p('mean') - z * p('sd'), p('mean') + z * p('sd')];
    case 'lognormal': {
      const { mu, sigma } = lognormalParams(p('p5'), p('p95'));
      return [Math.exp(mu - z * sigma), Math.exp(mu + z * sigma)];
    }
    case 'uniform':
    case 'loguniform':
    case 'triangular':
      return [p('min'), p('max')];
    default:
      return undefined;
  }
}

/** Density at x: of x itself, or of ln x when `logX` (then f(x)·x). */
function density(dist: unknown, x: number, logX: boolean): number {
  const p = (name: string) => Number(distParam(dist, name));
  const jacobian = logX ? x : 1;
  switch (distKind(dist)) {
    case 'normal': {
      const z = (x - p('mean')) / p('sd');
      return (Math.exp(-z * z / 2) / p('sd')) * jacobian;
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParams(p('p5'), p('p95'));
      const z = (Math.log(x) - mu) / sigma;
      return (Math.exp(-z * z / 2) / sigma) * (logX ? 1 : 1 / x);
    }
    case 'uniform':
      return x >= p('min') && x <= p('max') ? jacobian / (p('max') - p('min')) : 0;
    case 'loguniform': {
      const inside = x >= p('min') && x <= p('max');
      return inside ? (logX ? 1 : 1 / x) / Math.log(p('max') / p('min')) : 0;
    }
    case 'triangular': {
      const [a, c, b] = [p('min'), p('mode'), p('max')];
      if (x < a || x > b) return 0;
      const y = x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : (2 * (b - x)) / ((b - a) * (b - c));
      return (Number.isFinite(y) ? y : 2 / (b - a)) * jacobian;
    }
    default:
      return 0;
  }
}

/** μ and σ of ln X for a lognormal given by its 5th and 95th percentiles (CONTRACT §2). */
function lognormalParams(p5: number, p95: number): { mu: number; sigma: number } {
  return { mu: (Math.log(p5) + Math.log(p95)) / 2, sigma: (Math.log(p95) - Math.log(p5)) / (2 * Z95) };
}
