// Status codes returned by the kernel's exports. The messages live in TypeScript
// (packages/sim/src/engine/kernel-status.ts), which maps each code to one line.

export const OK: i32 = 0;
/** The plan's format version is not the one this kernel reads. */
export const BAD_PLAN_VERSION: i32 = 1;
/** A distribution or step code the kernel does not know. */
export const BAD_PLAN_CODE: i32 = 2;
/** An input took more than DRAWS_PER_SAMPLE draws in one sample and would have read the next sample's stream. */
export const TOO_MANY_DRAWS: i32 = 3;
/** runBlock or sampleYears was called before a successful init. */
export const NOT_INITIALISED: i32 = 4;
