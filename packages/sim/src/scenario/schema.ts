import { z } from 'zod';
import { DistSchema, SourceSchema, TriangularSchema, UniformSchema } from '../distributions/dist-schema.js';

/**
 * The scenario file's structure (docs/scenario.md), the single source of truth for the TypeScript types, the
 * structural validator and the shipped JSON Schema. Semantic rules (p5 < p95, ranges, increasing years,
 * unique names) live in `validate-scenario.ts` on top of this.
 */

// The distribution schemas are part of the scenario file's structure; they live with the distributions.
export {
  NormalSchema,
  LognormalSchema,
  UniformSchema,
  LoguniformSchema,
  TriangularSchema,
  DIST_KINDS,
  type DistKind,
  SOURCE_MAX_LENGTH,
  SourceSchema,
  MixtureComponentSchema,
  DistSchema,
  type Dist,
  type SimpleDist,
} from '../distributions/dist-schema.js';

const finite = z.number();
const source = SourceSchema.optional();

/** A break year: a fixed year, or uncertain as a uniform or triangular distribution (docs/scenario.md). */
export const BreakYearSchema = z.union([
  finite,
  z.strictObject({ fixed: finite, source }),
  z.strictObject({ uniform: UniformSchema, source }),
  z.strictObject({ triangular: TriangularSchema, source }),
]);
export type BreakYear = z.infer<typeof BreakYearSchema>;

export const GrowthSegmentSchema = z.strictObject({
  until: BreakYearSchema.optional().describe('Year this factor stops applying (a number, or a uniform or triangular distribution of years); omitted on the last segment.'),
  factor: DistSchema.describe('Growth factor per year (> 0) over this segment.'),
});

/** A per-year growth factor: one distribution for all years, or a schedule of segments. */
export const GrowthSchema = z.union([DistSchema, z.array(GrowthSegmentSchema)]);
/** A growth factor per year: one distribution, or a schedule of segments each `until` a break year. */
export type Growth = z.infer<typeof GrowthSchema>;

export const ScalingLawParamsSchema = z.strictObject({
  E: DistSchema,
  A: DistSchema,
  B: DistSchema,
  alpha: DistSchema,
  beta: DistSchema,
});
export const ScalingLawSamplesSchema = z.strictObject({
  samples: z.string().describe('CSV of joint draws (header E,A,B,alpha,beta) written by `horizon fit`, relative to the scenario file.'),
});
export const ScalingLawSchema = z.union([
  z.string().describe('A scaling-law preset name, e.g. "hoffmann2022" or "besiroglu2024".'),
  ScalingLawParamsSchema,
  ScalingLawSamplesSchema,
]);
/** A compute demand's scaling law: a preset's name, its parameters (each a number or a distribution), or joint draws from a samples file. */
export type ScalingLaw = z.infer<typeof ScalingLawSchema>;

export const TrendDemandSchema = z.strictObject({
  mode: z.literal('trend'),
  weight: finite.optional().describe('Weight (> 0) of this model in a list of demand models.'),
  source,
  tokens0: DistSchema.optional().describe('Training tokens of the largest run at startYear (with growthPerYear, or give "trend" instead).'),
  growthPerYear: GrowthSchema.optional().describe('Growth factor per year of the largest run\'s training tokens (with tokens0, or give "trend" instead).'),
  trend: z
    .strictObject({
      samples: z.string().describe('CSV of joint draws (header year,tokens0,growthPerYear) written by `horizon trend`, relative to the scenario file.'),
    })
    .optional()
    .describe('Instead of tokens0 and growthPerYear: joint draws of a fitted trend, one row drawn whole per sample, tokens0 carried from the row\'s year to startYear at its growth.'),
});
export const ComputeDemandSchema = z.strictObject({
  mode: z.literal('compute'),
  weight: finite.optional().describe('Weight (> 0) of this model in a list of demand models.'),
  source,
  flops0: DistSchema.describe('Training compute (FLOP) of the largest run at startYear.'),
  growthPerYear: GrowthSchema.describe('Growth factor per year of the largest run\'s compute.'),
  scalingLaw: ScalingLawSchema,
  overtraining: DistSchema.optional().describe('k ≥ 1: k times the compute-optimal tokens per parameter (default 1).'),
});
export const DemandModelSchema = z.discriminatedUnion('mode', [TrendDemandSchema, ComputeDemandSchema]);
/** Demand as a trend: the largest run's training tokens at startYear and their growth per year. */
export type TrendDemand = z.infer<typeof TrendDemandSchema>;
/** Demand from compute: the largest run's FLOP, their growth, and a scaling law that turns FLOP into compute-optimal tokens. */
export type ComputeDemand = z.infer<typeof ComputeDemandSchema>;
/** One demand model of a scenario: a trend demand or a compute demand (docs/scenario.md). */
export type DemandModel = z.infer<typeof DemandModelSchema>;

export const StockSchema = z.strictObject({
  name: z.string().describe('Unique name of the stock.'),
  source,
  tokens0: DistSchema.describe('Tokens in the stock at startYear.'),
  growthPerYear: GrowthSchema.describe('Growth factor per year of the stock.'),
  usableFraction: DistSchema.optional().describe('Fraction in (0, 1] usable for training (default 1).'),
});
/** A stock of human-written text: its tokens at startYear, their growth, and the fraction usable for training. */
export type Stock = z.infer<typeof StockSchema>;

export const TrainingSchema = z.strictObject({
  maxEpochs: DistSchema.optional().describe('Epochs (≥ 1) a run may repeat its data (default 1).'),
  rStar: DistSchema.optional().describe('Decay constant of repeated data\'s worth (default 15.4, Muennighoff et al. 2023).'),
});

export const CorrelationSchema = z.strictObject({
  between: z.tuple([z.string(), z.string()]).describe('JSON paths of the two inputs, e.g. ["stocks[0].tokens0", "stocks[0].growthPerYear"].'),
  rank: finite.describe('Spearman rank correlation, −1 < rank < 1, imposed through a Gaussian copula.'),
  source,
});
/** A rank correlation between two uncertain inputs, named by their paths (a Gaussian copula). */
export type Correlation = z.infer<typeof CorrelationSchema>;

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().describe('Name of the scenario, echoed in the output.'),
  description: z.string().optional().describe('Free text: what the scenario represents and its sources.'),
  source,
  startYear: z.number().describe('First year of the projection (an integer).'),
  horizonYear: z.number().describe('Last year of the projection (an integer above startYear).'),
  demand: z.union([DemandModelSchema, z.array(DemandModelSchema)]),
  training: TrainingSchema.optional(),
  stocks: z.array(StockSchema),
  correlations: z.array(CorrelationSchema).optional().describe('Rank correlations between simple-distribution inputs (docs/scenario.md).'),
});
/** A scenario, as validateScenario returns it: the scenario file's structure (docs/scenario.md). */
export type Scenario = z.infer<typeof ScenarioSchema>;
