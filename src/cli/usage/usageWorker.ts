import { runEngineWorker } from '../engine/shard/engineWorker.ts';
import { exitOnFirstMessage } from '../engine/shard/exitOnFirstMessage.ts';
import { usageJob } from './usageJob.ts';

// a worker thread of `usage --workers` (USG-7): the engine's worker with the usage job
exitOnFirstMessage();
runEngineWorker(usageJob);
