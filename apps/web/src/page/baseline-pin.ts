import type { Answer } from '../answer/answer-of.js';
import { baselineLabel, type Baseline } from '../baseline/baseline.js';
import { byId, element } from '../ui/dom.js';

/**
 * The pin button (enabled on a final answer, or to unpin) and the note naming the pinned baseline with its
 * own link.
 */
export function syncBaselinePin(baseline: Baseline | undefined, answer: Answer | undefined): void {
  const button = byId<HTMLButtonElement>('pin-baseline');
  const pinned = baseline !== undefined;
  button.textContent = pinned ? 'Unpin baseline' : 'Pin as baseline';
  button.setAttribute('aria-pressed', String(pinned));
  button.disabled = !pinned && !(answer?.final && document.body.dataset.state === 'done');
  const note = byId('baseline-note');
  note.hidden = !baseline;
  if (!baseline) return note.replaceChildren();
  const link = element('a', undefined, 'open it');
  link.href = baseline.hash;
  note.replaceChildren(`Grey dashes: the pinned baseline (${baselineLabel(baseline)}), kept through your edits; it stays on this page, and this link reopens it: `, link, '.');
}
