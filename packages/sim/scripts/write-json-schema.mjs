// Writes the scenario JSON Schema (generated from the zod schema) next to the build output.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../dist/index.js';

writeFileSync(process.argv[2], JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
