/** An interval of exhaustion years at a level: 80 (p10–p90) or 90 (p5–p95). */
export interface YearInterval {
  readonly level: 80 | 90;
  readonly low: number;
  readonly high: number;
}

/** What a preset's paper published and what Horizon gives, for its first stock. */
export interface PresetFigures {
  /** Where the figure is published, e.g. "Villalobos et al. 2024, Fig. 1"; empty when nothing is. */
  readonly citation: string;
  /** The stock the figure is about. */
  readonly stock: string;
  /** The published median and interval, as the paper prints them (a whole year when it gives whole years). */
  readonly published: { readonly median?: number; readonly interval?: YearInterval; readonly words?: string };
  /**
   * The paper prints whole years ("2028"), which name a date within the year: the tests compare with its
   * middle (2028.5).
   */
  readonly wholeYears?: boolean;
  /** How far the median may lie from the published one (years); the interval's ends may lie 1.5 years off. */
  readonly medianTolerance?: number;
  /** Horizon's figure at 1e6 samples, seed 42 (docs/presets/NAME.md's result table). */
  readonly reproduced?: { readonly median: number; readonly interval?: YearInterval; readonly already?: boolean };
  /**
   * `reproduced`: within the tolerance; `gap`: faithful inputs miss it (the docs page explains); `words`: the
   * paper states it only in words; `variant`: a change to a published scenario, no figure of its own;
   * `illustrative`: not a published projection.
   */
  readonly verdict: 'reproduced' | 'gap' | 'words' | 'variant' | 'illustrative';
  /** A sentence the card adds to the verdict. */
  readonly note?: string;
  /** The page that builds the preset input by input, relative to the repository. */
  readonly docsPage: string;
}

/** Tolerance of a reproduced interval's ends, in years. */
export const INTERVAL_END_TOLERANCE = 1.5;

/** Samples and seed of the `reproduced` figures. */
export const REPRODUCED_AT = { samples: 1_000_000, seed: 42 } as const;

const V24: PresetFigures['published'] = { median: 2028, interval: { level: 80, low: 2026, high: 2032 } };
const V24_REPRODUCED: PresetFigures['reproduced'] = { median: 2029.03, interval: { level: 80, low: 2027.32, high: 2031.08 } };

/**
 * Each preset's published figure and Horizon's, in one place: the web app's preset card shows them, the
 * preset tests compare runs with them, and a test checks docs/presets/NAME.md's result table against them.
 */
export const PRESET_FIGURES: Readonly<Record<string, PresetFigures>> = {
  default: { citation: 'Villalobos et al. 2024, Fig. 1', stock: 'indexed-web', published: V24, wholeYears: true, medianTolerance: 1, reproduced: V24_REPRODUCED, verdict: 'reproduced', docsPage: 'docs/presets/default.md' },
  'contract-example': { citation: '', stock: 'indexed-web', published: { words: 'none: illustrative numbers for the documentation' }, verdict: 'illustrative', docsPage: 'docs/scenario.md' },
  'villalobos2022-hq': {
    citation: 'Villalobos et al. 2022, Table 1',
    stock: 'high-quality',
    published: { median: 2024.5, interval: { level: 90, low: 2023.5, high: 2025.7 } },
    medianTolerance: 0.6,
    reproduced: { median: 2024.05, interval: { level: 90, low: 2023.15, high: 2025.13 } },
    verdict: 'reproduced',
    docsPage: 'docs/presets/villalobos2022-hq.md',
  },
  'villalobos2022-lq': {
    citation: 'Villalobos et al. 2022, Table 1',
    stock: 'low-quality',
    published: { median: 2032.4, interval: { level: 90, low: 2028.4, high: 2039.2 } },
    medianTolerance: 0.6,
    reproduced: { median: 2030.75, interval: { level: 90, low: 2027.21, high: 2037.69 } },
    verdict: 'gap',
    note: 'The published code’s own inputs give the same date; the docs page explains the gap.',
    docsPage: 'docs/presets/villalobos2022-lq.md',
  },
  villalobos2024: { citation: 'Villalobos et al. 2024, Fig. 1', stock: 'indexed-web', published: V24, wholeYears: true, medianTolerance: 1, reproduced: V24_REPRODUCED, verdict: 'reproduced', docsPage: 'docs/presets/villalobos2024.md' },
  'villalobos2024-overtrain5x': {
    citation: 'Villalobos et al. 2024, §2.5, Fig. 6',
    stock: 'indexed-web',
    published: { median: 2027, words: '“one year earlier”, about 2027' },
    wholeYears: true,
    medianTolerance: 1,
    reproduced: { median: 2028.45, interval: { level: 80, low: 2026.6, high: 2030.61 } },
    verdict: 'words',
    docsPage: 'docs/presets/villalobos2024-overtrain5x.md',
  },
  'villalobos2024-compute': {
    citation: 'Villalobos et al. 2024, Fig. 1',
    stock: 'indexed-web',
    published: { ...V24, words: 'none for the compute branch alone; both branches: 2028, 80% 2026–2032' },
    wholeYears: true,
    medianTolerance: 1,
    reproduced: { median: 2029.0, interval: { level: 80, low: 2027.27, high: 2030.98 } },
    verdict: 'gap',
    note: 'Its 80% interval is narrower than the headline of both branches: a compute-only projection has no historical trend to widen it.',
    docsPage: 'docs/presets/villalobos2024-compute.md',
  },
  'villalobos2024-fitted-trend': {
    citation: 'Villalobos et al. 2024, Fig. 1',
    stock: 'indexed-web',
    published: { ...V24, words: 'median 2028, 80% 2026–2032 for the paper’s typed-in trend' },
    wholeYears: true,
    reproduced: { median: 2028.47, interval: { level: 80, low: 2027.07, high: 2030.35 } },
    verdict: 'variant',
    note: 'The trend is fitted to data/frontier-runs.csv.',
    docsPage: 'docs/presets/villalobos2024-fitted-trend.md',
  },
  'xue2023-palm': {
    citation: 'Xue et al. 2023, §1',
    stock: 'high-quality',
    published: { words: '10.8T needed > 9T available: short already' },
    reproduced: { median: 2023, already: true },
    verdict: 'reproduced',
    docsPage: 'docs/presets/xue2023-palm.md',
  },
};
