import { InputError } from '@horizon/sim';
import { escapeControl } from '@horizon/sim/internal';
import { parseArgs } from './parse-args.js';
import { sweepCommand } from './commands/sweep.js';
import { presetsCommand } from './commands/presets.js';
import { schemaCommand } from './commands/schema.js';
import { mergeCommand } from './commands/merge.js';
import { compareCommand } from './commands/compare.js';
import { fitCommand } from './commands/fit.js';
import { trendCommand } from './commands/trend.js';
import { OutputClosed } from './output-stream.js';
import { Interrupted } from './interrupted.js';
import { EXIT_FAULT, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, type CliIo } from './io.js';

/**
 * Runs one horizon command with injected IO and returns the exit code: 0 done, 2 bad input (one line on
 * stderr naming the path), 1 a fault of the program (with its stack), 130 interrupted. A closed standard
 * output (the reader has gone, as in `horizon schema | head -1`) ends the command quietly with 0.
 */
export async function run(io: CliIo): Promise<number> {
  try {
    const args = parseArgs(io.argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(args.text);
        return EXIT_OK;
      case 'sweep':
        return await sweepCommand(args.options, io);
      case 'presets':
        return presetsCommand(io, args.name);
      case 'schema':
        return schemaCommand(io);
      case 'compare':
        return await compareCommand(args.scenarios, args.options, io);
      case 'merge':
        return await mergeCommand(args.files, args.options, io);
      case 'fit':
        return await fitCommand(args.file, args.options, io);
      case 'trend':
        return trendCommand(args.file, args.options, io);
      default:
        return args satisfies never;
    }
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT_OK;
    if (error instanceof InputError) {
      io.stderr.write(oneLine(error.message) + '\n');
      return EXIT_INPUT;
    }
    if (error instanceof Interrupted) {
      io.stderr.write('horizon: interrupted\n');
      return EXIT_INTERRUPTED;
    }
    io.stderr.write(`horizon: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_FAULT;
  }
}

/**
 * A user error is one printable line, whatever text (a file name, a key, a CSV cell) it quotes: line breaks
 * become spaces and every other control character a visible escape, so no input can drive the terminal.
 */
export function oneLine(message: string): string {
  return escapeControl(message.replace(/[\r\n]+/g, ' '));
}
