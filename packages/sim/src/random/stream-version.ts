/**
 * Version of Horizon's random stream: which draws a (seed, sample, input) gets. Results record it (the
 * JSON's `"horizon": {"stream": …}`), and it changes whenever a change moves the draws, so two results
 * with different stream versions are not expected to share bytes.
 */
export const STREAM_VERSION = 2;
