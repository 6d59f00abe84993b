import type { EngineJob } from '../engine/EngineJob.ts';
import { runEngineWorker } from '../engine/shard/engineWorker.ts';
import { exitOnFirstMessage } from '../engine/shard/exitOnFirstMessage.ts';
import { notAssignedHere, type UsageRow, type UsageSetup, usageJob } from './usageJob.ts';
import { type UsagePiece, usagePiecesJob } from './usagePiecesJob.ts';
import type { UsagePlans } from './usagePlans.ts';
import type { PlanResult, WholePlans } from './wholePlans.ts';

// a worker thread of `usage --workers` (USG-7): the engine's worker with the usage job (which
// finishes the plans the reading thread assigns it), or past --memory the job whose shares hand
// their plans back as plain data
exitOnFirstMessage();
runEngineWorker(
  (
    setup: UsageSetup,
  ): EngineJob<UsageRow, UsagePlans, PlanResult | UsagePiece, WholePlans | undefined> =>
    setup.pieces === true ? usagePiecesJob(setup) : usageJob(setup, notAssignedHere),
);
