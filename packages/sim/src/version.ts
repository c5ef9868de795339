import { STREAM_VERSION } from './random/stream-version.js';

/**
 * Horizon's version, as every package.json of the repository states it (a test keeps them equal). Results
 * record it (the JSON's `"horizon": {"version": …}`) and `horizon --version` prints it.
 */
export const HORIZON_VERSION = '0.1.0';

/** Which Horizon computed a result: its version and the version of its random stream. */
export interface HorizonVersion {
  /** The product's version, "X.Y.Z". */
  readonly version: string;
  /** The random stream's version (`STREAM_VERSION`): which draws a (seed, sample, input) gets. */
  readonly stream: number;
}

/** This build of Horizon. */
export const THIS_HORIZON: HorizonVersion = Object.freeze({ version: HORIZON_VERSION, stream: STREAM_VERSION });
