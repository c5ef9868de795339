import { ScenarioSchema, type Scenario, type Growth, type DemandModel, type Dist, type BreakYear } from './schema.js';
import { formatNumber as n, hasUnprintable } from '../errors/input-error.js';
import { inputError } from '../errors/error-catalogue.js';
import { formatSchemaIssue } from './format-schema-issue.js';
import { validateDist } from './validate-dist.js';
import { POSITIVE, type Domain } from '../distributions/domain.js';
import { SCENARIO_INPUTS as INPUTS } from './scenario-inputs.js';
import { SCALING_LAW_PRESETS } from '../presets/scaling-law-presets.js';

/** Bounds on a scenario's cost, enforced before anything runs (docs/scenario.md lists them). */
export const SCENARIO_LIMITS = {
  stocks: 64,
  demandModels: 16,
  segments: 64,
  mixtureComponents: 64,
  horizonSpanYears: 500,
  nameLength: 200,
  /**
   * Expected random draws per sample (Σ over inputs of 2 / the mass kept inside its range, since a truncated
   * normal is redrawn until inside). Each input may use 2^20 draws a sample (DRAWS_PER_SAMPLE); 2^14 expected keeps
   * running out vanishingly unlikely and bounds a sample's cost.
   */
  expectedDrawsPerSample: 16_384,
  firstYear: 1900,
  lastYear: 3000,
} as const;

/**
 * Parses and checks a scenario (an already-decoded JSON value). Returns it typed, or throws an InputError
 * whose message is one line naming the offending path.
 */
export function validateScenario(input: unknown): Scenario {
  expectedDraws = 0;
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) {
    throw formatSchemaIssue(parsed.error.issues, input);
  }
  const scenario = parsed.data;
  checkName(scenario.name, 'name');
  checkYears(scenario);
  const demandModels = Array.isArray(scenario.demand) ? scenario.demand : [scenario.demand];
  if (demandModels.length === 0) throw inputError('needsOne', 'demand', 'demand model');
  if (demandModels.length > SCENARIO_LIMITS.demandModels) {
    throw inputError('tooMany', 'demand', demandModels.length, 'models', SCENARIO_LIMITS.demandModels);
  }
  if (!Number.isFinite(demandModels.reduce((sum, model) => sum + (model.weight ?? INPUTS['demand.weight'].default), 0))) {
    throw inputError('weightsOverflow', 'demand', 'the models\' weights');
  }
  demandModels.forEach((model, k) => {
    const path = Array.isArray(scenario.demand) ? `demand[${k}]` : 'demand';
    checkDemandModel(model, path, scenario, Array.isArray(scenario.demand));
  });
  if (scenario.training?.maxEpochs !== undefined) checkDist(scenario.training.maxEpochs, 'training.maxEpochs', INPUTS['training.maxEpochs'].domain);
  if (scenario.training?.rStar !== undefined) checkDist(scenario.training.rStar, 'training.rStar', INPUTS['training.rStar'].domain);
  checkStocks(scenario);
  if (expectedDraws > SCENARIO_LIMITS.expectedDrawsPerSample) {
    const about = Number(expectedDraws.toPrecision(2)).toLocaleString('en-US');
    throw inputError('tooManyDraws', '', about, SCENARIO_LIMITS.expectedDrawsPerSample);
  }
  return scenario;
}

/** Names are printed in tables and on stderr: one line of at most SCENARIO_LIMITS.nameLength characters. */
function checkName(name: string, path: string): void {
  if (name.trim() === '') throw inputError('emptyName', path);
  // Characters as a reader counts them (code points), not UTF-16 units: "🦙" is one.
  const length = [...name].length;
  if (length > SCENARIO_LIMITS.nameLength) throw inputError('nameTooLong', path, SCENARIO_LIMITS.nameLength, length);
  if (hasUnprintable(name)) throw inputError('unprintableName', path, name);
}

function checkYears(scenario: Scenario): void {
  const { startYear, horizonYear } = scenario;
  for (const [key, year] of [['startYear', startYear], ['horizonYear', horizonYear]] as const) {
    if (!Number.isInteger(year)) throw inputError('notWholeYear', key, year);
    if (year < SCENARIO_LIMITS.firstYear || year > SCENARIO_LIMITS.lastYear) {
      throw inputError('yearOutOfRange', key, SCENARIO_LIMITS.firstYear, SCENARIO_LIMITS.lastYear, year);
    }
  }
  if (!(horizonYear > startYear)) throw inputError('horizonBeforeStart', 'horizonYear', horizonYear, startYear);
  if (horizonYear - startYear > SCENARIO_LIMITS.horizonSpanYears) {
    throw inputError('horizonTooFar', 'horizonYear', horizonYear - startYear, SCENARIO_LIMITS.horizonSpanYears);
  }
}

