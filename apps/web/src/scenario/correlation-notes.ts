/**
 * The scenario's `"correlations"` as notes for the form: for each input path (`stocks[0].tokens0`, as both
 * the correlations and the form's fields name inputs) the other inputs it is rank-correlated with.
 */
export function correlationNotes(json: Record<string, unknown>): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  if (!Array.isArray(json.correlations)) return notes;
  for (const entry of json.correlations) {
    if (!isRecord(entry) || !Array.isArray(entry.between) || entry.between.length !== 2 || typeof entry.rank !== 'number') continue;
    const [a, b] = entry.between;
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    const add = (path: string, other: string) => {
      notes.set(path, [...(notes.get(path) ?? []), `${other} (Spearman ${entry.rank})`]);
    };
    add(a, b);
    add(b, a);
  }
  return notes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
