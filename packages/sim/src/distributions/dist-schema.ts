import { z } from 'zod';

/**
 * The distributions a scenario input may take (docs/scenario.md), as zod schemas: the source of the
 * TypeScript types `Dist` and `SimpleDist` that this folder compiles and samples. The scenario's schema
 * (scenario/schema.ts) builds on these; semantic rules (p5 < p95, domains) live in scenario/validate-dist.ts.
 */

const finite = z.number();

export const NormalSchema = z.strictObject({ mean: finite, sd: finite }).describe('Normal with this mean and standard deviation; truncated by resampling to the parameter\'s valid range.');
export const LognormalSchema = z.strictObject({ p5: finite, p95: finite }).describe('Lognormal whose 5th and 95th percentiles are p5 and p95 (0 < p5 < p95).');
export const UniformSchema = z.strictObject({ min: finite, max: finite }).describe('Uniform on [min, max].');
export const LoguniformSchema = z.strictObject({ min: finite, max: finite }).describe('Log-uniform on [min, max], 0 < min < max.');
export const TriangularSchema = z.strictObject({ min: finite, mode: finite, max: finite }).describe('Triangular on [min, max] with its peak at mode.');

export const DIST_KINDS = ['fixed', 'normal', 'lognormal', 'uniform', 'loguniform', 'triangular', 'mixture'] as const;
export type DistKind = (typeof DIST_KINDS)[number];

/** Longest `source` string, so that a shared scenario's provenance stays a note, not a document. */
export const SOURCE_MAX_LENGTH = 2000;
/** Where a value comes from (a citation, a URL, a derivation); tools show it beside the input. */
export const SourceSchema = z.string().max(SOURCE_MAX_LENGTH).describe(`Where this value comes from: citation, URL or derivation (at most ${SOURCE_MAX_LENGTH} characters).`);
const source = SourceSchema.optional();

/** A number or one of the simple kinds (fixed included): what a mixture's components may be. */
const simpleDistBranches = [
  finite,
  z.strictObject({ fixed: finite.describe('A fixed value, written as an object so that it can carry a source.'), source }),
  z.strictObject({ normal: NormalSchema, source }),
  z.strictObject({ lognormal: LognormalSchema, source }),
  z.strictObject({ uniform: UniformSchema, source }),
  z.strictObject({ loguniform: LoguniformSchema, source }),
  z.strictObject({ triangular: TriangularSchema, source }),
] as const;
const SimpleDistSchema = z.union(simpleDistBranches);

export const MixtureComponentSchema = z.strictObject({
  weight: finite.describe('Relative weight (> 0); draws take this component with probability weight / Σ weights.'),
  dist: SimpleDistSchema,
});

/** A fixed number or one of the distributions of docs/scenario.md, each object optionally with a `source`. */
export const DistSchema = z
  .union([...simpleDistBranches, z.strictObject({ mixture: z.array(MixtureComponentSchema), source })])
  .describe('A plain number (fixed) or a distribution.');
/** An uncertain quantity in a scenario: a number, or a distribution (normal, lognormal, uniform, loguniform, triangular, mixture). */
export type Dist = z.infer<typeof DistSchema>;
export type SimpleDist = z.infer<typeof SimpleDistSchema>;
