/**
 * The page's address as its history: a committed edit (a preset, a form field, a seed, the sample count, a
 * file) pushes an entry, so Back undoes it and Forward redoes it; typing in the JSON view replaces the
 * current entry (one entry per keystroke would bury the edits that matter). `onNavigate` gets the fragment
 * of the entry Back or Forward reached.
 */
export class UrlHistory {
  constructor(onNavigate: (hash: string) => void) {
    window.addEventListener('popstate', () => onNavigate(location.hash));
  }

  /** Records `hash` as a new entry (commit) or as the current one. */
  record(hash: string, commit: boolean): void {
    if (location.hash === hash) return;
    if (commit) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  }
}
