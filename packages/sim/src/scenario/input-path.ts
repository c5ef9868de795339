import { DEMAND_MODE_WORDS, keyWords } from './scenario-inputs.js';

/**
 * An input's JSON path taken apart: the paths InputError, the plan's steps and `--vary` write,
 * `stocks[1].growthPerYear[0].factor`, `demand[1].flops0`, `demand.tokens0`, `training.maxEpochs`.
 */
export interface InputPath {
  /** Whose input it is: a stock, a demand model, the training settings, or the scenario itself. */
  readonly owner: 'stock' | 'demand' | 'training' | 'scenario';
  /** Index of the stock or demand model; null for `demand.x` (a single model), training and the scenario. */
  readonly index: number | null;
  /** The keys below the owner, segment indices lifted out: `growthPerYear[0].factor` → growthPerYear, factor. */
  readonly keys: readonly string[];
  /** The growth-schedule segment the path is in, or null. */
  readonly segment: number | null;
}

/** Tokens of a path: keys as strings, `[k]` as numbers. */
function tokens(path: string): Array<string | number> | null {
  const out: Array<string | number> = [];
  const pattern = /\.?([^.[\]]+)|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path)) !== null) out.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return pattern.lastIndex === path.length || path === '' ? out : null;
}

/** Parses an input path (the inverse of formatPath for the scenario's inputs); null when it is not one. */
export function parseInputPath(path: string): InputPath | null {
  const parts = tokens(path);
  if (parts === null || parts.length === 0 || typeof parts[0] !== 'string') return null;
  let owner: InputPath['owner'] = 'scenario';
  let index: number | null = null;
  let at = 1;
  if (parts[0] === 'stocks' && typeof parts[1] === 'number') [owner, index, at] = ['stock', parts[1], 2];
  else if (parts[0] === 'demand') [owner, index, at] = typeof parts[1] === 'number' ? ['demand', parts[1], 2] : ['demand', null, 1];
  else if (parts[0] === 'training') owner = 'training';
  else at = 0;
  const keys: string[] = [];
  let segment: number | null = null;
  for (const part of parts.slice(at)) {
    if (typeof part === 'number') {
      if (keys[keys.length - 1] !== 'growthPerYear' || segment !== null) return null;
      segment = part;
    } else keys.push(part);
  }
  return { owner, index, keys, segment };
}

/**
 * An input's path in words: `stocks[0].tokens0` → "indexed-web: tokens at start", `demand[1].growthPerYear[0].factor`
 * → "demand, compute: growth per year, segment 1" (given the models' modes; "demand model 2" without),
 * `demand` → "choice of demand model". `name` wraps a stock's name (the web isolates it for bidirectional
 * text); a path that names no input comes back as it is.
 */
export function inputWords(path: string, stockNames: readonly string[], demandModes: readonly string[] = [], name: (text: string) => string = (text) => text): string {
  if (path === 'demand') return 'choice of demand model';
  const parsed = parseInputPath(path);
  if (parsed === null || parsed.owner === 'scenario') return path;
  const { owner, index, keys, segment } = parsed;
  const mode = index === null ? undefined : demandModes[index];
  const ownerWords =
    owner === 'stock' ? name(stockNames[index as number] ?? `stocks[${index}]`)
    : owner === 'training' ? 'training'
    : index === null ? 'demand'
    : mode ? `demand, ${DEMAND_MODE_WORDS[mode] ?? mode}`
    : `demand model ${index + 1}`;
  const named = keys.filter((key) => key !== 'factor');
  const schedule = segment === null ? 0 : named.indexOf('growthPerYear') + 1;
  const head = segment === null ? named : named.slice(0, schedule);
  let words = keyWords(head.join('.')) ?? head.map((key) => keyWords(key) ?? key).join(' ');
  if (segment !== null) words = [`${words}, segment ${segment + 1}`, ...named.slice(schedule)].join(' ');
  return words ? `${ownerWords}: ${words}` : ownerWords;
}

/** The path one level up: `a.b[2].c` → `a.b[2]` → `a.b` → `a` → `` (and `` for ``). */
export function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}
