import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from './share-link.js';

describe('share links', () => {
  it('decodeLink(encodeLink(state)) returns the scenario text, seed and samples, whatever the characters', () => {
    const scenarioJson = '{"name":"<img src=x onerror=alert(1)> ✓ & = #"}';
    const hash = encodeLink({ scenarioJson, seed: 7, samples: 12345 });
    expect(decodeLink(hash)).toEqual({ preset: undefined, scenarioText: scenarioJson, seed: 7, samples: 12345, extras: undefined });
  });

  it('decodeLink reads a preset link', () => {
    expect(decodeLink(encodeLink({ preset: 'default', seed: 42, samples: 1e6 }))).toMatchObject({ preset: 'default', seed: 42, samples: 1e6 });
  });

  it('a link carries the what-if card: its --vary text, samples a point and year', () => {
    const whatIf = { vary: 'stocks[indexed-web].tokens0*=0.25..4:21:log', samples: 100_000, byYear: 2030 };
    expect(decodeLink(encodeLink({ preset: 'default', seed: 1, samples: 1e4, whatIf })).whatIf).toEqual(whatIf);
    expect(decodeLink(encodeLink({ preset: 'default', seed: 1, samples: 1e4 })).whatIf).toBeUndefined();
    expect(() => decodeLink('#whatif=x&wsamples=0')).toThrow(/^link\.wsamples: /);
  });

  it('decodeLink names the bad parameter of a hostile link in one line', () => {
    expect(() => decodeLink('#samples=-5')).toThrow(/^link\.samples: expected a whole number/);
    expect(() => decodeLink('#preset=__proto__')).toThrow(/^link\.preset: unknown preset "__proto__"/);
    expect(() => decodeLink('#scenario=%%%')).toThrow(/^link\.scenario: is not base64url/);
    expect(() => decodeLink('#evil=1')).toThrow(/^link\.evil: unknown parameter/);
  });
});
