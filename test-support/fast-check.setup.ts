import fc from 'fast-check';

/**
 * Property tests run on a fixed seed, so `npm test` and CI check the same cases every time and a failure
 * replays exactly. Explore other cases by hand with HORIZON_FC_SEED=<n> (and HORIZON_FC_RUNS=<n> for more
 * runs per property); a failure prints its seed and path for `fc.assert`'s replay.
 */
fc.configureGlobal({
  seed: process.env.HORIZON_FC_SEED === undefined ? 20261124 : Number(process.env.HORIZON_FC_SEED),
  ...(process.env.HORIZON_FC_RUNS === undefined ? {} : { numRuns: Number(process.env.HORIZON_FC_RUNS) }),
});
