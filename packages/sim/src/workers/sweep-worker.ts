/**
 * The pool's worker script, for Node worker threads and Web Workers alike. Loading it has a side effect by
 * design: it registers `runSweepTask` with workerpool, which answers the pool's calls and forwards each
 * block's progress as an event.
 */
import * as workerpool from 'workerpool';
import { runSweepTask, type SweepTask } from './sweep-task.js';

workerpool.worker({
  runSweepTask: (task: SweepTask) => runSweepTask(task, (samples) => workerpool.workerEmit({ samples })),
});
