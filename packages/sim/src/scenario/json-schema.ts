import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

/** The JSON Schema of a scenario file, generated from the same zod schema that validates it. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://horizon.invalid/scenario.schema.json',
    title: 'Horizon scenario',
    description: 'A Horizon scenario: demand for training tokens against stocks of human-written text (see docs/scenario.md).',
  };
}
