import { sha256Hex } from '../math/sha256.js';
import type { U64 } from './splitmix64.js';

/**
 * The stream key of an input: the first 8 bytes, read big-endian, of the SHA-256 of its canonical name in
 * UTF-8. The canonical name is the input's path with each stock named rather than numbered and each demand
 * model numbered even when there is only one (`stocks[indexed-web].tokens0`,
 * `demand[0].growthPerYear[1].factor`, model/compile-plan.ts `streamName`), so it does not change when another
 * stock or input is added, removed or reordered.
 */
export function streamKey(canonicalName: string): U64 {
  const hex = sha256Hex(new TextEncoder().encode(canonicalName));
  return { hi: parseInt(hex.slice(0, 8), 16), lo: parseInt(hex.slice(8, 16), 16) };
}
