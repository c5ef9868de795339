import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlHistory } from './url-history.js';

/** The address as history sees it: each write and the current fragment. */
function stubAddress(): { writes: string[] } {
  const address = { writes: [] as string[], hash: '' };
  const write = (_state: unknown, _title: string, hash: string) => {
    address.writes.push(hash);
    address.hash = hash;
  };
  vi.stubGlobal('window', { addEventListener: () => undefined });
  vi.stubGlobal('location', { get hash() { return address.hash; } });
  vi.stubGlobal('history', { pushState: write, replaceState: write });
  return address;
}

describe('UrlHistory', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('writes entries when the page is next idle, but holds them while a run computes, at most a second', () => {
    const address = stubAddress();
    const history = new UrlHistory(() => undefined);
    history.record('#a', true);
    vi.advanceTimersByTime(1);
    expect(address.writes).toEqual(['#a']);

    // A run: the entry waits for its end.
    history.hold();
    history.record('#b', true);
    vi.advanceTimersByTime(500);
    expect(address.writes).toEqual(['#a']);
    history.release();
    vi.advanceTimersByTime(1);
    expect(address.writes).toEqual(['#a', '#b']);

    // Runs that keep starting (typing) hold the address a second at most.
    history.hold();
    history.record('#c', false);
    vi.advanceTimersByTime(600);
    history.hold();
    history.record('#d', false);
    vi.advanceTimersByTime(401);
    expect(address.writes).toEqual(['#a', '#b', '#c', '#d']);
  });

  it('flush writes held entries at once (the link is about to be read)', () => {
    const address = stubAddress();
    const history = new UrlHistory(() => undefined);
    history.hold();
    history.record('#e', true);
    history.flush();
    expect(address.writes).toEqual(['#e']);
  });
});
