import { describe, expect, it } from 'vitest';
import { parseVary } from '@horizon/sim/internal';
import { settingsFromVaryText, varySpec, varyText, type WhatIfSettings } from './what-if-settings.js';

const settings: WhatIfSettings = { path: 'stocks[0].tokens0', op: 'scale', from: 0.25, to: 4, points: 9, log: true, samples: 100_000, byYear: 2030 };

describe('what-if settings', () => {
  it('varyText writes the CLI\'s --vary value, and varySpec is the CLI parser\'s reading of it', () => {
    expect(varyText(settings)).toBe('stocks[0].tokens0*=0.25..4:9:log');
    expect(varyText({ ...settings, op: 'set', from: 1, to: 10, log: false, points: 4 })).toBe('stocks[0].tokens0=1..10:4');
    expect(varySpec(settings)).toEqual(parseVary('stocks[0].tokens0*=0.25..4:9:log'));
  });

  it('settingsFromVaryText(varyText(s)) gives s back', () => {
    expect(settingsFromVaryText(varyText(settings), { samples: 100_000, byYear: 2030 })).toEqual(settings);
    expect(settingsFromVaryText('training.maxEpochs=1e0..1e1:3', { samples: 5, byYear: 2040 })).toMatchObject({ from: 1, to: 10, points: 3, log: false });
  });

  it('settingsFromVaryText names link.vary for text the panel cannot show', () => {
    expect(() => settingsFromVaryText('training.maxEpochs=1,2,5', { samples: 5, byYear: 2040 })).toThrow(/^link\.vary: expected PATH=FROM\.\.TO:N/);
    expect(() => settingsFromVaryText('training.maxEpochs=1..5:500', { samples: 5, byYear: 2040 })).toThrow(/^link\.vary: the page draws 2 to 101 points/);
    expect(() => settingsFromVaryText('nonsense', { samples: 5, byYear: 2040 })).toThrow(/^link\.vary: expected PATH=VALUES/);
  });
});
