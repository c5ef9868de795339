import type { Dist, SimpleDist } from './dist-schema.js';
import { Z95 } from './normal-cdf.js';
import { portableLog } from '../math/portable-math.js';

/**
 * A distribution reduced to the parameters its sampler uses: lognormal as (μ, σ) of its log, log-uniform
 * as the bounds of its log, a mixture as cumulative probabilities. Engines sample these, never the raw JSON.
 */
export type CompiledDist =
  | { readonly kind: 'fixed'; readonly value: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number }
  | { readonly kind: 'lognormal'; readonly mu: number; readonly sigma: number }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'loguniform'; readonly lnMin: number; readonly lnMax: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: 'mixture'; readonly cumulative: readonly number[]; readonly components: readonly CompiledDist[] };

/** Compiles a validated distribution. */
export function compileDist(dist: Dist | SimpleDist): CompiledDist {
  if (typeof dist === 'number') return { kind: 'fixed', value: dist };
  if ('fixed' in dist) return { kind: 'fixed', value: dist.fixed };
  if ('normal' in dist) return { kind: 'normal', mean: dist.normal.mean, sd: dist.normal.sd };
  if ('lognormal' in dist) {
    const lnP5 = portableLog(dist.lognormal.p5);
    const lnP95 = portableLog(dist.lognormal.p95);
    return { kind: 'lognormal', mu: (lnP5 + lnP95) / 2, sigma: (lnP95 - lnP5) / (2 * Z95) };
  }
  if ('uniform' in dist) return { kind: 'uniform', min: dist.uniform.min, max: dist.uniform.max };
  if ('loguniform' in dist) {
    return { kind: 'loguniform', lnMin: portableLog(dist.loguniform.min), lnMax: portableLog(dist.loguniform.max) };
  }
  if ('triangular' in dist) return { kind: 'triangular', ...dist.triangular };
  if ('mixture' in dist) {
    const total = dist.mixture.reduce((sum, c) => sum + c.weight, 0);
    let running = 0;
    const cumulative = dist.mixture.map((c, k) => {
      running += c.weight;
      // The last edge is exactly 1 so that a uniform draw below 1 always finds a component.
      return k === dist.mixture.length - 1 ? 1 : running / total;
    });
    return { kind: 'mixture', cumulative, components: dist.mixture.map((c) => compileDist(c.dist)) };
  }
  return dist satisfies never;
}

/** True when every draw is the same number. */
export function isFixed(dist: CompiledDist): dist is Extract<CompiledDist, { kind: 'fixed' }> {
  return dist.kind === 'fixed';
}
