import { describe, expect, it } from 'vitest';
import { isCi, matchesSnapshot } from './chart-snapshot.js';

describe('matchesSnapshot', () => {
  it('fails for a missing snapshot under CI=true instead of writing it', () => {
    expect(() => matchesSnapshot('no-such-chart', '<svg></svg>', { CI: 'true' })).toThrow(/chart snapshot no-such-chart\.svg is missing/);
  });

  it('isCi(env) reads CI the way CI services set it', () => {
    expect([{ CI: 'true' }, { CI: '1' }, { CI: 'TRUE' }].every(isCi)).toBe(true);
    expect([{}, { CI: '' }, { CI: 'false' }, { CI: '0' }].some(isCi)).toBe(false);
  });
});
