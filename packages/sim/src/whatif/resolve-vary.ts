import type { DrawStep, Plan } from '../model/plan.js';
import type { CompiledDist } from '../distributions/compiled-dist.js';
import { inDomain, type Domain } from '../distributions/domain.js';
import { formatNumber } from '../errors/input-error.js';
import type { VarySpec } from './parse-vary.js';
import { inputError } from '../errors/error-catalogue.js';

/** A `--vary` axis tied to the plan: the input's slot and how a value reaches it. */
export interface VaryAxis extends VarySpec {
  /** The slot the input fills (model/plan.ts). */
  readonly slot: number;
  /** The slot holds ln(value). */
  readonly logSpace: boolean;
}

type DistStep = Extract<DrawStep, { kind: 'dist' }>;

/**
 * Finds the input `spec.path` names in the plan (a stock by index or by name, `demand.x` and `demand[0].x`
 * alike for a single demand model) and checks every value against the input's valid range: a set value must
 * lie in it, and a scale factor must keep every draw in it. Bad input names `flag`.
 */
export function resolveVary(plan: Plan, spec: VarySpec, flag = '--vary'): VaryAxis {
  const step = findInput(plan, spec.path, flag);
  for (const value of spec.values) checkValue(step, spec, value, flag);
  return { ...spec, slot: step.slot, logSpace: step.logSpace };
}

/**
 * Every input a sweep can vary, by path. The demand-model choice and joint-draw tables are not inputs, and
 * uncertain break years are not varied (a set year could break the order of a schedule's segments).
 */
export function varyInputs(plan: Plan): string[] {
  return plan.steps.filter(isVaryInput).map((step) => step.path);
}

function isVaryInput(step: DrawStep): step is DistStep {
  return step.kind === 'dist' && step.path !== 'demand' && !step.path.endsWith('.until');
}

function findInput(plan: Plan, path: string, flag: string): DistStep {
  const single = plan.demand.length === 1 && !plan.steps.some((step) => step.path.startsWith('demand['));
  const canonical = path
    .replace(/^stocks\[([^\]]*)\]/, (whole, key: string) => {
      const byName = plan.stocks.findIndex((stock) => stock.name === key);
      return byName >= 0 && !/^\d+$/.test(key) ? `stocks[${byName}]` : whole;
    })
    .replace(/^demand\[0\]/, single ? 'demand' : 'demand[0]');
  const step = plan.steps.find((s): s is DistStep => isVaryInput(s) && s.path === canonical);
  if (step) return step;
  const table = plan.steps.find((s) => s.kind === 'row' && canonical.startsWith(`${s.path}.`));
  if (table) throw inputError('varyJointDraw', flag, path);
  const inputs = varyInputs(plan);
  const shown = inputs.length > 8 ? `${inputs.slice(0, 8).join(', ')}, …` : inputs.join(', ');
  throw inputError('varyNotAnInput', flag, path, plan.name, shown);
}

function checkValue(step: DistStep, spec: VarySpec, value: number, flag: string): void {
  const { domain } = step;
  if (spec.op === 'set') {
    if (!inDomain(domain, value)) throw inputError('varyOutsideDomain', flag, spec.path, value, domain.rule);
    return;
  }
  if (!(value > 0 && Number.isFinite(value))) throw inputError('varyBadFactor', flag, spec.path, value);
  const [low, high] = support(step.dist, domain);
  const scaledLow = low * value;
  const scaledHigh = high * value;
  const lowOk = domain.min <= 0 || (domain.minInclusive ? scaledLow >= domain.min : scaledLow > domain.min);
  const highOk = domain.max === Infinity || (domain.maxInclusive ? scaledHigh <= domain.max : scaledHigh < domain.max);
  if (!lowOk || !highOk) {
    const range = `[${formatNumber(scaledLow)}, ${formatNumber(scaledHigh)}]`;
    throw inputError('varyScaledOutside', flag, spec.path, value, range, domain.rule);
  }
}

/** Smallest and largest value a draw can take, inside the domain (truncated draws stay in it). */
function support(dist: CompiledDist, domain: Domain): [number, number] {
  const [low, high] = rawSupport(dist);
  return [Math.max(low, domain.min), Math.min(high, domain.max)];
}

function rawSupport(dist: CompiledDist): [number, number] {
  switch (dist.kind) {
    case 'fixed':
      return [dist.value, dist.value];
    case 'normal':
      return [-Infinity, Infinity];
    case 'lognormal':
      return [0, Infinity];
    case 'uniform':
    case 'triangular':
      return [dist.min, dist.max];
    case 'loguniform':
      return [Math.exp(dist.lnMin), Math.exp(dist.lnMax)];
    case 'mixture': {
      const parts = dist.components.map(rawSupport);
      return [Math.min(...parts.map((p) => p[0])), Math.max(...parts.map((p) => p[1]))];
    }
    default:
      return dist satisfies never;
  }
}
