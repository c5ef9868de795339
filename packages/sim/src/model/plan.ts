import type { CompiledDist } from '../distributions/compiled-dist.js';
import type { Domain } from '../distributions/domain.js';
import type { U64 } from '../random/splitmix64.js';

/**
 * A scenario compiled for the engines: a list of draw steps that fill a per-sample vector of values
 * ("slots"), and the model's structure as slot numbers. The reference engine walks this object; the
 * WebAssembly kernel receives the same plan flattened into numbers. Step order is draw order, and so part
 * of the reproducibility contract.
 */
export type DrawStep =
  | {
      readonly kind: 'dist';
      /** JSON path of the input, e.g. `stocks[0].tokens0`. */
      readonly path: string;
      /** Canonical name of the input, e.g. `stocks[indexed-web].tokens0`; its hash keys the input's sub-stream. */
      readonly streamName: string;
      /** streamKey(streamName): the input's draws in sample i depend only on (seed, i, this key). */
      readonly streamKey: U64;
      readonly slot: number;
      readonly dist: CompiledDist;
      readonly domain: Domain;
      /** The slot holds ln(value): tokens, FLOP, growth factors, fractions, overtraining. */
      readonly logSpace: boolean;
      /** Draws can leave the domain (a normal) and are resampled until inside. */
      readonly truncated: boolean;
      /**
       * Correlated through a Gaussian copula (plan.copulas): the step draws a standard normal into its slot,
       * and the copula turns it into a draw of `dist` after all steps have run.
       */
      readonly copula?: true;
    }
  | {
      readonly kind: 'row';
      readonly path: string;
      readonly streamName: string;
      readonly streamKey: U64;
      /** First of `width` consecutive slots filled with one row drawn uniformly from `rows`. */
      readonly slot: number;
      readonly width: number;
      /** Row-major values, `rows.length / width` rows. */
      readonly rows: Float64Array;
      /** Slot that receives the drawn row's index (for sensitivity binning). */
      readonly indexSlot: number;
    };

export interface PlanSchedule {
  /** Break years; an uncertain one holds NaN here and is drawn into `breakYearSlots[k]` per sample. */
  readonly breakYears: readonly number[];
  /** Per break, the slot of an uncertain break year, or −1 for a fixed one. */
  readonly breakYearSlots: readonly number[];
  /** Slots holding ln(factor) of each segment. */
  readonly lnRateSlots: readonly number[];
}

/** Slots of E, A, B, alpha, beta (natural values). */
export type LawSlots = readonly [number, number, number, number, number];

export type PlanDemand =
  | {
      readonly mode: 'trend';
      /** Cumulative probability of choosing this model (the last is 1). */
      readonly cumulativeWeight: number;
      readonly lnTokens0Slot: number;
      readonly growth: PlanSchedule;
    }
  | {
      readonly mode: 'compute';
      readonly cumulativeWeight: number;
      readonly lnFlops0Slot: number;
      readonly growth: PlanSchedule;
      readonly lawSlots: LawSlots;
      readonly lnOvertrainingSlot: number;
    };

export interface PlanStock {
  readonly name: string;
  readonly lnTokens0Slot: number;
  readonly lnUsableFractionSlot: number;
  readonly growth: PlanSchedule;
}

/**
 * A scenario compiled for the engines (compilePlan): every uncertain input a numbered slot with its compiled
 * distribution, in a fixed draw order. Treat it as opaque; it is what engines, results and shard files take.
 */
export interface Plan {
  readonly name: string;
  readonly startYear: number;
  readonly horizonYear: number;
  readonly slotCount: number;
  readonly steps: readonly DrawStep[];
  /** Slot of the uniform that picks the demand model, or −1 with a single model. */
  readonly demandChoiceSlot: number;
  readonly demand: readonly PlanDemand[];
  readonly maxEpochsSlot: number;
  readonly rStarSlot: number;
  readonly stocks: readonly PlanStock[];
  /** Groups of correlated inputs (absent when the scenario has no correlations). */
  readonly copulas?: readonly PlanCopula[];
}

/**
 * A Gaussian copula over n inputs: their steps' standard normals e are mixed as z = L·e, and each z_i becomes
 * a draw of input i's own distribution through Φ(z_i) (model/correlate-inputs.ts).
 */
export interface PlanCopula {
  /** Indices into plan.steps of the group's inputs (all `dist` steps with `copula: true`). */
  readonly steps: readonly number[];
  /** Row-major n×n lower-triangular Cholesky factor of the Pearson correlation of the normals. */
  readonly cholesky: readonly number[];
}
