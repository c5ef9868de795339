/** A line log10(tokens) = log10Tokens + slope · (year − referenceYear). */
export interface LogLinearFit {
  readonly referenceYear: number;
  /** log10 of the fitted tokens at referenceYear. */
  readonly log10Tokens: number;
  /** Orders of magnitude per year (growth factor 10^slope per year). */
  readonly slope: number;
}

/**
 * Ordinary least squares of log10(tokens) on year, as Villalobos et al. 2024 (§2.4) fit the growth of
 * training-set sizes, with each run counted `weight[i]` times (bootstrap resamples). Returns null when
 * fewer than two distinct years carry weight: the slope is then undetermined.
 */
export function fitLogLinear(years: ArrayLike<number>, log10Tokens: ArrayLike<number>, weight: ArrayLike<number>, referenceYear: number): LogLinearFit | null {
  let total = 0;
  let meanYear = 0;
  let meanLog = 0;
  for (let i = 0; i < years.length; i++) {
    total += weight[i];
    meanYear += weight[i] * years[i];
    meanLog += weight[i] * log10Tokens[i];
  }
  meanYear /= total;
  meanLog /= total;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < years.length; i++) {
    const dx = years[i] - meanYear;
    sxx += weight[i] * dx * dx;
    sxy += weight[i] * dx * (log10Tokens[i] - meanLog);
  }
  // Relative to the spread of the years, so that a resample of one date (sxx ≈ 1e-30 from rounding) is refused.
  if (!(sxx > 1e-12 * total)) return null;
  const slope = sxy / sxx;
  return { referenceYear, log10Tokens: meanLog + slope * (referenceYear - meanYear), slope };
}
