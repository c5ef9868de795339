import { z } from 'zod';
import * as schemas from './schema.js';

/**
 * The named definitions (`$defs`) of the JSON Schema: every part used in more than one place is written once
 * and referenced, so the schema stays about 12 KB instead of repeating the distribution schema at every input.
 */
const DEFINITIONS: ReadonlyArray<[z.ZodType, string]> = [
  [schemas.DistSchema, 'Dist'],
  [schemas.NormalSchema, 'Normal'],
  [schemas.LognormalSchema, 'Lognormal'],
  [schemas.UniformSchema, 'Uniform'],
  [schemas.LoguniformSchema, 'Loguniform'],
  [schemas.TriangularSchema, 'Triangular'],
  [schemas.MixtureComponentSchema, 'MixtureComponent'],
  [schemas.SourceSchema, 'Source'],
  [schemas.GrowthSchema, 'Growth'],
  [schemas.GrowthSegmentSchema, 'GrowthSegment'],
  [schemas.ScalingLawSchema, 'ScalingLaw'],
  [schemas.ScalingLawSamplesSchema, 'ScalingLawSamples'],
  [schemas.DemandModelSchema, 'DemandModel'],
  [schemas.TrendDemandSchema, 'TrendDemand'],
  [schemas.ComputeDemandSchema, 'ComputeDemand'],
  [schemas.StockSchema, 'Stock'],
  [schemas.TrainingSchema, 'Training'],
];

/** The JSON Schema of a scenario file, generated from the same zod schema that validates it. */
export function scenarioJsonSchema(): Record<string, unknown> {
  // The descriptions live in zod's global registry; the names are added on top. toJSONSchema only calls the
  // registry's `get`, so a view over both is enough.
  const names = new Map<z.ZodType, string>(DEFINITIONS);
  const metadata = { get: (schema: z.ZodType) => ({ ...z.globalRegistry.get(schema), ...(names.has(schema) ? { id: names.get(schema) } : {}) }) } as unknown as typeof z.globalRegistry;
  const schema = z.toJSONSchema(schemas.ScenarioSchema, { target: 'draft-2020-12', unrepresentable: 'any', reused: 'ref', metadata }) as JsonObject;
  return {
    ...tidyDefinitions(schema),
    $id: 'https://horizon.invalid/scenario.schema.json',
    title: 'Horizon scenario',
    description: 'A Horizon scenario: demand for training tokens against stocks of human-written text (see docs/scenario.md).',
  };
}

type JsonObject = Record<string, unknown>;
const REF = '#/$defs/';

/**
 * zod names the parts it shares but that have no name of ours `__schemaN`, and shares even a bare
 * `{"type": "number"}`. This writes such parts back in place when they are trivial (no properties, no
 * alternatives) or used once, and names a distribution kind's object after its kind (`LognormalDist`), so
 * `$defs` reads as a glossary.
 */
function tidyDefinitions(schema: JsonObject): JsonObject {
  const definitions = (schema.$defs ?? {}) as Record<string, JsonObject>;
  const rename = new Map<string, string>();
  const inline = new Map<string, JsonObject>();
  const uses = JSON.stringify(schema).match(/"#\/\$defs\/[^"]+"/g) ?? [];
  for (const [name, definition] of Object.entries(definitions)) {
    if (!name.startsWith('__schema')) continue;
    const trivial = !('properties' in definition || 'anyOf' in definition || 'oneOf' in definition);
    if (trivial || uses.filter((use) => use === `"${REF}${name}"`).length <= 1) inline.set(name, definition);
    else rename.set(name, nameOf(definition) ?? name);
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    const object = value as JsonObject;
    const target = typeof object.$ref === 'string' && object.$ref.startsWith(REF) ? object.$ref.slice(REF.length) : undefined;
    if (target !== undefined && inline.has(target)) return rewrite({ ...inline.get(target), ...withoutRef(object) });
    const out: JsonObject = {};
    for (const [key, inner] of Object.entries(object)) out[key] = key === '$ref' && target !== undefined ? REF + (rename.get(target) ?? target) : rewrite(inner);
    return out;
  };
  const tidy: JsonObject = {};
  for (const [name, definition] of Object.entries(definitions)) if (!inline.has(name)) tidy[rename.get(name) ?? name] = rewrite(definition);
  return { ...(rewrite({ ...schema, $defs: undefined }) as JsonObject), $defs: tidy };
}

function withoutRef(object: JsonObject): JsonObject {
  const { $ref: _ref, ...rest } = object;
  return rest;
}

/** `{"lognormal": …, "source"?}` is a LognormalDist. */
function nameOf(definition: JsonObject): string | undefined {
  const required = definition.required as string[] | undefined;
  if (required?.length === 1 && (schemas.DIST_KINDS as readonly string[]).includes(required[0])) return `${required[0].charAt(0).toUpperCase()}${required[0].slice(1)}Dist`;
  return undefined;
}
