/**
 * The fit pool's worker script, for Node worker threads and Web Workers alike. Loading it has a side effect
 * by design: it registers the fit's two task runners with workerpool.
 */
import * as workerpool from 'workerpool';
import { runBootstrapTask, runFitStartsTask } from './fit-tasks.js';

workerpool.worker({ runFitStartsTask, runBootstrapTask });
