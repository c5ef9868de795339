/**
 * The page's address as its history: a committed edit (a preset, a form field, a seed, the sample count, a
 * file) pushes an entry, so Back undoes it and Forward redoes it; typing in the JSON view replaces the
 * current entry (one entry per keystroke would bury the edits that matter). `onNavigate` gets the fragment
 * of the entry Back or Forward reached.
 *
 * Entries are written when the page is next idle (at most RECORD_WITHIN_MS later), in the order they were
 * made: `history.pushState` can take tens of milliseconds in Chromium, and right after an edit the main
 * thread belongs to the answers the edit started (measured: the what-if card's first curve came 25–40 ms
 * later when the address was written first).
 */
const RECORD_WITHIN_MS = 300;

export class UrlHistory {
  private pending: Array<{ readonly hash: string; readonly commit: boolean }> = [];
  private scheduled = false;

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
    if (this.scheduled) return;
    this.scheduled = true;
    const flush = () => this.flush();
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
