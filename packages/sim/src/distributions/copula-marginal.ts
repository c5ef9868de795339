import type { CompiledDist } from './compiled-dist.js';
import type { Domain } from './domain.js';
import { normalCdf, normalQuantile } from './normal-cdf.js';
import { triangularInverse } from './sample-dist.js';

/**
 * The draw of a simple distribution whose standard-normal score is z: F⁻¹(Φ(z)), computed without Φ where the
 * distribution is itself normal in some scale (normal: mean + sd·z; lognormal: μ + σ·z in ln). A normal that
 * can leave its domain is the truncated normal's inverse CDF, mean + sd·Φ⁻¹(Φ(α) + Φ(z)·(Φ(β) − Φ(α))), which
 * keeps the marginal the resampling sampler gives. Φ has relative error below 1.2e-7 (normal-cdf.ts), the
 * marginals' error through it. `logSpace` returns ln(draw). The kernel mirrors this in assembly/copula.ts.
 */
export function copulaMarginal(dist: CompiledDist, domain: Domain, truncated: boolean, logSpace: boolean, z: number): number {
  switch (dist.kind) {
    case 'fixed':
      // Validation keeps fixed inputs out of copulas; a plan edited to fix one still draws the rest unchanged.
      return logSpace ? Math.log(dist.value) : dist.value;
    case 'normal': {
      let value = dist.mean + dist.sd * z;
      if (truncated) {
        const low = Number.isFinite(domain.min) ? normalCdf((domain.min - dist.mean) / dist.sd) : 0;
        const high = Number.isFinite(domain.max) ? normalCdf((domain.max - dist.mean) / dist.sd) : 1;
        value = dist.mean + dist.sd * normalQuantile(low + normalCdf(z) * (high - low));
      }
      return logSpace ? Math.log(value) : value;
    }
    case 'lognormal': {
      const ln = dist.mu + dist.sigma * z;
      return logSpace ? ln : Math.exp(ln);
    }
    case 'uniform': {
      const value = dist.min + (dist.max - dist.min) * normalCdf(z);
      return logSpace ? Math.log(value) : value;
    }
    case 'loguniform': {
      const ln = dist.lnMin + (dist.lnMax - dist.lnMin) * normalCdf(z);
      return logSpace ? ln : Math.exp(ln);
    }
    case 'triangular': {
      const value = triangularInverse(dist.min, dist.mode, dist.max, normalCdf(z));
      return logSpace ? Math.log(value) : value;
    }
    default:
      throw new Error(`a ${dist.kind} input cannot be in a copula (validation refuses it)`);
  }
}
