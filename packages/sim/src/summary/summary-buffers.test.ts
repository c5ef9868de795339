import { describe, expect, it } from 'vitest';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { createSummary, mergeSummary } from './sweep-summary.js';
import { summaryBuffers } from './summary-buffers.js';

describe('summaryBuffers(summary)', () => {
  it('lists every typed array’s buffer of a summary once', () => {
    const summary = createSummary(2024, 2030, 3);
    const buffers = summaryBuffers(summary);
    expect(buffers).toHaveLength(3);
    for (const stock of summary.stocks) expect(buffers).toContain(stock.bins.buffer);
    expect(summaryBuffers([summary, summary])).toHaveLength(3);
  });

  it('moves a summary through postMessage with equal counts and leaves the sender’s arrays detached', () => {
    const summary = createSummary(2024, 2030, 2);
    summary.stocks[1].bins[5] = 7;
    summary.samples = 7;
    const expected = createSummary(2024, 2030, 2);
    mergeSummary(expected, summary);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(summary, summaryBuffers(summary));
    const received = receiveMessageOnPort(port2)?.message;
    port1.close();
    expect(received).toEqual(expected);
    expect(summary.stocks[1].bins.length).toBe(0);
  });
});
