import { runEngineWorker } from '../engine/shard/engineWorker.ts';
import { exitOnFirstMessage } from '../engine/shard/exitOnFirstMessage.ts';
import { reconcileFileJob } from './reconcileFileJob.ts';

// a worker thread of `reconcile --workers` (REC-3), built as dist/reconcileWorker.js beside the
// CLI: the engine's worker with the reconcile job, whichever engine grouped the file
exitOnFirstMessage();
runEngineWorker(reconcileFileJob);
