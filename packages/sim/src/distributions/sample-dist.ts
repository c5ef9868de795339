import type { SampleStream } from '../random/splitmix64.js';
import { standardNormal } from '../random/normal-ziggurat.js';
import type { CompiledDist } from './compiled-dist.js';
import { type Domain, inDomain } from './domain.js';

/**
 * One draw of a distribution. `logSpace` returns the draw's natural log instead, which for lognormal and
 * log-uniform skips an exp/log pair (the model works with ln tokens and ln growth rates).
 * Draw order (part of the reproducibility contract, mirrored by the kernel): a mixture first draws its
 * component with one uniform, then the component's draws; normal and lognormal take one ziggurat normal;
 * uniform, log-uniform and triangular take one uniform.
 */
export function sampleDist(stream: SampleStream, dist: CompiledDist, logSpace: boolean): number {
  switch (dist.kind) {
    case 'fixed':
      return logSpace ? Math.log(dist.value) : dist.value;
    case 'normal': {
      const value = dist.mean + dist.sd * standardNormal(stream);
      return logSpace ? Math.log(value) : value;
    }
    case 'lognormal': {
      const ln = dist.mu + dist.sigma * standardNormal(stream);
      return logSpace ? ln : Math.exp(ln);
    }
    case 'uniform': {
      const value = dist.min + (dist.max - dist.min) * stream.uniform();
      return logSpace ? Math.log(value) : value;
    }
    case 'loguniform': {
      const ln = dist.lnMin + (dist.lnMax - dist.lnMin) * stream.uniform();
      return logSpace ? ln : Math.exp(ln);
    }
    case 'triangular': {
      const value = triangularInverse(dist.min, dist.mode, dist.max, stream.uniform());
      return logSpace ? Math.log(value) : value;
    }
    case 'mixture': {
      const u = stream.uniform();
      let k = 0;
      while (u >= dist.cumulative[k]) k++;
      return sampleDist(stream, dist.components[k], logSpace);
    }
    default:
      return dist satisfies never;
  }
}

/** Inverse CDF of the triangular distribution on [min, max] with peak `mode`. */
export function triangularInverse(min: number, mode: number, max: number, u: number): number {
  const width = max - min;
  const split = (mode - min) / width;
  return u < split ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
}

/**
 * A draw restricted to `domain` by resampling (docs/scenario.md: normal, and mixtures holding a normal, are
 * truncated this way; validation has already checked that other kinds cannot leave the domain and that
 * enough mass lies inside it). `logSpace` checks the natural value, then returns its log.
 */
export function sampleInDomain(stream: SampleStream, dist: CompiledDist, domain: Domain, logSpace: boolean, canLeave: boolean): number {
  if (!canLeave) return sampleDist(stream, dist, logSpace);
  if (dist.kind === 'mixture') {
    // Truncation is per component: the component is drawn once, with probability w_k / Σw, and only its own
    // draws are repeated until inside, so the weights stay the ones the scenario gives.
    const u = stream.uniform();
    let k = 0;
    while (u >= dist.cumulative[k]) k++;
    return sampleInDomain(stream, dist.components[k], domain, logSpace, true);
  }
  for (;;) {
    const value = sampleDist(stream, dist, false);
    if (inDomain(domain, value)) return logSpace ? Math.log(value) : value;
  }
}
