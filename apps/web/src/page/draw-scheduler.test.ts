import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrawScheduler } from './draw-scheduler.js';

type Answer = { readonly final: boolean; readonly n: number; readonly pendingTrajectories?: boolean; readonly progress?: number };

describe('DrawScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 16));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('draws a run\'s first answer at once, then at most one partial answer per 200 ms, and the final one', () => {
    const drawn: Array<[number, boolean]> = [];
    const scheduler = new DrawScheduler<Answer>((answer, first) => drawn.push([answer.n, first]));
    scheduler.startRun();
    scheduler.offer({ final: false, n: 1 });
    expect(drawn).toEqual([[1, true]]);
    for (let n = 2; n <= 5; n++) scheduler.offer({ final: false, n });
    vi.advanceTimersByTime(100);
    expect(drawn).toEqual([[1, true]]);
    vi.advanceTimersByTime(150);
    expect(drawn).toEqual([[1, true], [5, false]]);
    scheduler.offer({ final: true, n: 6 });
    vi.advanceTimersByTime(20);
    expect(drawn.at(-1)).toEqual([6, false]);
    expect(scheduler.answer?.n).toBe(6);
  });

  it('draws final counts still waiting for the fan chart or drivers as a partial answer, and the complete one', () => {
    const drawn: number[] = [];
    const scheduler = new DrawScheduler<Answer>((answer) => drawn.push(answer.n));
    scheduler.startRun();
    scheduler.offer({ final: false, n: 1 });
    scheduler.offer({ final: true, n: 2, pendingTrajectories: true });
    vi.advanceTimersByTime(100);
    expect(drawn).toEqual([1]);
    // The quantiles arrive: one draw of the complete answer, none of the one before it.
    scheduler.offer({ final: true, n: 3 });
    vi.advanceTimersByTime(20);
    expect(drawn).toEqual([1, 3]);
    // When they take longer, the final counts are drawn at the next refinement, then the complete answer.
    scheduler.startRun();
    scheduler.offer({ final: false, n: 4 });
    scheduler.offer({ final: true, n: 5, pendingTrajectories: true });
    vi.advanceTimersByTime(250);
    expect(drawn).toEqual([1, 3, 4, 5]);
    scheduler.offer({ final: true, n: 6 });
    vi.advanceTimersByTime(20);
    expect(drawn).toEqual([1, 3, 4, 5, 6]);
  });

  it('draws the complete answer at once, not on the next frame, and once only', () => {
    const drawn: number[] = [];
    const scheduler = new DrawScheduler<Answer>((answer) => drawn.push(answer.n));
    scheduler.startRun();
    scheduler.offer({ final: false, n: 1 });
    scheduler.offer({ final: false, n: 2 });
    scheduler.offer({ final: true, n: 3 });
    expect(drawn).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    expect(drawn).toEqual([1, 3]);
  });

  it('draws a quick kind of run once: its first answer waits for the complete one, up to 250 ms from its start', () => {
    const drawn: Array<[number, boolean]> = [];
    const scheduler = new DrawScheduler<Answer>((answer, first) => drawn.push([answer.n, first]));
    // The first run of a kind: drawn at once; it ends 120 ms after its start.
    scheduler.startRun('1e6');
    scheduler.offer({ final: false, n: 1 });
    vi.advanceTimersByTime(120);
    scheduler.offer({ final: true, n: 2 });
    expect(drawn).toEqual([[1, true], [2, false]]);
    // The next run of that kind: its first answer waits, and the complete one is drawn as its first.
    scheduler.startRun('1e6');
    scheduler.offer({ final: false, n: 3 });
    scheduler.offer({ final: true, n: 4, pendingTrajectories: true });
    vi.advanceTimersByTime(100);
    expect(drawn).toEqual([[1, true], [2, false]]);
    scheduler.offer({ final: true, n: 5 });
    expect(drawn).toEqual([[1, true], [2, false], [5, true]]);
    // One that is late: its latest answer is drawn 250 ms after its start, then the complete one.
    scheduler.startRun('1e6');
    scheduler.offer({ final: false, n: 6 });
    vi.advanceTimersByTime(200);
    scheduler.offer({ final: false, n: 7 });
    expect(drawn.length).toBe(3);
    vi.advanceTimersByTime(60);
    expect(drawn.at(-1)).toEqual([7, true]);
    vi.advanceTimersByTime(40);
    scheduler.offer({ final: true, n: 8 });
    expect(drawn.at(-1)).toEqual([8, false]);
    // That run took 300 ms, so the next draws its first answer at once; so does a run of another kind.
    scheduler.startRun('1e6');
    scheduler.offer({ final: false, n: 9 });
    expect(drawn.at(-1)).toEqual([9, true]);
    scheduler.startRun('1e7');
    scheduler.offer({ final: false, n: 10 });
    expect(drawn.at(-1)).toEqual([10, true]);
  });

  it('flush() draws an answer that waits at once (a stopped run), and nothing when none waits', () => {
    const drawn: number[] = [];
    const scheduler = new DrawScheduler<Answer>((answer) => drawn.push(answer.n));
    scheduler.startRun('1e6');
    scheduler.offer({ final: true, n: 1 });
    scheduler.startRun('1e6');
    scheduler.offer({ final: false, n: 2 });
    expect(drawn).toEqual([1]);
    scheduler.flush();
    expect(drawn).toEqual([1, 2]);
    scheduler.flush();
    vi.advanceTimersByTime(500);
    expect(drawn).toEqual([1, 2]);
  });

  it('request() draws the last answer again on the next frame (a resize)', () => {
    const drawn: number[] = [];
    const scheduler = new DrawScheduler<Answer>((answer) => drawn.push(answer.n));
    scheduler.offer({ final: true, n: 1 });
    scheduler.request();
    vi.advanceTimersByTime(20);
    expect(drawn).toEqual([1, 1]);
  });

  it('does not draw a partial answer whose run should end within 200 ms at its rate so far, unless the final one is late', () => {
    const drawn: number[] = [];
    const scheduler = new DrawScheduler<Answer>((answer) => drawn.push(answer.n));
    scheduler.startRun();
    scheduler.offer({ final: false, n: 1, progress: 0.01 });
    // At 250 ms, 90% done: about 28 ms to go, so the final answer is drawn next, not this one.
    vi.advanceTimersByTime(50);
    scheduler.offer({ final: false, n: 2, progress: 0.9 });
    vi.advanceTimersByTime(220);
    expect(drawn).toEqual([1]);
    scheduler.offer({ final: true, n: 3, progress: 1 });
    vi.advanceTimersByTime(20);
    expect(drawn).toEqual([1, 3]);
    // 30% done after 250 ms: drawn. A run that stalls near its end draws its last partial answer an interval later.
    scheduler.startRun();
    scheduler.offer({ final: false, n: 4, progress: 0.01 });
    scheduler.offer({ final: false, n: 5, progress: 0.3 });
    vi.advanceTimersByTime(250);
    expect(drawn).toEqual([1, 3, 4, 5]);
    scheduler.offer({ final: false, n: 6, progress: 0.95 });
    vi.advanceTimersByTime(250);
    expect(drawn).toEqual([1, 3, 4, 5]);
    vi.advanceTimersByTime(250);
    expect(drawn).toEqual([1, 3, 4, 5, 6]);
  });
});
