import { fixedKind, kind, quote } from '../error-kind.js';
import { formatNumber as n } from '../input-error.js';

const PATH = 'the distribution\'s path (…lognormal, …mixture[k].dist)';

/** Errors in a distribution's parameters, its range, and the correlations between inputs. */
export const DISTRIBUTION_ERRORS = {
  notFinite: kind('the value\'s path', 'expected a finite number, got <value>', (value: number) => `expected a finite number, got ${n(value)}`),
  outsideDomain: kind('the value\'s path', 'must be <the input\'s range>, got <value>', (rule: string, value: number) => `must be ${rule}, got ${n(value)}`),
  sdNotPositive: kind(PATH, 'sd (<sd>) must be above 0; for a fixed value write the number itself', (sd: number) => `sd (${n(sd)}) must be above 0; for a fixed value write the number itself`),
  paramNotPositive: kind(PATH, '<p5 | min> (<value>) must be above 0', (param: string, value: number) => `${param} (${n(value)}) must be above 0`),
  paramOrder: kind(PATH, '<p5 | min> (<value>) must be below <p95 | max> (<value>)', (low: string, lowValue: number, high: string, highValue: number) => `${low} (${n(lowValue)}) must be below ${high} (${n(highValue)})`),
  modeOutside: kind(PATH, 'mode (<mode>) must lie in [min, max] = [<min>, <max>]', (mode: number, min: number, max: number) => `mode (${n(mode)}) must lie in [min, max] = [${n(min)}, ${n(max)}]`),
  drawsOverflow: kind(
    PATH,
    'is so wide that its draws overflow to infinity[ or round to 0] (<which quantity leaves the doubles>); narrow it',
    (why: string, orZero: boolean) => `is so wide that its draws overflow to infinity${orZero ? ' or round to 0' : ''} (${why}); narrow it`,
  ),
  supportOutsideDomain: kind(
    PATH,
    '<this uniform | …> ranges over [<low>, <high>) but the value must be <the input\'s range>; bound it inside the range, or use a normal, which is truncated',
    (what: string, range: string, rule: string) => `${what} ranges over ${range} but the value must be ${rule}; bound it inside the range, or use a normal, which is truncated`,
  ),
  littleMassInDomain: kind(
    PATH,
    'only <p>% of this <distribution | component> is <the input\'s range>; at least <min>% must be, since [its ]draws outside are resampled',
    (percent: number, what: 'distribution' | 'component', rule: string, minPercent: number) =>
      `only ${n(percent)}% of this ${what} is ${rule}; at least ${minPercent}% must be, since ${what === 'component' ? 'its ' : ''}draws outside are resampled`,
  ),
  rankOutOfRange: kind('correlations[i].rank', 'must be in (−1, 1), got <rank>', (rank: number) => `must be in (−1, 1), got ${n(rank)}`),
  correlatedWithItself: kind('correlations[i].between', 'names "<path>" twice; a correlation is between two different inputs', (path: string) => `names ${quote(path)} twice; a correlation is between two different inputs`),
  pairRepeated: kind('correlations[i]', 'repeats the pair of correlations[j]; give each pair once', (first: string) => `repeats the pair of ${first}; give each pair once`),
  notPositiveDefinite: fixedKind(
    'the correlations of one group, e.g. correlations[0], correlations[2]',
    'these rank correlations are not positive definite together: no joint distribution has them; weaken one of them',
  ),
  notAnInput: kind(
    'correlations[i].between[j]',
    '"<path>" is not an input of this scenario; name one as a JSON path, e.g. "stocks[0].tokens0"',
    (path: string) => `${quote(path)} is not an input of this scenario; name one as a JSON path, e.g. "stocks[0].tokens0"`,
  ),
  notCorrelatable: kind(
    'correlations[i].between[j]',
    '"<path>" is <fixed | a mixture | a table of joint draws>; only simple distributions (<kinds>) can be correlated',
    (path: string, what: string, kinds: readonly string[]) => `${quote(path)} is ${what}; only simple distributions (${kinds.join(', ')}) can be correlated`,
  ),
} as const;
