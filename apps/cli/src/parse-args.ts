import { Command, CommanderError, Option } from 'commander';
import { HORIZON_VERSION, InputError } from '@horizon/sim';
import { inputError } from '@horizon/sim/internal';

/** What the command line asked for, before its values are checked. */
export type ParsedArgs =
  | { readonly command: 'sweep'; readonly options: SweepFlags }
  | { readonly command: 'merge'; readonly files: string[]; readonly options: { format?: string } }
  | { readonly command: 'compare'; readonly scenarios: string[]; readonly options: CompareFlags }
  | { readonly command: 'fit'; readonly file: string; readonly options: Record<string, string | boolean | undefined> }
  | { readonly command: 'trend'; readonly file: string; readonly options: Record<string, string | boolean | undefined> }
  | { readonly command: 'presets'; readonly name?: string }
  | { readonly command: 'schema' }
  | { readonly command: 'help'; readonly text: string };

export interface CompareFlags {
  samples?: string;
  seed?: string;
  threads?: string;
  format?: string;
  progress?: boolean;
}

export interface SweepFlags {
  scenario?: string;
  preset?: string;
  samples?: string;
  seed?: string;
  threads?: string;
  format?: string;
  shard?: string;
  out?: string;
  force?: boolean;
  perSample?: string;
  engine?: string;
  progress?: boolean;
  explain?: boolean;
  trajectories?: boolean;
  /** `--vary` axes as written, in order. */
  vary?: string[];
  allowRead?: string[];
}

/**
 * Parses argv with commander. Help and version text is returned, not printed; every usage error becomes an
 * InputError (one line, exit 2).
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let parsed: ParsedArgs | undefined;
  let helpText = '';
  const program = new Command('horizon')
    .description('When will frontier LLM training run out of human-written text? Monte-Carlo answers with distributions.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => (helpText += text), writeErr: () => {} })
    .version(HORIZON_VERSION, '-V, --version', 'print the version')
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);

  program
    .command('sweep')
    .description('run a Monte-Carlo sweep of a scenario (default: the built-in default preset)')
    .option('--scenario <file>', 'scenario JSON file')
    .option('--preset <name>', 'built-in scenario (see `horizon presets`)')
    .option('--samples <n>', 'Monte-Carlo samples: 1000000, 1e6 or 1_000_000', '1e6')
    .option('--seed <s>', 'random seed (a whole number); the default is fixed, so runs repeat', '42')
    .option('--threads <k>', 'worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)'))
    .option('--shard <i/n>', 'run the i-th of n equal shards (needs --out)')
    .option('--out <file>', 'write a mergeable partial result here (with --shard)')
    .option('--per-sample <file>', 'also write every sample\'s inputs and years to FILE.csv or FILE.arrow (Apache Arrow)')
    .option('--force', 'let --out and --per-sample replace an existing regular file')
    .addOption(new Option('--engine <engine>', 'kernel (WebAssembly) or reference (plain TypeScript)'))
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option('--explain', 'rank the inputs that drive each stock\'s exhaustion year')
    .option('--trajectories', 'add yearly demand and supply quantiles (the key "trajectories") to JSON')
    .option('--vary <path=values>', 'what-if: set (PATH=VALUES) or scale (PATH*=VALUES) one input over values: 1,2,5 or FROM..TO:N or FROM..TO:N:log; give it twice for a grid', (value: string, previous: string[] = []) => [...previous, value])
    .option('--allow-read <dir>', 'also read the scenario\'s sample files from this folder (repeatable; default: the scenario\'s folder only)', (dir: string, dirs: string[] = []) => [...dirs, dir])
    .action((options: SweepFlags) => {
      parsed = { command: 'sweep', options };
    });

  program
    .command('compare')
    .description('run scenarios with the same seed and samples and show them side by side, with each stock\'s median difference from the first')
    .argument('<scenarios...>', 'preset names or scenario files, the first the baseline (at least two)')
    .option('--samples <n>', 'Monte-Carlo samples of each scenario', '1e6')
    .option('--seed <s>', 'random seed, the same for every scenario', '42')
    .option('--threads <k>', 'worker threads (default: the number of cores)')
    .option('--format <format>', 'output format (default: table on a terminal, json otherwise)')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .action((scenarios: string[], options: CompareFlags) => {
      parsed = { command: 'compare', scenarios, options };
    });

  program
    .command('merge')
    .description('merge shard files into the result of the unsharded run')
    .argument('<files...>', 'partial results written by `sweep --shard I/N --out FILE`')
    .option('--format <format>', 'output format: table, json or csv')
    .action((files: string[], options: { format?: string }) => {
      parsed = { command: 'merge', files, options };
    });

  program
    .command('fit')
    .description('fit L(N, D) = E + A/N^alpha + B/D^beta to training runs and write bootstrap draws')
    .argument('<runs.csv>', 'CSV with columns params, tokens, loss')
    .option('--bootstrap <b>', 'bootstrap refits', '1000')
    .option('--seed <s>', 'random seed', '42')
    .option('--out <file>', 'CSV of joint draws (E,A,B,alpha,beta) for "scalingLaw": {"samples": FILE}')
    .option('--force', 'let --out replace an existing regular file')
    .option('--format <format>', 'table or json')
    .option('--max-loss <x>', 'drop runs with loss at or above this value')
    .option('--threads <k>', 'worker threads (default: the number of cores); the result does not depend on it')
    .action((file: string, options: Record<string, string | boolean | undefined>) => {
      parsed = { command: 'fit', file, options };
    });

  program
    .command('trend')
    .description('fit the growth of the largest runs\' training tokens over time and write bootstrap draws')
    .argument('<runs.csv>', 'CSV with columns date (ISO) and training_tokens')
    .option('--bootstrap <b>', 'bootstrap refits', '1000')
    .option('--seed <s>', 'random seed', '42')
    .option('--out <file>', 'CSV of joint draws (year,tokens0,growthPerYear) for "trend": {"samples": FILE}')
    .option('--force', 'let --out replace an existing regular file')
    .option('--within <oom>', 'orders of magnitude below the largest run to date that still count as "the largest"', '0.5')
    .option('--format <format>', 'table or json')
    .action((file: string, options: Record<string, string | boolean | undefined>) => {
      parsed = { command: 'trend', file, options };
    });

  program
    .command('presets')
    .description('list the built-in scenarios and scaling laws; with NAME, the sources of that preset\'s inputs')
    .argument('[name]', 'a preset whose sources to list')
    .action((name?: string) => {
      parsed = { command: 'presets', name };
    });
  program.command('schema').description('print the JSON Schema of scenario files').action(() => {
    parsed = { command: 'schema' };
  });

  if (argv.length === 0) return { command: 'help', text: program.helpInformation() };
  checkFlagValues(program, argv);
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.help') return { command: 'help', text: helpText || program.helpInformation() };
      throw usageError(error, argv, program.commands.map((c) => c.name()));
    }
    throw error;
  }
  if (!parsed) return { command: 'help', text: program.helpInformation() };
  return parsed;
}

/**
 * A flag that takes a value followed by another of the command's flags (`--samples --seed 1`) is missing its
 * value: commander would take `--seed` as the value and blame the command for the extra `1`.
 */