function checkDemandModel(model: DemandModel, path: string, scenario: Scenario, inList: boolean): void {
  if (inList && model.weight === undefined) throw inputError('weightRequired', `${path}.weight`);
  if (model.weight !== undefined && !(model.weight > 0)) throw inputError('notAboveZero', `${path}.weight`, model.weight);
  if (model.mode === 'trend') {
    if (model.trend !== undefined) {
      for (const key of ['tokens0', 'growthPerYear'] as const) {
        if (model[key] !== undefined) throw inputError('trendWithInputs', `${path}.${key}`);
      }
      if (model.trend.samples.trim() === '') throw inputError('noSamplesFile', `${path}.trend.samples`);
      return;
    }
    for (const key of ['tokens0', 'growthPerYear'] as const) {
      if (model[key] === undefined) throw inputError('trendInputRequired', `${path}.${key}`);
    }
    checkDist(model.tokens0!, `${path}.tokens0`, INPUTS['trend.tokens0'].domain);
  } else {
    checkDist(model.flops0, `${path}.flops0`, INPUTS['compute.flops0'].domain);
    if (model.overtraining !== undefined) checkDist(model.overtraining, `${path}.overtraining`, INPUTS['compute.overtraining'].domain);
    const law = model.scalingLaw;
    if (typeof law === 'string') {
      // Own keys only: "toString" or "__proto__" name no preset.
      if (!Object.hasOwn(SCALING_LAW_PRESETS, law)) {
        throw inputError('unknownPreset', `${path}.scalingLaw`, law, Object.keys(SCALING_LAW_PRESETS));
      }
    } else if ('samples' in law) {
      if (law.samples.trim() === '') throw inputError('noSamplesFile', `${path}.scalingLaw.samples`);
    } else {
      for (const key of ['E', 'A', 'B', 'alpha', 'beta'] as const) checkDist(law[key], `${path}.scalingLaw.${key}`, INPUTS[`compute.scalingLaw.${key}`].domain);
    }
  }
  checkGrowth(model.growthPerYear!, `${path}.growthPerYear`, scenario);
}

function checkStocks(scenario: Scenario): void {
  if (scenario.stocks.length === 0) throw inputError('needsOne', 'stocks', 'stock');
  if (scenario.stocks.length > SCENARIO_LIMITS.stocks) {
    throw inputError('tooMany', 'stocks', scenario.stocks.length, 'stocks', SCENARIO_LIMITS.stocks);
  }
  const seen = new Set<string>();
  scenario.stocks.forEach((stock, k) => {
    const path = `stocks[${k}]`;
    checkName(stock.name, `${path}.name`);
    if (seen.has(stock.name)) throw inputError('duplicateName', `${path}.name`, stock.name);
    seen.add(stock.name);
    checkDist(stock.tokens0, `${path}.tokens0`, INPUTS['stock.tokens0'].domain);
    if (stock.usableFraction !== undefined) checkDist(stock.usableFraction, `${path}.usableFraction`, INPUTS['stock.usableFraction'].domain);
    checkGrowth(stock.growthPerYear, `${path}.growthPerYear`, scenario);
  });
}

function checkGrowth(growth: Growth, path: string, scenario: Scenario): void {
  if (!Array.isArray(growth)) {
    checkDist(growth, path, POSITIVE);
    return;
  }
  if (growth.length === 0) throw inputError('emptySchedule', path);
  if (growth.length > SCENARIO_LIMITS.segments) {
    throw inputError('tooMany', path, growth.length, 'segments', SCENARIO_LIMITS.segments);
  }
  // Break years must increase: consecutive ranges may touch but not overlap. A segment ending at or before
  // startYear never applies (exhaustionYear skips it).
  let previous: BreakRange | null = null;
  growth.forEach((segment, k) => {
    const at = `${path}[${k}]`;
    const last = k === growth.length - 1;
    if (last && segment.until !== undefined) throw inputError('lastUntil', `${at}.until`);
    if (!last) {
      if (segment.until === undefined) throw inputError('untilRequired', `${at}.until`);
      const range = breakRange(segment.until, `${at}.until`);
      if (previous !== null) {
        const overlaps = range.low < previous.high || (range.low === previous.high && range.fixed && previous.fixed);
        if (overlaps) {
          const what = (r: BreakRange) => (r.fixed ? n(r.low) : `[${n(r.low)}, ${n(r.high)}]`);
          throw inputError('untilOrder', `${at}.until`, what(range), what(previous), !(range.fixed && previous.fixed));
        }
      }
      previous = range;
    }
    checkDist(segment.factor, `${at}.factor`, POSITIVE);
  });
}

function checkDist(dist: Dist, path: string, domain: Domain): void {
  if (typeof dist === 'object' && 'mixture' in dist && dist.mixture.length > SCENARIO_LIMITS.mixtureComponents) {
    throw inputError('tooMany', `${path}.mixture`, dist.mixture.length, 'components', SCENARIO_LIMITS.mixtureComponents);
  }
  expectedDraws += 2 / validateDist(dist, path, domain);
}

/** Σ 2 / mass over the inputs checked so far in this (synchronous) validateScenario call. */
let expectedDraws = 0;

/** The years a break year can take. */
interface BreakRange {
  readonly low: number;
  readonly high: number;
  readonly fixed: boolean;
}

/** Checks a break year (a year, {"fixed"}, a uniform or a triangular within the allowed years) and returns its range. */
function breakRange(until: BreakYear, path: string): BreakRange {
  const years: Domain = { min: SCENARIO_LIMITS.firstYear, minInclusive: true, max: SCENARIO_LIMITS.lastYear, maxInclusive: true, rule: `a year in [${SCENARIO_LIMITS.firstYear}, ${SCENARIO_LIMITS.lastYear}]` };
  validateDist(until, path, years);
  if (typeof until === 'number') return { low: until, high: until, fixed: true };
  if ('fixed' in until) return { low: until.fixed, high: until.fixed, fixed: true };
  if ('uniform' in until) return { low: until.uniform.min, high: until.uniform.max, fixed: false };
  return { low: until.triangular.min, high: until.triangular.max, fixed: false };
}
