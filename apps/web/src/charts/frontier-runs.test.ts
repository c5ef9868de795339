import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontierRuns } from './frontier-runs.js';

const text = readFileSync(new URL('../../../../data/frontier-runs.csv', import.meta.url), 'utf8');

describe('frontierRuns(text)', () => {
  it('frontierRuns(text) reads every row of data/frontier-runs.csv, quoted sources and all', () => {
    const runs = frontierRuns(text);
    expect(runs).toHaveLength(text.trim().split('\n').length - 1);
    const gpt3 = runs.find((run) => run.model === 'GPT-3 175B')!;
    expect(gpt3.tokens).toBe(300e9);
    expect(gpt3.year).toBeCloseTo(2020 + 148 / 366, 6);
    expect(runs.some((run) => run.multimodal)).toBe(true);
  });
});
