// The plan's layout: a mirror of packages/sim/src/engine/encode-plan.ts, which documents every field.
// All fields are f64; offsets are f64-indices into the plan, turned into byte addresses by `field`.

export const PLAN_FORMAT_VERSION: i32 = 4;
export const STEP_LENGTH: i32 = 10;
/** Fields of a step holding the high and low 32 bits of its stream key. */
export const STEP_KEY_HI: i32 = 8;
export const STEP_KEY_LO: i32 = 9;
export const DIST_LENGTH: i32 = 4;
export const DEMAND_LENGTH: i32 = 12;
export const STOCK_LENGTH: i32 = 4;

// Header fields.
export const H_VERSION: i32 = 0;
export const H_START_YEAR: i32 = 1;
export const H_HORIZON_YEAR: i32 = 2;
export const H_SLOT_COUNT: i32 = 3;
export const H_STEP_COUNT: i32 = 4;
export const H_STEPS_AT: i32 = 5;
export const H_DEMAND_CHOICE_SLOT: i32 = 6;
export const H_DEMAND_COUNT: i32 = 7;
export const H_DEMANDS_AT: i32 = 8;
export const H_MAX_EPOCHS_SLOT: i32 = 9;
export const H_R_STAR_SLOT: i32 = 10;
export const H_STOCK_COUNT: i32 = 11;
export const H_STOCKS_AT: i32 = 12;
export const H_BINS: i32 = 13;
export const H_LENGTH: i32 = 14;
export const H_BREAKS_AT: i32 = 15;
export const H_COPULAS_AT: i32 = 16;

export const STEP_DIST: i32 = 0;
export const STEP_ROW: i32 = 1;

export const DIST_FIXED: i32 = 0;
export const DIST_NORMAL: i32 = 1;
export const DIST_LOGNORMAL: i32 = 2;
export const DIST_UNIFORM: i32 = 3;
export const DIST_LOGUNIFORM: i32 = 4;
export const DIST_TRIANGULAR: i32 = 5;
export const DIST_MIXTURE: i32 = 6;

export const DEMAND_TREND: i32 = 0;
export const DEMAND_COMPUTE: i32 = 1;
