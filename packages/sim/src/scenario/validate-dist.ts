import type { Dist, SimpleDist } from './schema.js';
import { formatNumber as n } from '../errors/input-error.js';
import { inputError } from '../errors/error-catalogue.js';
import { type Domain, inDomain } from '../distributions/domain.js';
import { Z95, normalCdf } from '../distributions/normal-cdf.js';

/**
 * A normal (or mixture) parameter is truncated to its domain by resampling; it must keep at least this much
 * of its mass inside, so that resampling ends quickly and the truncation is a correction, not the model.
 */
export const MIN_MASS_IN_DOMAIN = 0.01;

/** Checks one distribution's own parameters and that its draws stay in `domain`; throws an InputError. Returns the probability mass inside `domain`. */
export function validateDist(dist: Dist | SimpleDist, path: string, domain: Domain): number {
  const mass = massInDomain(dist, path, domain);
  if (mass < MIN_MASS_IN_DOMAIN) {
    throw inputError('littleMassInDomain', path, Number((mass * 100).toPrecision(2)), 'distribution', domain.rule, MIN_MASS_IN_DOMAIN * 100);
  }
  return mass;
}

/** Whether draws may fall outside the domain and need resampling (only normal kinds can). */
export function canLeaveDomain(dist: Dist | SimpleDist, domain: Domain): boolean {
  if (typeof dist === 'number' || 'fixed' in dist) return false;
  if ('normal' in dist) return massOfNormal(dist.normal.mean, dist.normal.sd, domain) < 1;
  if ('mixture' in dist) return dist.mixture.some((c) => canLeaveDomain(c.dist, domain));
  return false;
}

function massInDomain(dist: Dist | SimpleDist, path: string, domain: Domain): number {
  if (typeof dist === 'number' || 'fixed' in dist) {
    const value = typeof dist === 'number' ? dist : dist.fixed;
    const at = typeof dist === 'number' ? path : `${path}.fixed`;
    if (!Number.isFinite(value)) throw inputError('notFinite', at, value);
    if (!inDomain(domain, value)) throw inputError('outsideDomain', at, domain.rule, value);
    return 1;
  }
  if ('normal' in dist) {
    const { mean, sd } = dist.normal;
    const at = `${path}.normal`;
    if (!(sd > 0)) throw inputError('sdNotPositive', at, sd);
    requireFinite(at, Math.abs(mean) + MAX_ABS_NORMAL * sd, 'mean ± 16 sd');
    return massOfNormal(mean, sd, domain);
  }
  if ('lognormal' in dist) {
    const { p5, p95 } = dist.lognormal;
    const at = `${path}.lognormal`;
    if (!(p5 > 0)) throw inputError('paramNotPositive', at, 'p5', p5);
    if (!(p5 < p95)) throw inputError('paramOrder', at, 'p5', p5, 'p95', p95);
    requireSupport(at, 0, Infinity, false, domain, 'a lognormal');
    // Some inputs are drawn as numbers, not logs: every draw exp(mu ± 16 sigma) must be a positive double.
    const mu = (Math.log(p5) + Math.log(p95)) / 2;
    const sigma = (Math.log(p95) - Math.log(p5)) / (2 * Z95);
    if (!(Math.exp(mu + MAX_ABS_NORMAL * sigma) < Infinity && Math.exp(mu - MAX_ABS_NORMAL * sigma) > 0)) {
      throw inputError('drawsOverflow', at, 'exp(mu ± 16 sigma) leaves the doubles', true);
    }
    return 1;
  }
  if ('uniform' in dist) {
    const { min, max } = dist.uniform;
    const at = `${path}.uniform`;
    if (!(min < max)) throw inputError('paramOrder', at, 'min', min, 'max', max);
    requireFinite(at, max - min, 'max − min');
    requireSupport(at, min, max, true, domain, 'this uniform');
    return 1;
  }
  if ('loguniform' in dist) {
    const { min, max } = dist.loguniform;
    const at = `${path}.loguniform`;
    if (!(min > 0)) throw inputError('paramNotPositive', at, 'min', min);
    if (!(min < max)) throw inputError('paramOrder', at, 'min', min, 'max', max);
    requireSupport(at, min, max, true, domain, 'this loguniform');
    return 1;
  }
  if ('triangular' in dist) {
    const { min, mode, max } = dist.triangular;
    const at = `${path}.triangular`;
    if (!(min < max)) throw inputError('paramOrder', at, 'min', min, 'max', max);
    if (!(min <= mode && mode <= max)) throw inputError('modeOutside', at, mode, min, max);
    // The inverse CDF takes sqrt(u · (max − min) · (mode − min)): that product must stay a finite double.
    requireFinite(at, (max - min) * Math.max(mode - min, max - mode), '(max − min) · (mode − min)');
    requireSupport(at, min, max, true, domain, 'this triangular');
    return 1;
  }
  if ('mixture' in dist) {
    const at = `${path}.mixture`;
    if (dist.mixture.length === 0) throw inputError('needsOne', at, 'component');
    let total = 0;
    let inside = 0;
    dist.mixture.forEach((component, k) => {
      if (!(component.weight > 0)) throw inputError('notAboveZero', `${at}[${k}].weight`, component.weight);
      total += component.weight;
      // Each component is truncated on its own (sampleInDomain), so each needs enough mass inside.
      const mass = massInDomain(component.dist, `${at}[${k}].dist`, domain);
      if (mass < MIN_MASS_IN_DOMAIN) {
        throw inputError('littleMassInDomain', `${at}[${k}].dist`, Number((mass * 100).toPrecision(2)), 'component', domain.rule, MIN_MASS_IN_DOMAIN * 100);
      }
      inside += component.weight * mass;
    });
    if (!Number.isFinite(total)) throw inputError('weightsOverflow', at, 'the weights');
    return inside / total;
  }
  return dist satisfies never;
}

/**
 * Largest |z| a standard normal draw can take, with margin: the ziggurat's tail (Marsaglia 1964) returns
 * R + a with a = −ln(u)/R, u ≥ 2^−54, R = 3.4426, so |z| < 3.45 + 37.5/3.44 < 14.4.
 */
const MAX_ABS_NORMAL = 16;

/** A distribution whose arithmetic overflows draws ∞, which no range admits: resampling would never end. */
function requireFinite(path: string, value: number, what: string): void {
  if (!Number.isFinite(value)) {
    throw inputError('drawsOverflow', path, `${what} is beyond the largest double`, false);
  }
}

function massOfNormal(mean: number, sd: number, domain: Domain): number {
  const upper = Number.isFinite(domain.max) ? normalCdf((domain.max - mean) / sd) : 1;
  const lower = normalCdf((domain.min - mean) / sd);
  return Math.max(0, upper - lower);
}

/** A bounded kind must lie inside the domain entirely: it is never truncated. */
function requireSupport(path: string, low: number, high: number, lowReached: boolean, domain: Domain, what: string): void {
  const lowOk = lowReached ? inDomain(domain, low) : low >= domain.min;
  const highOk = Number.isFinite(high) ? inDomain(domain, high) : !Number.isFinite(domain.max);
  if (!lowOk || !highOk) {
    const range = `[${n(low)}, ${Number.isFinite(high) ? n(high) : '∞'})`;
    throw inputError('supportOutsideDomain', path, what, range, domain.rule);
  }
}
