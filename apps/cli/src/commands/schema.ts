import { scenarioJsonSchema } from '@horizon/sim';
import { EXIT_OK, type CliIo } from '../io.js';

/** `horizon schema`: the scenario file's JSON Schema, for editors (`"$schema"` in a scenario). */
export function schemaCommand(io: CliIo): number {
  io.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  return EXIT_OK;
}
