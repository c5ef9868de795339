import { isolate } from './isolate.js';

/** Demand models named by what they are. */
const MODE_WORDS: Record<string, string> = { trend: 'historical trend', compute: 'compute' };

/** Words for the scenario's keys, as the form labels them. */
const KEY_WORDS: Record<string, string> = {
  tokens0: 'tokens at start',
  flops0: 'compute at start',
  growthPerYear: 'growth per year',
  usableFraction: 'usable fraction',
  maxEpochs: 'max epochs',
  rStar: 'r*',
  overtraining: 'overtraining',
  factor: 'factor',
  scalingLaw: 'scaling law',
};

/**
 * A sensitivity input's JSON path in words: `stocks[0].tokens0` → `indexed-web: tokens at start`,
 * `demand[1].growthPerYear[0].factor` → `demand, compute: growth per year, segment 1` (given the models' modes), `demand` → `choice of
 * demand model`. Stock names come from the scenario and are returned as text for text nodes only.
 */
export function inputLabel(path: string, stockNames: readonly string[], demandModes: readonly string[] = []): string {
  if (path === 'demand') return 'choice of demand model';
  const match = /^(stocks\[(\d+)\]|demand(?:\[(\d+)\])?|training)\.?(.*)$/.exec(path);
  if (!match) return path;
  const [, head, stock, model, rest] = match;
  const modelWords = (index: number) => (demandModes[index] ? `demand, ${MODE_WORDS[demandModes[index]] ?? demandModes[index]}` : `demand model ${index + 1}`);
  const owner = stock !== undefined ? isolate(stockNames[Number(stock)] ?? head) : head === 'training' ? 'training' : model !== undefined ? modelWords(Number(model)) : 'demand';
  const words = rest
    .split('.')
    .filter(Boolean)
    .map((part) => {
      const segment = /^(\w+)\[(\d+)\]$/.exec(part);
      if (segment) return `${KEY_WORDS[segment[1]] ?? segment[1]}, segment ${Number(segment[2]) + 1}`;
      return KEY_WORDS[part] ?? part;
    })
    .filter((word) => word !== 'factor');
  return words.length ? `${owner}: ${words.join(' ')}` : owner;
}
