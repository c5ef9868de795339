import { describe, expect, it } from 'vitest';
import { correlationNotes } from './correlation-notes.js';

describe('correlationNotes', () => {
  it('notes each correlated input on both ends', () => {
    const notes = correlationNotes({
      correlations: [
        { between: ['stocks[0].tokens0', 'stocks[1].growthPerYear'], rank: 0.6 },
        { between: ['training.maxEpochs', 'stocks[0].tokens0'], rank: -0.3 },
      ],
    });
    expect(notes.get('stocks[0].tokens0')).toEqual(['stocks[1].growthPerYear (Spearman 0.6)', 'training.maxEpochs (Spearman -0.3)']);
    expect(notes.get('stocks[1].growthPerYear')).toEqual(['stocks[0].tokens0 (Spearman 0.6)']);
    expect(notes.get('training.maxEpochs')).toEqual(['stocks[0].tokens0 (Spearman -0.3)']);
  });

  it('gives no notes for a scenario without correlations or with malformed entries', () => {
    expect(correlationNotes({}).size).toBe(0);
    expect(correlationNotes({ correlations: [{ between: ['a'] }, 'x', { between: ['a', 'b'], rank: '0.5' }] }).size).toBe(0);
  });
});
