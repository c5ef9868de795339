import { FRONTIER_RUNS_TREND_CSV } from './frontier-runs-trend.js';

/**
 * Sample files the built-in presets name, by file name, as text. A preset runs anywhere (CLI, web, tests)
 * without reading files; the same files ship in the repository's data/ folder for scenarios copied from them.
 */
export const BUILT_IN_SAMPLE_FILES: Readonly<Record<string, string>> = {
  'frontier-runs-trend.csv': FRONTIER_RUNS_TREND_CSV,
};
