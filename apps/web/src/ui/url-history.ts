/**
 * The page's address as its history: a committed edit (a preset, a form field, a seed, the sample count, a
 * file) pushes an entry, so Back undoes it and Forward redoes it; typing in the JSON view replaces the
 * current entry (one entry per keystroke would bury the edits that matter). `onNavigate` gets the fragment
 * of the entry Back or Forward reached.
 *
 * Entries are written when the page is next idle (at most RECORD_WITHIN_MS later), in the order they were
 * made: `history.pushState` can take tens of milliseconds in Chromium, and right after an edit the main
 * thread belongs to the answers the edit started (measured: the what-if card's first curve came 25–40 ms
 * later when the address was written first). While a run computes (`hold` … `release`, at most HELD_AT_MOST_MS)
 * they wait for its end: the page's thread is idle then between the workers' replies, but writing the address
 * takes the browser process 10–15 ms of CPU, which a 2-core machine takes from the workers.
 */
const RECORD_WITHIN_MS = 300;
const HELD_AT_MOST_MS = 1000;

export class UrlHistory {
  private pending: Array<{ readonly hash: string; readonly commit: boolean }> = [];
  private scheduled = false;
  private held: ReturnType<typeof setTimeout> | undefined;

  constructor(onNavigate: (hash: string) => void) {
    window.addEventListener('popstate', () => {
      // Back or Forward wins over an entry not yet written: it would land on top of where the reader went.
      this.pending = [];
      onNavigate(location.hash);
    });
  }

  /** Records `hash` as a new entry (commit) or as the current one, when the page is next idle. */
  record(hash: string, commit: boolean): void {
    this.pending.push({ hash, commit });
    this.schedule();
  }

  /** A run starts: entries wait for `release`, or at most HELD_AT_MOST_MS from the first `hold` not released. */
  hold(): void {
    this.held ??= setTimeout(() => this.release(), HELD_AT_MOST_MS);
  }

  /**
   * The run ended (its final chart, a stop, a fault): the entries are written now, so that the address is
   * the answer's as soon as the page says it is done (the workers no longer need the cores).
   */
  release(): void {
    clearTimeout(this.held);
    this.held = undefined;
    this.flush();
  }

  private schedule(): void {
    if (this.scheduled || this.held !== undefined || this.pending.length === 0) return;
    this.scheduled = true;
    const flush = () => {
      // Held since it was scheduled: release writes the entries.
      if (this.held === undefined) this.flush();
      else this.scheduled = false;
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: RECORD_WITHIN_MS });
    else setTimeout(flush, 0);
  }

  /** Writes the entries not yet written, now (before the address is read, e.g. to share it). */
  flush(): void {
    this.scheduled = false;
    for (const { hash, commit } of this.pending.splice(0)) {
      if (location.hash === hash) continue;
      if (commit) history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
    }
  }
}
