import { DistSchema, compileDist, distDensity, distQuantile, validateDist, type CompiledDist, type Domain } from '@horizon/sim/internal';

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

/** The sketch shows a distribution as written, before any parameter's own range applies. */
const ANY_NUMBER: Domain = { min: -Infinity, minInclusive: false, max: Infinity, maxInclusive: false, rule: 'a number' };

/**
 * The density of a scenario distribution for the form's small sketch: the exact pdf of packages/sim's compiled
 * distribution (not a KDE), over its 0.1%–99.9% quantiles. Returns undefined for values that are not a valid
 * distribution yet (the form shows the validator's message for those).
 */
export function densityCurve(value: unknown): DensityCurve | undefined {
  const dist = compiled(value);
  if (!dist) return undefined;
  if (dist.kind === 'fixed') return { logX: false, xs: [], ys: [], spike: dist.value };
  const logX = onLogAxis(dist);
  const toAxis = (x: number) => (logX ? Math.log(x) : x);
  const low = toAxis(distQuantile(dist, ANY_NUMBER, 0.001));
  const high = toAxis(distQuantile(dist, ANY_NUMBER, 0.999));
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(high > low)) return undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < POINTS; k++) {
    const x = logX ? Math.exp(low + ((high - low) * k) / (POINTS - 1)) : low + ((high - low) * k) / (POINTS - 1);
    xs.push(x);
    // On a log axis, draw the density of ln x: f(x) · x.
    ys.push(distDensity(dist, x) * (logX ? x : 1));
  }
  return { logX, xs, ys };
}

function compiled(value: unknown): CompiledDist | undefined {
  const parsed = DistSchema.safeParse(value);
  if (!parsed.success) return undefined;
  try {
    validateDist(parsed.data, '', ANY_NUMBER);
  } catch {
    return undefined;
  }
  return compileDist(parsed.data);
}

function onLogAxis(dist: CompiledDist): boolean {
  if (dist.kind === 'mixture') return dist.components.every(onLogAxis);
  return dist.kind === 'lognormal' || dist.kind === 'loguniform';
}
