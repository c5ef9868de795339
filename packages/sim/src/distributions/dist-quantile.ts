import type { CompiledDist } from './compiled-dist.js';
import type { Domain } from './domain.js';
import { normalCdf } from './normal-cdf.js';

/**
 * CDF and quantiles of a compiled distribution, truncated to its domain when its draws are resampled there.
 * Used before a run (sensitivity bin edges, density sketches), never per sample. Quantiles are found by
 * bisection on the CDF to a relative width of 1e-12 of the bracket.
 */
export function distCdf(dist: CompiledDist, x: number): number {
  switch (dist.kind) {
    case 'fixed':
      return x >= dist.value ? 1 : 0;
    case 'normal':
      return normalCdf((x - dist.mean) / dist.sd);
    case 'lognormal':
      return x <= 0 ? 0 : normalCdf((Math.log(x) - dist.mu) / dist.sigma);
    case 'uniform':
      return clamp01((x - dist.min) / (dist.max - dist.min));
    case 'loguniform':
      return x <= 0 ? 0 : clamp01((Math.log(x) - dist.lnMin) / (dist.lnMax - dist.lnMin));
    case 'triangular': {
      const { min, mode, max } = dist;
      if (x <= min) return 0;
      if (x >= max) return 1;
      if (x <= mode) return ((x - min) * (x - min)) / ((max - min) * (mode - min));
      return 1 - ((max - x) * (max - x)) / ((max - min) * (max - mode));
    }
    case 'mixture': {
      let total = 0;
      let previous = 0;
      dist.components.forEach((component, k) => {
        total += (dist.cumulative[k] - previous) * distCdf(component, x);
        previous = dist.cumulative[k];
      });
      return total;
    }
    default:
      return dist satisfies never;
  }
}

/** The p-quantile of `dist` restricted to `domain` (p in (0, 1)). */
export function distQuantile(dist: CompiledDist, domain: Domain, p: number): number {
  let [low, high] = bracket(dist);
  low = Math.max(low, domain.min);
  high = Math.min(high, domain.max);
  const cdfLow = distCdf(dist, low);
  const cdfHigh = distCdf(dist, high);
  const target = cdfLow + p * (cdfHigh - cdfLow);
  for (let iteration = 0; iteration < 200 && high - low > 1e-12 * Math.max(Math.abs(low), Math.abs(high), 1e-300); iteration++) {
    const mid = low + (high - low) / 2;
    if (distCdf(dist, mid) < target) low = mid;
    else high = mid;
  }
  return low + (high - low) / 2;
}

/** An interval holding all but a negligible mass (< 1e-300) of the distribution. */
function bracket(dist: CompiledDist): [number, number] {
  switch (dist.kind) {
    case 'fixed':
      return [dist.value, dist.value];
    case 'normal':
      return [dist.mean - 40 * dist.sd, dist.mean + 40 * dist.sd];
    case 'lognormal':
      return [Math.exp(dist.mu - 40 * dist.sigma), Math.exp(dist.mu + 40 * dist.sigma)];
    case 'uniform':
      return [dist.min, dist.max];
    case 'loguniform':
      return [Math.exp(dist.lnMin), Math.exp(dist.lnMax)];
    case 'triangular':
      return [dist.min, dist.max];
    case 'mixture': {
      const brackets = dist.components.map(bracket);
      return [Math.min(...brackets.map((b) => b[0])), Math.max(...brackets.map((b) => b[1]))];
    }
    default:
      return dist satisfies never;
  }
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
