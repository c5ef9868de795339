import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRAWS_PER_SAMPLE, SampleStream, uniformFromBits } from './splitmix64.js';

/** SplitMix64 written directly with BigInt, from Vigna's splitmix64.c: the independent reference. */
function splitmixOutput(seed: bigint, position: bigint): bigint {
  const mask = (1n << 64n) - 1n;
  let z = (seed + (position + 1n) * 0x9e3779b97f4a7c15n) & mask;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  return z ^ (z >> 31n);
}

function lastAsBigInt(stream: SampleStream): bigint {
  return (BigInt(stream.last.hi) << 32n) | BigInt(stream.last.lo);
}

describe('SampleStream', () => {
  it('gives SplitMix64\'s published first outputs for seed 0', () => {
    const stream = new SampleStream(0);
    stream.startSample(0);
    const outputs: bigint[] = [];
    for (let k = 0; k < 3; k++) {
      stream.next64();
      outputs.push(lastAsBigInt(stream));
    }
    expect(outputs).toEqual([0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n, 0x06c45d188009454fn]);
  });

  it('draw k of sample i is SplitMix64 output i·2^20 + k, for any seed and sample index', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 2 ** 44 - 1 }),
        fc.integer({ min: 0, max: 40 }),
        (seed, sample, draws) => {
          const stream = new SampleStream(seed);
          stream.startSample(sample);
          for (let k = 0; k <= draws; k++) stream.next64();
          const position = BigInt(sample) * BigInt(DRAWS_PER_SAMPLE) + BigInt(draws);
          expect(lastAsBigInt(stream)).toBe(splitmixOutput(BigInt(seed), position));
        },
      ),
    );
  });

  it('draw k of input K in sample i is output i·2^20 + k of SplitMix64 started from seed + K', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 2 ** 44 - 1 }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        fc.integer({ min: 0, max: 40 }),
        (seed, sample, key, draws) => {
          const stream = new SampleStream(seed);
          stream.startSample(sample);
          // Another input's draws in between do not move this one's.
          stream.startInput({ hi: 12345, lo: 678 });
          stream.next64();
          stream.startInput({ hi: Number(key >> 32n), lo: Number(key & 0xffffffffn) });
          for (let k = 0; k <= draws; k++) stream.next64();
          const position = BigInt(sample) * BigInt(DRAWS_PER_SAMPLE) + BigInt(draws);
          expect(lastAsBigInt(stream)).toBe(splitmixOutput((BigInt(seed) + key) & ((1n << 64n) - 1n), position));
        },
      ),
    );
  });

  it('uniform() lies strictly inside (0, 1) even for the extreme bit patterns', () => {
    expect(uniformFromBits({ hi: 0, lo: 0 })).toBeGreaterThan(0);
    expect(uniformFromBits({ hi: 0xffffffff, lo: 0xffffffff })).toBeLessThan(1);
  });

  it('uniform() has the mean and variance of U(0, 1) over 1e6 draws (seed 7)', () => {
    const stream = new SampleStream(7);
    let sum = 0;
    let sumSq = 0;
    const n = 1_000_000;
    for (let i = 0; i < n; i++) {
      if (i % 1000 === 0) stream.startSample(i / 1000);
      const u = stream.uniform();
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.001);
  });
});
