import { runEngineWorker } from '../engine/shard/engineWorker.ts';
import { tieOutJob } from './tieOutJob.ts';

// a worker thread of `tie-out --workers` (INV-3): the engine's worker with the tie-out's job
runEngineWorker(tieOutJob);
