import { inputWords } from '@horizon/sim/internal';
import { isolate } from './isolate.js';

/**
 * A sensitivity input's JSON path in words (packages/sim's inputWords): `stocks[0].tokens0` →
 * `indexed-web: tokens at start`, with the stock's name isolated for bidirectional text. Stock names come
 * from the scenario and are returned as text for text nodes only.
 */
export function inputLabel(path: string, stockNames: readonly string[], demandModes: readonly string[] = []): string {
  return inputWords(path, stockNames, demandModes, isolate);
}
