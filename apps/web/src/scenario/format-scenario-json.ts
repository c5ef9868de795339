import { formatNumber } from '@horizon/sim/internal';

/** Widest line the formatter keeps an object or list on (scenario files in docs use the same style). */
const LINE_WIDTH = 96;

/**
 * Scenario JSON as a person writes it: numbers as in the scenario docs (3e12, not 3000000000000), small
 * objects such as `{"lognormal": {"p5": 1.04, "p95": 1.13}}` on one line, larger ones indented by two spaces.
 * The text parses back to the same values: formatNumber prints the shortest round-trip form.
 */
export function formatScenarioJson(value: unknown): string {
  return format(value, '') + '\n';
}

/** The same on one line without spaces, for links. */
export function compactScenarioJson(value: unknown): string {
  return inline(value, '');
}

function format(value: unknown, indent: string): string {
  const flat = inline(value);
  if (indent.length + flat.length <= LINE_WIDTH || value === null || typeof value !== 'object') return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
}

function inline(value: unknown, space = ' '): string {
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => inline(item, space)).join(`,${space}`)}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${space}${inline(item, space)}`).join(`,${space}`)}}`;
}
