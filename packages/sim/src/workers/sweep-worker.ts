/**
 * The pool's worker script, for Node worker threads and Web Workers alike. Loading it has a side effect by
 * design: it registers `runPointsTask` with workerpool, which answers the pool's calls and forwards the blocks'
 * progress as events (each task's summaries are fresh, so its arrays' buffers are transferred to the pool's
 * thread rather than copied), and `runPerSampleTask`, which writes its rows into the buffer it shares
 * with the caller.
 */
import * as workerpool from 'workerpool';
import { summaryBuffers } from '../summary/summary-buffers.js';
import { runPointsTask, type PointsTask } from './sweep-task.js';
import { runPerSampleTask, type PerSampleTask } from './per-sample-task.js';

/**
 * Progress goes to the pool's thread at most this often (and at each task's end): each message wakes that
 * thread, which shares the cores with the workers, and a block is a few milliseconds.
 */
const PROGRESS_INTERVAL_MS = 100;

workerpool.worker({
  runPointsTask: (task: PointsTask) => {
    let unreported = 0;
    let reportedAt = Date.now();
    const summaries = runPointsTask(task, (samples) => {
      unreported += samples;
      const now = Date.now();
      if (now - reportedAt < PROGRESS_INTERVAL_MS) return;
      workerpool.workerEmit({ samples: unreported });
      unreported = 0;
      reportedAt = now;
    });
    // Sent before the result, so the pool counts every sample before the task is done.
    if (unreported > 0) workerpool.workerEmit({ samples: unreported });
    return new workerpool.Transfer(summaries, summaryBuffers(summaries));
  },
  runPerSampleTask: (task: PerSampleTask) => runPerSampleTask(task),
});
