/**
 * The scenario's `"correlations"` as notes for the form: for each input path (written with stock indices, as
 * the form names fields) the other inputs it is rank-correlated with. A stock named in a path
 * (`stocks[indexed-web].tokens0`) is read as its index, so either spelling finds the field.
 */
export function correlationNotes(json: Record<string, unknown>): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  if (!Array.isArray(json.correlations)) return notes;
  const stockNames = Array.isArray(json.stocks) ? json.stocks.map((stock) => (isRecord(stock) && typeof stock.name === 'string' ? stock.name : undefined)) : [];
  const byIndex = (path: string) =>
    path.replace(/^stocks\[([^\]]*)\]/, (whole, inside: string) => {
      if (/^\d+$/.test(inside)) return whole;
      const k = stockNames.indexOf(inside);
      return k < 0 ? whole : `stocks[${k}]`;
    });
  for (const entry of json.correlations) {
    if (!isRecord(entry) || !Array.isArray(entry.between) || entry.between.length !== 2 || typeof entry.rank !== 'number') continue;
    const [a, b] = entry.between;
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    const add = (path: string, other: string) => {
      const key = byIndex(path);
      notes.set(key, [...(notes.get(key) ?? []), `${other} (Spearman ${entry.rank})`]);
    };
    add(a, b);
    add(b, a);
  }
  return notes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
