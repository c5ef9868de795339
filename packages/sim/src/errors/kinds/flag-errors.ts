import { andList, fixedKind, kind, orList, quote } from '../error-kind.js';
import { formatNumber as n } from '../input-error.js';

const FLAG = 'the flag';

/** Errors on the command line: commands, flags and their values (and the library's run options). */
export const FLAG_ERRORS = {
  unknownCommand: kind(
    'the word given as a command',
    'unknown command; <did you mean …? | the commands are <commands>>',
    (suggestion: string | undefined, commands: readonly string[]) => `unknown command${suggestion ? `; ${suggestion}` : `; the commands are ${andList(commands)}`}`,
  ),
  unknownOption: kind('the option given', 'unknown option[; did you mean …?]', (suggestion: string | undefined) => `unknown option${suggestion ? `; ${suggestion}` : ''}`),
  needsValue: kind(FLAG, 'needs a value (<usage>)[, got the flag <flag>]', (usage: string, gotFlag?: string) => `needs a value (${usage})${gotFlag === undefined ? '' : `, got the flag ${gotFlag}`}`),
  missingArgument: kind('the command', 'needs <the shard files to merge | the scenarios to compare | the argument <name>>', (what: string) => `needs ${what}`),
  tooManyArguments: kind('the command', 'too many arguments: expected <n>, got <m>', (expected: string, got: string) => `too many arguments: expected ${expected}, got ${got}`),
  notACount: kind(
    FLAG,
    'expected a whole number[ such as 1000000, 1e6 or 1_000_000], got "<text>"',
    (text: string, example: boolean) => `expected a whole number${example ? ' such as 1000000, 1e6 or 1_000_000' : ''}, got ${quote(text)}`,
  ),
  countOutOfRange: kind(FLAG, 'must be between <min> and <max>, got <value>', (min: number, max: number, text: string) => `must be between ${n(min)} and ${n(max)}, got ${text}`),
  wholeNumberOutOfRange: kind('samples or seed (run options)', 'must be a whole number from <min> to <max>, got <value>', (min: number, max: number, value: number) => `must be a whole number from ${n(min)} to ${n(max)}, got ${value}`),
  notANumberFlag: kind(FLAG, 'must be <a positive number | a number of orders of magnitude ≥ 0>, got "<text>"', (what: string, text: string | undefined) => `must be ${what}, got ${JSON.stringify(text)}`),
  scenarioAndPreset: fixedKind('--preset', 'give either --scenario or --preset, not both'),
  tooFewScenarios: kind('compare', 'needs at least two scenarios to compare, got <n>', (count: number) => `needs at least two scenarios to compare, got ${count}`),
  outRequired: fixedKind('--out', 'is required: the CSV file to write the bootstrap draws to'),
  forceWithoutOut: kind(
    '--force',
    'allows <--out | --out or --per-sample> to replace an existing file, so it needs <--out | one of them>',
    (flags: readonly string[]) => `allows ${orList(flags)} to replace an existing file, so it needs ${flags.length === 1 ? flags[0] : 'one of them'}`,
  ),
  notWithVary: fixedKind('--explain or --trajectories', 'cannot be combined with --vary'),
  perSampleWithVary: fixedKind('--per-sample', 'writes the samples of one scenario, so it does not go with --vary'),
  perSampleIsOut: fixedKind('--per-sample', 'must name another file than --out'),
  perSampleFormat: kind('--per-sample', '"<file>" must end in .csv or .arrow (one row per sample)', (file: string) => `${quote(file)} must end in .csv or .arrow (one row per sample)`),
  outWithoutShard: fixedKind(
    '--out',
    'writes a shard\'s partial result, so it needs --shard I/N too (e.g. --shard 1/4 --out shard-1.json)',
  ),
  shardWithoutOut: fixedKind('--shard', 'needs --out FILE: the shard\'s partial result goes there, for horizon merge'),
  shardWithFormat: fixedKind('--format', 'a shard writes its partial result to --out; give --format to horizon merge instead'),
  shardSyntax: kind('--shard', 'expected I/N, shard I of N counted from 1 (e.g. 2/8), got "<text>"', (text: string) => `expected I/N, shard I of N counted from 1 (e.g. 2/8), got ${quote(text)}`),
  shardCountOutOfRange: kind('--shard', 'N must be between 1 and <limit>, got <N>', (limit: number, count: number) => `N must be between 1 and ${limit}, got ${count}`),
  shardIndexOutOfRange: kind('--shard', 'I must be between 1 and N (<N>), got <I>; shards are counted from 1', (count: number, index: number) => `I must be between 1 and N (${count}), got ${index}; shards are counted from 1`),
} as const;
