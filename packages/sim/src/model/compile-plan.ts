import type { Scenario, Dist, Growth, DemandModel, ScalingLaw } from '../scenario/schema.js';
import { compileDist } from '../distributions/compiled-dist.js';
import { POSITIVE, type Domain } from '../distributions/domain.js';
import { canLeaveDomain } from '../scenario/validate-dist.js';
import { streamKey } from '../random/stream-key.js';
import { SCALING_LAW_PRESETS } from '../presets/scaling-law-presets.js';
import { SCENARIO_INPUTS as INPUTS } from '../scenario/scenario-inputs.js';
import { correlateInputs } from './correlate-inputs.js';
import { parseTrendDrawsCsv, trendRowsAtStart } from '../scenario/trend-draws-csv.js';
import { BUILT_IN_SAMPLE_FILES } from '../presets/built-in-samples.js';
import type { DrawStep, LawSlots, Plan, PlanDemand, PlanSchedule, PlanStock } from './plan.js';
import { inputError } from '../errors/error-catalogue.js';

/** How compilePlan reads the sample files a scenario names (`"samples": FILE`): the library does no IO, so the caller passes the readers. */
export interface CompileOptions {
  /**
   * Joint scaling-law draws for `"scalingLaw": {"samples": FILE}`: row-major E, A, B, alpha, beta. The CLI
   * reads and parses the file (relative to the scenario's folder); `packages/sim` does no IO.
   */
  readonly lawSamples?: (file: string, path: string) => Float64Array;
  /**
   * Trend draws for `"trend": {"samples": FILE}`: row-major year, tokens0, growthPerYear (the CLI reads and
   * parses the file, relative to the scenario's folder).
   */
  readonly trendSamples?: (file: string, path: string) => Float64Array;
}

/** Break years may be any year; validation has bounded them. */
const ANY_YEAR: Domain = { min: -Infinity, minInclusive: false, max: Infinity, maxInclusive: false, rule: 'a year' };

/** A segment's break year when it is a number (or {"fixed": N}), else null. */
function fixedUntil(until: unknown): number | null {
  if (typeof until === 'number') return until;
  return typeof until === 'object' && until !== null && 'fixed' in until ? (until as { fixed: number }).fixed : null;
}

/** Leading schedule segments that surely end at or before startYear (they never apply). */
function ignoredSegments(growth: readonly { until?: unknown }[], startYear: number): number {
  let count = 0;
  while (count < growth.length - 1 && (fixedUntil(growth[count].until) ?? Infinity) <= startYear) count++;
  return count;
}

