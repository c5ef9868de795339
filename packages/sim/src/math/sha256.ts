import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 (FIPS 180-4) of a byte string, as 64 lowercase hex digits, by @noble/hashes (audited, no
 * dependencies, synchronous in browsers too, where the built-in crypto.subtle digest is asynchronous). It
 * checksums shard files, digests plans and keys the random streams. Tested against node:crypto.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
