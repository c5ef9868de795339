// One block of samples from draws to exhaustion years, pass by pass over the block's columns: every input's
// draws (./program.ts), the copulas, the what-if overrides, each sample's demand, each stock's year. The
// passes that read the years (counts, sections) follow in ./index.ts's runBlock.

import { applyCopulas } from './copula';
import { choiceFollowsDraws, deriveDemand, groupByModel } from './demand';
import { demandYearsApply, deriveDemandYears } from './demand-years';
import { intField } from './plan-access';
import * as F from './plan-format';
import { overrideBlock } from './overrides';
import { drawBlock, drawSoleReaders } from './program';
import { valuesAt } from './scenario';
import * as S from './status';
import { blockYears } from './stock-years';

/** Plan index of the copula table, 0 without correlations. */
let copulasAt: i32 = 0;

/** Reads the copula table's index (init). */
export function initSampleBlock(): void {
  copulasAt = intField(F.H_COPULAS_AT);
}

/**
 * The inputs of samples [first, first + n) drawn into the value columns (drawBlock, with `skipSoleReaders`),
 * then the copulas applied: the reference's drawInputs. False past the draw budget.
 */
export function drawCorrelated(first: u64, n: i32, skipSoleReaders: bool = false): bool {
  if (!drawBlock(first, n, skipSoleReaders)) return false;
  if (copulasAt != 0) for (let i: usize = 0; i < <usize>n; i++) applyCopulas(copulasAt, valuesAt + (i << 3));
  return true;
}

/**
 * Samples [first, first + n) of the block into the years columns; returns a status code. With
 * `skipUnpicked`, the inputs that only one demand model reads are drawn only for the samples that picked
 * that model (./demand-lanes.ts), so their columns hold stale values in the other lanes: for passes that
 * read only the years, not the inputs.
 */
export function sampleBlock(first: u64, n: i32, skipUnpicked: bool = false): i32 {
  const count = <usize>n;
  // The choice must be final after the draws (no override sets it); copulas leave no input to one model.
  const skip = skipUnpicked && choiceFollowsDraws();
  if (!drawCorrelated(first, n, skip)) return S.TOO_MANY_DRAWS;
  if (skip) {
    groupByModel(count);
    if (!drawSoleReaders(first)) return S.TOO_MANY_DRAWS;
  }
  // What-if overrides come last, on the correlated values: fixing an input leaves its partners as they were.
  overrideBlock(count);
  // Grouped above when skipping: no override sets the choice, so the groups stand.
  if (demandYearsApply()) {
    deriveDemandYears(count, skip);
  } else {
    deriveDemand(count, skip);
    blockYears(count);
  }
  return S.OK;
}
