// One block of samples from draws to exhaustion years, pass by pass over the block's columns: every input's
// draws (./program.ts), the copulas, the what-if overrides, each sample's demand, each stock's year. The
// passes that read the years (counts, sections) follow in ./index.ts's runBlock.

import { applyCopulas } from './copula';
import { deriveDemand } from './demand';
import { intField } from './plan-access';
import * as F from './plan-format';
import { overrideBlock } from './overrides';
import { drawBlock } from './program';
import { valuesAt } from './scenario';
import * as S from './status';
import { blockYears } from './stock-years';

/** Plan index of the copula table, 0 without correlations. */
let copulasAt: i32 = 0;

/** Reads the copula table's index (init). */
export function initSampleBlock(): void {
  copulasAt = intField(F.H_COPULAS_AT);
}

/** Samples [first, first + n) of the block into the years columns; returns a status code. */
export function sampleBlock(first: u64, n: i32): i32 {
  if (!drawBlock(first, n)) return S.TOO_MANY_DRAWS;
  const count = <usize>n;
  if (copulasAt != 0) for (let i: usize = 0; i < count; i++) applyCopulas(copulasAt, valuesAt + (i << 3));
  // What-if overrides come last, on the correlated values: fixing an input leaves its partners as they were.
  overrideBlock(count);
  deriveDemand(count);
  blockYears(count);
  return S.OK;
}
