import { element } from './dom.js';

export interface JsonEditor {
  readonly root: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  /** Replaces the text (an edit made elsewhere), keeping the scroll position. */
  setText(text: string): void;
  /** Marks line `line` (1-based) with `message`; null clears. */
  showError(line: number | null, message: string): void;
}

/**
 * The JSON view: a plain textarea with a line-number gutter. The line at fault is marked in the gutter and
 * the validator's message is shown right under the editor, with its line number.
 */
export function buildJsonEditor(onText: (text: string) => void): JsonEditor {
  const root = element('div', 'json-editor');
  const frame = element('div', 'json-frame');
  const gutter = element('pre', 'json-gutter');
  gutter.setAttribute('aria-hidden', 'true');
  const textarea = element('textarea', 'json-text');
  textarea.spellcheck = false;
  textarea.wrap = 'off';
  textarea.setAttribute('aria-label', 'Scenario JSON');
  textarea.setAttribute('autocapitalize', 'off');
  textarea.setAttribute('autocomplete', 'off');
  const message = element('div', 'field-error json-error');
  message.setAttribute('aria-live', 'polite');
  frame.append(gutter, textarea);
  root.append(frame, message);

  let errorLine: number | null = null;
  const renderGutter = () => {
    const lines = textarea.value.split('\n').length;
    const rows: Node[] = [];
    for (let k = 1; k <= lines; k++) {
      const row = element('span', k === errorLine ? 'gutter-line bad' : 'gutter-line', k === errorLine ? `▶${k}` : String(k));
      rows.push(row, document.createTextNode('\n'));
    }
    gutter.replaceChildren(...rows);
    gutter.scrollTop = textarea.scrollTop;
  };
  // The text is taken once per frame, however many input events came in it: a paste or a dictated sentence
  // can arrive as one event per line (Playwright's fill of this scenario sends 128), and each taken text is
  // validated, redrawn in the form and run.
  let pending: number | undefined;
  textarea.addEventListener('input', () => {
    pending ??= requestAnimationFrame(() => {
      pending = undefined;
      renderGutter();
      onText(textarea.value);
    });
  });
  textarea.addEventListener('scroll', () => {
    gutter.scrollTop = textarea.scrollTop;
  });

  return {
    root,
    textarea,
    setText(text) {
      // A text set from elsewhere (a preset, a file, Back) replaces typing not yet taken.
      if (pending !== undefined) cancelAnimationFrame(pending);
      pending = undefined;
      if (textarea.value === text) return;
      const scroll = textarea.scrollTop;
      textarea.value = text;
      textarea.scrollTop = scroll;
      renderGutter();
    },
    showError(line, text) {
      if (line === errorLine && message.textContent === (line === null ? text : `line ${line}: ${text}`)) return;
      errorLine = line;
      message.textContent = line === null ? text : `line ${line}: ${text}`;
      renderGutter();
    },
  };
}
