/** The key under which the page keeps its last scenario, seed and samples between visits. */
const STORAGE_KEY = 'horizon.last-scenario.v1';

export interface SavedState {
  readonly scenarioText: string;
  readonly seed: number;
  readonly samples: number;
}

/** The state kept from the last visit, or undefined (nothing kept, storage blocked, or unreadable). */
export function loadSavedState(): SavedState | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw === null) return undefined;
    const value = JSON.parse(raw) as Partial<SavedState>;
    if (typeof value.scenarioText !== 'string' || !Number.isSafeInteger(value.seed) || !Number.isSafeInteger(value.samples)) return undefined;
    return value as SavedState;
  } catch {
    return undefined;
  }
}

export function saveState(state: SavedState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage can be full or blocked (private windows); the page still works, it just forgets.
  }
}
