/** One `"source"` in a scenario: the JSON path of what it describes ("" for the scenario) and its text. */
export interface SourceEntry {
  readonly path: string;
  readonly source: string;
}

/**
 * Every `"source"` string in a scenario, in document order, with the path of the object that carries it
 * (`stocks[0].tokens0`, `demand[1]`, or "" for the scenario itself). Works on any decoded JSON value.
 */
export function scenarioSources(scenario: unknown): SourceEntry[] {
  const out: SourceEntry[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, k) => walk(item, `${path}[${k}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'source' && typeof item === 'string') out.push({ path, source: item });
        else walk(item, path === '' ? key : `${path}.${key}`);
      }
    }
  };
  walk(scenario, '');
  return out;
}
