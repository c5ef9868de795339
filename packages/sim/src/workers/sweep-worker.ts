/**
 * The pool's worker script, for Node worker threads and Web Workers alike. Loading it has a side effect by
 * design: it registers `runSweepTask` with workerpool, which answers the pool's calls and forwards each
 * block's progress as an event (each task's summary is fresh, so its arrays' buffers are transferred to the
 * pool's thread rather than copied), and `runPerSampleTask`, which writes its rows into the buffer it shares
 * with the caller.
 */
import * as workerpool from 'workerpool';
import { summaryBuffers } from '../summary/summary-buffers.js';
import { runSweepTask, type SweepTask } from './sweep-task.js';
import { runPerSampleTask, type PerSampleTask } from './per-sample-task.js';

workerpool.worker({
  runSweepTask: (task: SweepTask) => {
    const summary = runSweepTask(task, (samples) => workerpool.workerEmit({ samples }));
    return new workerpool.Transfer(summary, summaryBuffers(summary));
  },
  runPerSampleTask: (task: PerSampleTask) => runPerSampleTask(task),
});
