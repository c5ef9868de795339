import { describe, expect, it } from 'vitest';
import { createProgress, formatCount } from './progress-bar.js';

/** A terminal of `columns` columns that records what is written to it. */
function fakeTerminal(columns: number) {
  const writes: string[] = [];
  const stream = { isTTY: true, columns, write: (text: string) => writes.push(text) > 0, cursorTo: () => true, clearLine: () => true, moveCursor: () => true };
  return { stream, writes };
}

// eslint-disable-next-line no-control-regex
const visible = (text: string): string => text.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '\n');

describe('createProgress on a terminal', () => {
  it.each([80, 60, 200])('keeps every line within min(80, %i) columns, even at 2^44 samples', (columns) => {
    const { stream, writes } = fakeTerminal(columns);
    const total = 2 ** 44;
    const progress = createProgress(stream, total, false);
    progress.update(total - 12_345);
    progress.stop();
    const lines = writes.map(visible).join('').split(/[\r\n]/);
    expect(lines.some((line) => line.includes('17.6T/17.6T'))).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.min(80, columns));
  });

  it('hides the cursor while it runs, then shows it again and clears its line', () => {
    const { stream, writes } = fakeTerminal(80);
    const progress = createProgress(stream, 1000, false);
    progress.update(500);
    expect(writes.join('')).toContain('\x1b[?25l');
    progress.stop();
    const after = writes.join('').slice(writes.join('').lastIndexOf('\x1b[?25l'));
    expect(after).toContain('\x1b[?25h');
    expect(after.endsWith('\x1b[2K')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal and --progress was not given', () => {
    const writes: string[] = [];
    const progress = createProgress({ isTTY: false, write: (text: string) => writes.push(text) }, 1000, false);
    progress.update(1000);
    progress.stop();
    expect(writes).toEqual([]);
  });
});

describe('formatCount', () => {
  it('writes counts in at most six characters', () => {
    expect([999, 12_345, 12_345_678, 1.5e9, 2 ** 44, 2.2e15].map(formatCount)).toEqual(['999', '12.3k', '12.3M', '1.50G', '17.6T', '2200T']);
  });
});