function checkFlagValues(program: Command, argv: readonly string[]): void {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const command = program.commands.find((c) => c.name() === name);
  if (!command) return;
  const flags = new Map(command.options.filter((o) => o.long).map((o) => [o.long!, o]));
  for (let k = 0; k + 1 < argv.length; k++) {
    const option = flags.get(argv[k]);
    if (!option || !(option.required || option.optional)) continue;
    const next = argv[k + 1];
    if (flags.has(next.split('=')[0])) throw inputError('needsValue', option.long!, option.flags, next.split('=')[0]);
    k++;
  }
}

/**
 * Commander's usage errors as Horizon's one line, `PATH: rule`, where PATH is the flag, argument or command at
 * fault, keeping commander's "Did you mean" suggestion.
 */
function usageError(error: CommanderError, argv: readonly string[], commands: readonly string[]): InputError {
  const lines = error.message.replace(/^error: /, '').split('\n');
  const suggestion = lines.slice(1).join(' ').trim().replace(/^\((.*)\)$/, '$1');
  const hint = suggestion ? `${suggestion.charAt(0).toLowerCase()}${suggestion.slice(1)}` : undefined;
  const quoted = /'([^']*)'/.exec(lines[0])?.[1] ?? '';
  const command = argv.find((arg) => !arg.startsWith('-')) ?? 'horizon';
  switch (error.code) {
    case 'commander.unknownOption':
      return inputError('unknownOption', quoted, hint);
    case 'commander.unknownCommand':
      return inputError('unknownCommand', quoted, hint, commands);
    case 'commander.optionMissingArgument':
      return inputError('needsValue', quoted.split(' ')[0], quoted);
    case 'commander.missingArgument':
      return inputError('missingArgument', command, quoted === 'files' ? 'the shard files to merge' : quoted === 'scenarios' ? 'the scenarios to compare' : `the argument ${quoted}`);
    case 'commander.excessArguments': {
      const counts = /^too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(lines[0]);
      if (counts) return inputError('tooManyArguments', command, counts[1], counts[2]);
      break;
    }
  }
  // The other codes come from checks this program never sets up (choices, argument parsers, conflicting or
  // mandatory options, executable subcommands), so reaching here is a fault: the catalogue has no words for it.
  throw new Error(`commander's ${error.code} has no wording in the error catalogue: ${lines[0]}`);
}
