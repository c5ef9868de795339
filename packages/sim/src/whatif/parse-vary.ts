import { inputError } from '../errors/error-catalogue.js';

/** Largest number of points of a what-if grid (all axes together). */
export const MAX_VARY_POINTS = 10_000;

/** One `--vary` axis as written: `PATH=VALUES` sets the input to each value, `PATH*=VALUES` scales its draws. */
export interface VarySpec {
  /** The input's path as written, e.g. `training.maxEpochs` or `stocks[indexed-web].tokens0`. */
  readonly path: string;
  /** `set`: the input is that fixed number; `scale`: every draw is multiplied by it. */
  readonly op: 'set' | 'scale';
  readonly values: readonly number[];
}

/**
 * Parses `PATH=VALUES` or `PATH*=VALUES`. VALUES is a comma list (`1,2,5,10`), `FROM..TO:N` (N evenly spaced
 * points, ends included) or `FROM..TO:N:log` (N geometrically spaced points, FROM and TO > 0). Bad text is an
 * InputError naming `flag`.
 */
export function parseVary(text: string, flag = '--vary'): VarySpec {
  const match = /^([^=*]+)(\*?=)(.*)$/s.exec(text);
  if (!match || match[1].trim() === '') {
    throw inputError('varySyntax', flag, 'PATH=VALUES or PATH*=VALUES (e.g. training.maxEpochs=1,2,5)', text);
  }
  const [, path, operator, valuesText] = match;
  return { path: path.trim(), op: operator === '*=' ? 'scale' : 'set', values: parseValues(valuesText.trim(), flag) };
}

function parseValues(text: string, flag: string): number[] {
  const range = /^([^.:,][^:,]*?)\.\.([^:,]+):([^:,]+)(?::(log))?$/.exec(text);
  if (range) {
    const from = parseNumber(range[1], flag);
    const to = parseNumber(range[2], flag);
    const n = Number(range[3]);
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_VARY_POINTS) {
      throw inputError('pointsOutOfRange', flag, text, 1, MAX_VARY_POINTS, JSON.stringify(range[3]));
    }
    if (range[4] === 'log') {
      if (!(from > 0 && to > 0)) throw inputError('logRangeNotPositive', flag, text);
      // from · (to/from)^(k/(n−1)): exact at the ends and at whole powers of the ratio (0.25..4:9 gives 1 and 2).
      return Array.from({ length: n }, (_, k) => (k === 0 ? from : k === n - 1 ? to : from * Math.pow(to / from, k / (n - 1))));
    }
    return spaced(from, to, n).map((value, k) => (k === n - 1 ? to : value));
  }
  const values = text.split(',').map((part) => parseNumber(part, flag));
  if (values.length > MAX_VARY_POINTS) throw inputError('tooManyValues', flag, MAX_VARY_POINTS, values.length);
  return values;
}

/** n points from `from` to `to`, evenly spaced: from + (to − from)·k/(n − 1). */
function spaced(from: number, to: number, n: number): number[] {
  return Array.from({ length: n }, (_, k) => (n === 1 ? from : from + ((to - from) * k) / (n - 1)));
}

function parseNumber(text: string, flag: string): number {
  const trimmed = text.trim();
  const value = /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed.replaceAll('_', '')) : NaN;
  if (!Number.isFinite(value)) throw inputError('notANumber', flag, trimmed);
  return value;
}
