import type { DrawStep } from '@horizon/sim/internal';

type CompiledDist = Extract<DrawStep, { kind: 'dist' }>['dist'];

/**
 * A central value of an input's distribution (its median where that has a closed form, else its mode or
 * middle), from which the panel offers a first `=` range of half to twice it.
 */
export function typicalValue(dist: CompiledDist): number {
  switch (dist.kind) {
    case 'fixed':
      return dist.value;
    case 'normal':
      return dist.mean;
    case 'lognormal':
      return Math.exp(dist.mu);
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'loguniform':
      return Math.exp((dist.lnMin + dist.lnMax) / 2);
    case 'triangular':
      return dist.mode;
    case 'mixture':
      return typicalValue(dist.components[0]);
    default:
      return dist satisfies never;
  }
}
