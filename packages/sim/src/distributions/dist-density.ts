import type { CompiledDist } from './compiled-dist.js';

/**
 * Probability density of a compiled distribution at x (natural space, untruncated). A fixed value has no
 * density (0 everywhere); a mixture weights its components' densities. For drawings (the web form's sketch),
 * never per sample.
 */
export function distDensity(dist: CompiledDist, x: number): number {
  switch (dist.kind) {
    case 'fixed':
      return 0;
    case 'normal': {
      const z = (x - dist.mean) / dist.sd;
      return Math.exp(-0.5 * z * z) / (dist.sd * Math.sqrt(2 * Math.PI));
    }
    case 'lognormal': {
      if (!(x > 0)) return 0;
      const z = (Math.log(x) - dist.mu) / dist.sigma;
      return Math.exp(-0.5 * z * z) / (x * dist.sigma * Math.sqrt(2 * Math.PI));
    }
    case 'uniform':
      return x >= dist.min && x <= dist.max ? 1 / (dist.max - dist.min) : 0;
    case 'loguniform':
      return x > 0 && Math.log(x) >= dist.lnMin && Math.log(x) <= dist.lnMax ? 1 / (x * (dist.lnMax - dist.lnMin)) : 0;
    case 'triangular': {
      const { min, mode, max } = dist;
      if (x < min || x > max) return 0;
      if (x < mode) return (2 * (x - min)) / ((max - min) * (mode - min));
      if (x > mode) return (2 * (max - x)) / ((max - min) * (max - mode));
      return 2 / (max - min);
    }
    case 'mixture': {
      let total = 0;
      let previous = 0;
      dist.components.forEach((component, k) => {
        total += (dist.cumulative[k] - previous) * distDensity(component, x);
        previous = dist.cumulative[k];
      });
      return total;
    }
    default:
      return dist satisfies never;
  }
}
