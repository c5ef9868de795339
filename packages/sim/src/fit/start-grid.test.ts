import { describe, expect, it } from 'vitest';
import { PUBLISHED_START_GRID, REDUCED_START_GRID, startGrid } from './start-grid.js';

describe('startGrid', () => {
  it('startGrid(PUBLISHED_START_GRID) has the 4,500 distinct starts of the published grid', () => {
    const starts = startGrid(PUBLISHED_START_GRID);
    expect(starts).toHaveLength(4500);
    expect(new Set(starts.map((s) => Array.from(s).join(','))).size).toBe(4500);
    expect(PUBLISHED_START_GRID.alpha).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(PUBLISHED_START_GRID.e).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(PUBLISHED_START_GRID.a).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('startGrid lists starts as [a, b, e, alpha, beta] with b varying fastest', () => {
    const starts = startGrid(PUBLISHED_START_GRID);
    expect(Array.from(starts[0])).toEqual([0, 0, -1, 0, 0]);
    expect(Array.from(starts[1])).toEqual([0, 5, -1, 0, 0]);
    expect(Array.from(starts[4499])).toEqual([25, 25, 1, 2, 2]);
  });

  it('REDUCED_START_GRID is a subset of the published grid', () => {
    for (const key of ['a', 'b', 'e', 'alpha', 'beta'] as const) {
      for (const value of REDUCED_START_GRID[key]) expect(PUBLISHED_START_GRID[key]).toContain(value);
    }
    expect(startGrid(REDUCED_START_GRID)).toHaveLength(162);
  });
});
