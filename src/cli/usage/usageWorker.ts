import { runEngineWorker } from '../engine/shard/engineWorker.ts';
import { exitOnFirstMessage } from '../engine/shard/exitOnFirstMessage.ts';
import { usageWorkerJob } from './usageWorkerJob.ts';

// a worker thread of `usage --workers` (USG-7): the engine's worker with the usage job (which
// finishes the plans the reading thread assigns it), or past --memory the job whose shares hand
// their plans back as plain data
exitOnFirstMessage();
runEngineWorker(usageWorkerJob);
