// @horizon/sim's public API (docs/api.md): what a program needs to validate a scenario, run a sweep or a
// what-if, read and merge results and shard files, and read the presets. Named re-exports only; the CLI and
// the web app reach the rest through `@horizon/sim/internal` (internal.ts), which is not a stable interface.

// Scenarios
export { parseJson } from './scenario/parse-json.js';
export { validateScenario, SCENARIO_LIMITS } from './scenario/validate-scenario.js';
export { scenarioJsonSchema } from './scenario/json-schema.js';
export type { Scenario, DemandModel, TrendDemand, ComputeDemand, Stock, Growth, Correlation, ScalingLaw, Dist } from './scenario/schema.js';
export { InputError } from './errors/input-error.js';
export { SCENARIO_PRESETS, DEFAULT_PRESET, presetSummary } from './presets/presets.js';

// Running a sweep or a what-if
export { sweepScenario } from './api/sweep-scenario.js';
export { varyScenario } from './api/vary-scenario.js';
export type { RunOptions } from './api/run-options.js';
export { compileWasmModule, compileWasmModuleSync, type WasmModule } from './engine/wasm-api.js';
export { compilePlan, type CompileOptions } from './model/compile-plan.js';
export type { Plan } from './model/plan.js';
export { type Engine, BLOCK_SIZE } from './engine/engine.js';
export { KernelEngine, type KernelEngineOptions } from './engine/kernel-engine.js';
export { ReferenceEngine } from './engine/reference-engine.js';
export { runSweep } from './engine/run-sweep.js';
export { runPooledSweep, type PooledSweepOptions } from './workers/run-pooled-sweep.js';
export { sweepWorkerUrl } from './workers/sweep-worker-url.js';

// Results
export { sweepResult, QUANTILE_LEVELS, type SweepResult, type StockResult, type QuantileKey } from './report/sweep-result.js';
export { formatResultJson } from './report/result-json.js';
export { formatResultCsv } from './report/result-csv.js';
export { formatVaryCsv, type VaryResult, type VaryPointResult } from './report/vary-result.js';
export { mergeSummary, type SweepSummary, type SummarySections } from './summary/sweep-summary.js';
export { perSampleTable, type PerSampleTable } from './report/per-sample-table.js';

// Shard files: one run split over machines, merged back to the same bytes
export { shardRange, type SampleRange } from './shards/shard-range.js';
export { encodeShardFile, decodeShardFile, type ShardFile } from './shards/shard-file.js';
export { mergeShardFiles, createShardMerge, type ShardMerge, type NamedShard, type MergedShards } from './shards/shard-file-set.js';

// Versions a result records
export { HORIZON_VERSION, type HorizonVersion } from './version.js';
export { STREAM_VERSION } from './random/stream-version.js';
