import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import type { Plan } from '../model/plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { shardRange } from './shard-range.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { sensitivityInputs } from '../summary/sensitivity-accumulator.js';
import { createSummary, type SweepSummary } from '../summary/sweep-summary.js';
import { decodeShardFile, encodeShardFile } from './shard-file.js';

/**
 * Forged shards: the checksum guards integrity, not origin, so anyone can write a file whose checksum
 * matches. encodeShardFile is that forger here: each case alters a real shard's plan or summary and writes
 * it with a fresh checksum, and decodeShardFile must refuse it, naming the part at fault.
 */
const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const samples = 5000;
const range = shardRange(samples, 2, 2);

function realSummary(): SweepSummary {
  const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length, { trajectories: true, sensitivityInputs: sensitivityInputs(plan) });
  new ReferenceEngine(plan, 3).runBlock(range.first, range.end - range.first, summary);
  return summary;
}

function forged(alterPlan: (p: any) => void, alterSummary: (s: any) => void = () => {}): () => unknown {
  const p = structuredClone(plan) as any;
  const s = structuredClone(realSummary()) as any;
  alterPlan(p);
  alterSummary(s);
  const text = encodeShardFile(p as Plan, 3, samples, { index: 2, count: 2 }, s as SweepSummary);
  return () => decodeShardFile(new TextEncoder().encode(text), 'forged.json');
}

describe('forged shard files', () => {
  it('a real shard with every section is accepted', () => {
    expect(forged(() => {})()).toMatchObject({ scenario: 'contract-example' });
  });

  it.each<[string, (p: any) => void, (s: any) => void, RegExp]>([
    ['escape codes in the scenario name', (p) => (p.name = 'x\u001b]0;owned\u0007'), () => {}, /plan\.name: expected one line of printable text/],
    ['escape codes in a stock name', (p) => (p.stocks[0].name = '\u009b2J'), () => {}, /plan\.stocks\[0\]\.name: expected one line/],
    ['a duplicate stock name', (p) => (p.stocks[1].name = p.stocks[0].name), () => {}, /plan\.stocks\[1\]\.name: repeats the name of another stock/],
    ['a year like 9,000,000', (p) => (p.horizonYear = 9_000_000), (s) => (s.horizonYear = 9_000_000), /plan: expected whole years in \[1900, 3000\]/],
    ['more stocks than any scenario has', (p) => (p.stocks = Array.from({ length: 65 }, (_, k) => ({ ...p.stocks[0], name: `s${k}` }))), () => {}, /plan\.stocks: expected a list of 1 to 64 stocks/],
    ['a NaN in a trajectory record', () => {}, (s) => (s.trajectories.data[1] = NaN), /summary\.trajectories\.data: expected finite values/],
    ['a demand model index out of range', () => {}, (s) => (s.trajectories.data[0] = 7), /summary\.trajectories\.data: expected each record to start with a demand model index/],
    ['a segment count past the plan\'s schedules', () => {}, (s) => (s.trajectories.data[3] = 1e9), /summary\.trajectories\.data: expected a segment count/],
    ['a forged number of recorded samples', () => {}, (s) => (s.trajectories.recorded += 1), /summary\.trajectories\.recorded: expected/],
    ['a demand list that is not a list', (p) => (p.demand = 'x'), () => {}, /plan\.demand: expected a list of 1 to 16 demand models/],
    ['a negative sensitivity count', () => {}, (s) => ((s.sensitivity.count[0] = -1)), /summary\.sensitivity\.count/],
    ['a NaN sensitivity sum', () => {}, (s) => (s.sensitivity.sumQ[0] = NaN), /summary\.sensitivity\.sumQ: expected sums that are whole numbers/],
    ['a fractional sensitivity sum', () => {}, (s) => (s.sensitivity.sumQ[1] = 0.5), /summary\.sensitivity\.sumQ: expected sums that are whole numbers/],
    ['a sum past what its count allows', () => {}, (s) => (s.sensitivity.sumQ[0] += 1), /summary\.sensitivity\.sumQ: a sum is larger than its count allows/],
    ['never above count', () => {}, (s) => (s.sensitivity.never[0] = s.sensitivity.count[0] + 1), /summary\.sensitivity\.count: expected whole counts ≥ 0, never at most count/],
    ['an input path with escape codes', () => {}, (s) => (s.sensitivity.inputs[0].path = '\u001b[2J'), /summary\.sensitivity\.inputs\[0\]\.path/],
  ])('refuses %s', (_, alterPlan, alterSummary, message) => {
    expect(forged(alterPlan, alterSummary)).toThrow(message);
  });
});