/** Compiles a validated scenario into the engines' plan. */
export function compilePlan(scenario: Scenario, options: CompileOptions = {}): Plan {
  const steps: DrawStep[] = [];
  let slotCount = 0;
  // Each input is drawn under its path (for messages) and its stream name (canonical: stocks by name, demand
  // models always numbered), whose hash keys its own random sub-stream (random/splitmix64.ts).
  const draw = (dist: Dist, path: string, name: string, domain: Domain, logSpace: boolean): number => {
    const slot = slotCount++;
    steps.push({ kind: 'dist', path, streamName: name, streamKey: streamKey(name), slot, dist: compileDist(dist), domain, logSpace, truncated: canLeaveDomain(dist, domain) });
    return slot;
  };
  const schedule = (growth: Growth, path: string, name: string): PlanSchedule => {
    if (!Array.isArray(growth)) return { breakYears: [], breakYearSlots: [], lnRateSlots: [draw(growth, path, name, POSITIVE, true)] };
    const breakYears: number[] = [];
    const breakYearSlots: number[] = [];
    const lnRateSlots: number[] = [];
    // Stream names number the segments from the first that applies (ends after startYear), so segments that
    // never apply, which the model ignores, do not move the draws of the others.
    const ignored = ignoredSegments(growth, scenario.startYear);
    growth.forEach((segment, k) => {
      const until = segment.until;
      if (until !== undefined) {
        const fixed = fixedUntil(until);
        breakYears.push(fixed ?? NaN);
        breakYearSlots.push(fixed === null ? draw(until, `${path}[${k}].until`, `${name}[${k - ignored}].until`, ANY_YEAR, false) : -1);
      }
      lnRateSlots.push(draw(segment.factor, `${path}[${k}].factor`, `${name}[${k - ignored}].factor`, POSITIVE, true));
    });
    return { breakYears, breakYearSlots, lnRateSlots };
  };
  const law = (scalingLaw: ScalingLaw, path: string, name: string): LawSlots => {
    if (typeof scalingLaw !== 'string' && 'samples' in scalingLaw) {
      if (!options.lawSamples) throw inputError('samplesNeedFile', `${path}.samples`, 'scaling-law');
      const rows = options.lawSamples(scalingLaw.samples, `${path}.samples`);
      const slot = slotCount;
      const indexSlot = slotCount + 5;
      slotCount += 6;
      steps.push({ kind: 'row', path, streamName: name, streamKey: streamKey(name), slot, width: 5, rows, indexSlot });
      return [slot, slot + 1, slot + 2, slot + 3, slot + 4];
    }
    // A preset is five fixed numbers; a law object, five distributions.
    const params = typeof scalingLaw === 'string' ? SCALING_LAW_PRESETS[scalingLaw] : scalingLaw;
    return [
      draw(params.E, `${path}.E`, `${name}.E`, INPUTS['compute.scalingLaw.E'].domain, false),
      draw(params.A, `${path}.A`, `${name}.A`, INPUTS['compute.scalingLaw.A'].domain, false),
      draw(params.B, `${path}.B`, `${name}.B`, INPUTS['compute.scalingLaw.B'].domain, false),
      draw(params.alpha, `${path}.alpha`, `${name}.alpha`, INPUTS['compute.scalingLaw.alpha'].domain, false),
      draw(params.beta, `${path}.beta`, `${name}.beta`, INPUTS['compute.scalingLaw.beta'].domain, false),
    ];
  };

  const models: DemandModel[] = Array.isArray(scenario.demand) ? scenario.demand : [scenario.demand];
  const demandChoiceSlot = models.length > 1 ? draw({ uniform: { min: 0, max: 1 } }, 'demand', 'demand', { min: 0, minInclusive: true, max: 1, maxInclusive: true, rule: 'in [0, 1]' }, false) : -1;
  const totalWeight = models.reduce((sum, m) => sum + (m.weight ?? INPUTS['demand.weight'].default), 0);
  let runningWeight = 0;
  const demand: PlanDemand[] = models.map((model, k) => {
    const path = Array.isArray(scenario.demand) ? `demand[${k}]` : 'demand';
    const name = `demand[${k}]`;
    runningWeight += model.weight ?? INPUTS['demand.weight'].default;
    const cumulativeWeight = k === models.length - 1 ? 1 : runningWeight / totalWeight;
    if (model.mode === 'trend' && model.trend !== undefined) {
      const at = `${path}.trend.samples`;
      const rows = trendRowsAtStart(readTrendSamples(model.trend.samples, at, options), scenario.startYear);
      // One row step fills ln tokens at startYear and ln growth, side by side: the row is drawn whole.
      const slot = slotCount;
      const indexSlot = slotCount + 2;
      slotCount += 3;
      steps.push({ kind: 'row', path: `${path}.trend`, streamName: `${name}.trend`, streamKey: streamKey(`${name}.trend`), slot, width: 2, rows, indexSlot });
      return { mode: 'trend', cumulativeWeight, lnTokens0Slot: slot, growth: { breakYears: [], breakYearSlots: [], lnRateSlots: [slot + 1] } };
    }
    if (model.mode === 'trend') {
      const lnTokens0Slot = draw(model.tokens0!, `${path}.tokens0`, `${name}.tokens0`, INPUTS['trend.tokens0'].domain, true);
      return { mode: 'trend', cumulativeWeight, lnTokens0Slot, growth: schedule(model.growthPerYear!, `${path}.growthPerYear`, `${name}.growthPerYear`) };
    }
    const lnFlops0Slot = draw(model.flops0, `${path}.flops0`, `${name}.flops0`, INPUTS['compute.flops0'].domain, true);
    const growth = schedule(model.growthPerYear, `${path}.growthPerYear`, `${name}.growthPerYear`);
    const lawSlots = law(model.scalingLaw, `${path}.scalingLaw`, `${name}.scalingLaw`);
    const lnOvertrainingSlot = draw(model.overtraining ?? INPUTS['compute.overtraining'].default, `${path}.overtraining`, `${name}.overtraining`, INPUTS['compute.overtraining'].domain, true);
    return { mode: 'compute', cumulativeWeight, lnFlops0Slot, growth, lawSlots, lnOvertrainingSlot };
  });
  const maxEpochsSlot = draw(scenario.training?.maxEpochs ?? INPUTS['training.maxEpochs'].default, 'training.maxEpochs', 'training.maxEpochs', INPUTS['training.maxEpochs'].domain, false);
  const rStarSlot = draw(scenario.training?.rStar ?? INPUTS['training.rStar'].default, 'training.rStar', 'training.rStar', INPUTS['training.rStar'].domain, false);
  const stocks: PlanStock[] = scenario.stocks.map((stock, k) => {
    const path = `stocks[${k}]`;
    const name = `stocks[${stock.name}]`;
    const lnTokens0Slot = draw(stock.tokens0, `${path}.tokens0`, `${name}.tokens0`, INPUTS['stock.tokens0'].domain, true);
    const growth = schedule(stock.growthPerYear, `${path}.growthPerYear`, `${name}.growthPerYear`);
    const lnUsableFractionSlot = draw(stock.usableFraction ?? INPUTS['stock.usableFraction'].default, `${path}.usableFraction`, `${name}.usableFraction`, INPUTS['stock.usableFraction'].domain, true);
    return { name: stock.name, lnTokens0Slot, lnUsableFractionSlot, growth };
  });
  const copulas = correlateInputs(scenario.correlations ?? [], steps);
  return {
    name: scenario.name,
    startYear: scenario.startYear,
    horizonYear: scenario.horizonYear,
    slotCount,
    steps,
    demandChoiceSlot,
    demand,
    maxEpochsSlot,
    rStarSlot,
    stocks,
    // Only when present, so plans without correlations (and their digests) are unchanged.
    ...(copulas.length > 0 ? { copulas } : {}),
  };
}

/** Trend draws from the caller's reader, or, without one, from the files the built-in presets ship with. */
function readTrendSamples(file: string, path: string, options: CompileOptions): Float64Array {
  if (options.trendSamples) return options.trendSamples(file, path);
  const builtIn = Object.hasOwn(BUILT_IN_SAMPLE_FILES, file) ? BUILT_IN_SAMPLE_FILES[file] : undefined;
  if (builtIn === undefined) throw inputError('samplesNeedFile', path, 'trend');
  return parseTrendDrawsCsv(builtIn, file);
}
