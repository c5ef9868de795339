/** Where the project's docs live (CITATION.cff `repository-code`). */
export const DOCS_BASE = 'https://github.com/horizon-sim/horizon/blob/main/';

/**
 * What each preset's paper published for its first stock, and how close Horizon comes (docs/presets/NAME.md,
 * where each figure is cited). The page shows the reproduced numbers live, next to these.
 */
export interface PresetNote {
  /** The published median and 80% interval, in the paper's words. */
  readonly published: string;
  /** Whether Horizon's 1e6-sample run reaches it, in a sentence. */
  readonly fidelity: string;
}

export const PRESET_NOTES: Record<string, PresetNote> = {
  default: { published: 'median 2028, 80% 2026–2032 (Villalobos et al. 2024, Fig. 1)', fidelity: 'Reproduced within a year: 2029.03 (80% 2027.32–2031.08) at 1e6 samples, seed 42.' },
  'contract-example': { published: 'none: illustrative numbers for the documentation', fidelity: 'Not a published projection.' },
  'villalobos2022-hq': { published: 'median 2024.5, 90% 2023.5–2025.7 (Villalobos et al. 2022, Table 1)', fidelity: 'Reproduced: 2024.05 (2023.15–2025.13) at 1e6 samples, seed 42.' },
  'villalobos2022-lq': { published: 'median 2032.4, 90% 2028.4–2039.2 (Villalobos et al. 2022, Table 1)', fidelity: 'Not reached: 2030.76 against 2032.4 (tolerance ±0.6 y); the docs page explains the gap.' },
  villalobos2024: { published: 'median 2028, 80% 2026–2032 (Villalobos et al. 2024, Fig. 1)', fidelity: 'Reproduced within a year: 2029.03 (80% 2027.32–2031.08) at 1e6 samples, seed 42.' },
  'villalobos2024-overtrain5x': { published: '“one year earlier”, about 2027 (Villalobos et al. 2024, §2.5, Fig. 6)', fidelity: 'Published only in words; the docs page compares.' },
  'villalobos2024-compute': { published: 'none for the compute branch alone (both branches: 2028, 2026–2032)', fidelity: 'Reproduced here: 2029.00 (80% 2027.27–2030.98) at 1e6 samples, seed 42.' },
  'villalobos2024-fitted-trend': { published: 'median 2028, 80% 2026–2032 for the paper’s typed-in trend (Villalobos et al. 2024)', fidelity: 'A variant, not a reproduction: the trend is fitted to data/frontier-runs.csv.' },
  'xue2023-palm': { published: '10.8T tokens needed > 9T available: short already (Xue et al. 2023, §1)', fidelity: 'Reproduced: already in 2023 (P(already) = 1).' },
};

/** The docs page of a preset. */
export function presetDocsUrl(name: string): string {
  return `${DOCS_BASE}docs/presets/${encodeURIComponent(name === 'default' ? 'default' : name)}.md`;
}
