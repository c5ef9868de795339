/** The valid range of a parameter (docs/scenario.md): a growth factor > 0, maxEpochs ≥ 1, a fraction in (0, 1], … */
export interface Domain {
  readonly min: number;
  readonly minInclusive: boolean;
  readonly max: number;
  readonly maxInclusive: boolean;
  /** The rule in words, e.g. "> 0" or "in (0, 1]". */
  readonly rule: string;
}

export const POSITIVE: Domain = { min: 0, minInclusive: false, max: Infinity, maxInclusive: false, rule: '> 0' };
export const NON_NEGATIVE: Domain = { min: 0, minInclusive: true, max: Infinity, maxInclusive: false, rule: '≥ 0' };
export const AT_LEAST_ONE: Domain = { min: 1, minInclusive: true, max: Infinity, maxInclusive: false, rule: '≥ 1' };
export const FRACTION: Domain = { min: 0, minInclusive: false, max: 1, maxInclusive: true, rule: 'in (0, 1]' };

export function inDomain(domain: Domain, value: number): boolean {
  const aboveMin = domain.minInclusive ? value >= domain.min : value > domain.min;
  const belowMax = domain.maxInclusive ? value <= domain.max : value < domain.max;
  return aboveMin && belowMax;
}
