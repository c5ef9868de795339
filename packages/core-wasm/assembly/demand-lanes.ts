// The block's samples grouped by the demand model they follow, and the inputs that only one model reads.
//
// A scenario with several demand models picks one per sample (the choice slot against the models' cumulative
// weights, as the reference's stateOf does). Grouping the block's lanes by model lets demand be derived over
// each model's lanes with no branch on the model, and, since every input draws from its own sub-stream (a
// draw's value does not depend on which other draws happened), lets a sample skip the draws of the models it
// did not pick: an input only one model reads is then drawn for that model's lanes alone. The skipped lanes
// of its column hold stale values that nothing reads (see program.ts's drawBlock and sample-block.ts).

import { BLOCK_LANES } from './block';
import { field, intField } from './plan-access';
import * as F from './plan-format';

/** The block's lanes, model by model (i32 each); model m's are laneOrderAt[modelStart(m) … + modelLanes(m)). */
export const laneOrderAt: usize = memory.data(<i32>(<usize>BLOCK_LANES << 2), 16);
/** Each lane's model (i32), between the two passes of groupLanes. */
const modelOfAt: usize = memory.data(<i32>(<usize>BLOCK_LANES << 2), 16);
/** The most demand models a plan has (SCENARIO_LIMITS.demandModels of packages/sim; init refuses more). */
export const MAX_GROUPED_MODELS: i32 = 16;
/** Per model: first index into the lane order, number of lanes (i32 each). */
const groupsAt: usize = memory.data(<i32>(MAX_GROUPED_MODELS << 3), 16);

/** Identity lane order 0, 1, …, BLOCK_LANES − 1 (init), for blocks with one demand model. */
export function initLaneOrder(): void {
  for (let i = 0; i < BLOCK_LANES; i++) store<i32>(laneOrderAt + (<usize>i << 2), i);
}

/** First index into the lane order of model `model`'s lanes. */
@inline export function modelStart(model: i32): usize {
  return <usize>load<i32>(groupsAt + (<usize>model << 3));
}

/** Number of the block's lanes that follow model `model`. */
@inline export function modelLanes(model: i32): usize {
  return <usize>load<i32>(groupsAt + (<usize>model << 3), 4);
}

/**
 * Groups the block's first `count` lanes by the model each picks: model = the number of cumulative weights
 * at or below the choice (the reference's `while (choice >= cumulativeWeight[model]) model++`: the weights
 * do not decrease, so the two agree). Every pass over a group treats each lane on its own, so the order
 * of lanes within a group is free.
 */
export function groupLanes(choices: usize, demandsAt: i32, modelCount: i32, count: usize): void {
  if (modelCount == 2) {
    // One pass: model 0's lanes fill the order from the front, model 1's from the back. Both ends of the
    // unfilled middle get the lane, and the end its model owns keeps it.
    const weight = field(demandsAt + 1);
    let front: usize = 0;
    let back = count;
    for (let i: usize = 0; i < count; i++) {
      const second = <usize>(load<f64>(choices + (i << 3)) >= weight);
      store<i32>(laneOrderAt + (front << 2), <i32>i);
      store<i32>(laneOrderAt + ((back - 1) << 2), <i32>i);
      front += 1 - second;
      back -= second;
    }
    store<i32>(groupsAt, 0);
    store<i32>(groupsAt, <i32>front, 4);
    store<i32>(groupsAt, <i32>front, 8);
    store<i32>(groupsAt, <i32>(count - front), 12);
    return;
  }
  for (let i: usize = 0; i < count; i++) store<i32>(modelOfAt + (i << 2), 0);
  for (let m = 0; m < modelCount - 1; m++) {
    const weight = field(demandsAt + m * F.DEMAND_LENGTH + 1);
    for (let i: usize = 0; i < count; i++) {
      const at = modelOfAt + (i << 2);
      store<i32>(at, load<i32>(at) + <i32>(load<f64>(choices + (i << 3)) >= weight));
    }
  }
  let next: usize = 0;
  for (let m = 0; m < modelCount; m++) {
    const first = next;
    for (let i: usize = 0; i < count; i++) {
      store<i32>(laneOrderAt + (next << 2), <i32>i);
      next += <usize>(load<i32>(modelOfAt + (i << 2)) == m);
    }
    store<i32>(groupsAt + (<usize>m << 3), <i32>first);
    store<i32>(groupsAt + (<usize>m << 3), <i32>(next - first), 4);
  }
}

/** All `count` lanes as model 0's, in order (one demand model). */
export function oneGroup(count: usize): void {
  store<i32>(groupsAt, 0);
  store<i32>(groupsAt, <i32>count, 4);
}

/** Whether a schedule at plan index `scheduleAt` has `slot` among its ln-rate slots. */
function scheduleReads(scheduleAt: i32, slot: i32): bool {
  const n = intField(scheduleAt);
  for (let k = 0; k < n; k++) if (intField(scheduleAt + n + k) == slot) return true;
  return false;
}

/** Whether demand model `model` reads `slot`. */
function modelReads(model: i32, slot: i32): bool {
  const at = intField(F.H_DEMANDS_AT) + model * F.DEMAND_LENGTH;
  if (intField(at + 2) == slot || scheduleReads(intField(at + 3), slot)) return true;
  if (intField(at) != F.DEMAND_COMPUTE) return false;
  for (let k = 4; k <= 9; k++) if (intField(at + k) == slot) return true;
  return false;
}

/**
 * The one demand model that reads `slot` when nothing else of the plan does (no other model, stock, the
 * choice, the repetition multiplier), else −1. Plans with uncertain break years or copulas, whose slots
 * other parts read too, have none.
 */
export function soleReaderOf(slot: i32): i32 {
  const modelCount = intField(F.H_DEMAND_COUNT);
  if (intField(F.H_DEMAND_CHOICE_SLOT) < 0 || modelCount > MAX_GROUPED_MODELS) return -1;
  if (intField(F.H_BREAKS_AT) != 0 || intField(F.H_COPULAS_AT) != 0) return -1;
  if (slot == intField(F.H_DEMAND_CHOICE_SLOT) || slot == intField(F.H_MAX_EPOCHS_SLOT) || slot == intField(F.H_R_STAR_SLOT)) return -1;
  const stocksAt = intField(F.H_STOCKS_AT);
  for (let s = 0; s < intField(F.H_STOCK_COUNT); s++) {
    const at = stocksAt + s * F.STOCK_LENGTH;
    if (intField(at) == slot || intField(at + 1) == slot || scheduleReads(intField(at + 2), slot)) return -1;
  }
  let reader = -1;
  for (let m = 0; m < modelCount; m++) {
    if (!modelReads(m, slot)) continue;
    if (reader >= 0) return -1;
    reader = m;
  }
  return reader;
}
