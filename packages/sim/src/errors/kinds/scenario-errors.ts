import { fixedKind, kind, orList, quote } from '../error-kind.js';
import { formatNumber as n, quoteExcerpt } from '../input-error.js';

const PATH = 'the JSON path of the value';

/** Errors in a scenario's shape: what the schema and the validator's structural rules refuse. */
export const SCENARIO_ERRORS = {
  unknownKey: kind(PATH, 'unknown key "<key>"', (key: string) => `unknown key ${quote(key)}`),
  required: kind(PATH, 'is required (<a number | a string | an object | a list>)', (expected: string) => `is required (${expected})`),
  wrongType: kind(PATH, 'expected <what the value may be>, got <the value>', (expected: string, got: string) => `expected ${expected}, got ${got}`),
  notInList: kind(PATH, 'must be one of <"a", "b", …>, got <the value>', (values: readonly unknown[], got: string) => `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`),
  notAChoice: kind(
    'the JSON path, flag or link parameter',
    'must be <a, b or c>, got <the value>',
    (choices: readonly string[], got: string) => `must be ${orList(choices)}, got ${got}`,
  ),
  distKindCount: kind(
    'the distribution\'s path',
    'a distribution has exactly one kind (<kinds>), got <none | its keys>',
    (kinds: readonly string[], keys: readonly string[]) => `a distribution has exactly one kind (${orList(kinds)}), got ${keys.length === 0 ? 'none' : keys.map(quote).join(', ')}`,
  ),
  unknownDist: kind('the distribution\'s path', 'unknown distribution "<key>"; use <kinds>', (key: string, kinds: readonly string[]) => `unknown distribution ${quote(key)}; use ${orList(kinds)}`),
  listLength: kind(PATH, 'must hold <at least | at most> <n> items, got <count>', (bound: 'at least' | 'at most', limit: number, got: number | string) => `must hold ${bound} ${limit} items, got ${got}`),
  emptyName: fixedKind('the name\'s path', 'must not be empty'),
  nameTooLong: kind('the path of a name or source', 'must be at most <limit> characters, got <length>', (limit: number, got: number | string) => `must be at most ${limit} characters, got ${got}`),
  unprintableName: kind('the name\'s path', 'must be one line of printable text, got "<name>"', (name: string) => `must be one line of printable text, got ${quoteExcerpt(name)}`),
  duplicateName: kind('stocks[i].name', '"<name>" is already the name of another stock; names must be unique', (name: string) => `${quoteExcerpt(name)} is already the name of another stock; names must be unique`),
  notWholeYear: kind('startYear or horizonYear', 'must be a whole year, got <year>', (year: number) => `must be a whole year, got ${n(year)}`),
  yearOutOfRange: kind('startYear or horizonYear', 'must lie in [<first>, <last>], got <year>', (first: number, last: number, year: number) => `must lie in [${first}, ${last}], got ${n(year)}`),
  horizonBeforeStart: kind('horizonYear', '(<horizonYear>) must be after startYear (<startYear>)', (horizonYear: number, startYear: number) => `(${horizonYear}) must be after startYear (${startYear})`),
  horizonTooFar: kind('horizonYear', 'spans <n> years from startYear; at most <limit> are allowed', (years: number, limit: number) => `spans ${years} years from startYear; at most ${limit} are allowed`),
  needsOne: kind('demand, stocks or the mixture', 'needs at least one <demand model | stock | component>', (what: string) => `needs at least one ${what}`),
  tooMany: kind(
    'demand, stocks, the schedule or the mixture',
    'has <n> <models | stocks | segments | components>; at most <limit> are allowed',
    (count: number, what: string, limit: number) => `has ${count} ${what}; at most ${limit} are allowed`,
  ),
  tooManyDraws: kind(
    'the scenario (its file)',
    'needs about <n> random draws per sample, more than the <limit> allowed: its truncated normals keep little of their mass inside their ranges; narrow them or use bounded distributions',
    (about: string, limit: number) => `needs about ${about} random draws per sample, more than the ${limit.toLocaleString('en-US')} allowed: its truncated normals keep little of their mass inside their ranges; narrow them or use bounded distributions`,
  ),
  weightRequired: fixedKind('demand[i].weight', 'is required for each model in a list of demand models'),
  notAboveZero: kind('a weight', 'must be above 0, got <value>', (value: number) => `must be above 0, got ${n(value)}`),
  weightsOverflow: kind(
    'the demand list or the mixture',
    '<the weights> add up to more than the largest number; scale them down (only their ratios matter)',
    (subject: string) => `${subject} add up to more than the largest number; scale them down (only their ratios matter)`,
  ),
  trendWithInputs: fixedKind('the demand model\'s tokens0 or growthPerYear', 'cannot be given with "trend", whose samples hold both tokens0 and growthPerYear'),
  trendInputRequired: fixedKind(
    'the demand model\'s tokens0 or growthPerYear',
    'is required (or give "trend": {"samples": FILE} instead of tokens0 and growthPerYear)',
  ),
  noSamplesFile: fixedKind('trend.samples or scalingLaw.samples', 'must name a CSV file'),
  samplesNeedFile: kind(
    'trend.samples or scalingLaw.samples',
    '<scaling-law | trend> samples files can only be read from a scenario file',
    (what: string) => `${what} samples files can only be read from a scenario file`,
  ),
  unknownPreset: kind(
    'the flag or key that names the preset (--preset, presets, scalingLaw, link.preset)',
    'unknown preset "<name>"; known: <presets>',
    (name: string, known: readonly string[]) => `unknown preset ${quote(name)}; known: ${known.join(', ')}`,
  ),
  emptySchedule: fixedKind('growthPerYear', 'a growth schedule needs at least one segment'),
  lastUntil: fixedKind('growthPerYear[i].until', 'the last segment has no "until": it runs to the horizon'),
  untilRequired: fixedKind('growthPerYear[i].until', 'is required on every segment but the last'),
  untilOrder: kind(
    'growthPerYear[i].until',
    '(<year or [low, high]>) must be after the previous segment\'s until (<year or [low, high]>)[; uncertain break years\' ranges must not overlap]',
    (until: string, previous: string, uncertain: boolean) => `(${until}) must be after the previous segment's until (${previous})${uncertain ? '; uncertain break years\' ranges must not overlap' : ''}`,
  ),
} as const;
