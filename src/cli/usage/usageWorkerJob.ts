import type { EngineJob } from '../engine/EngineJob.ts';
import { notAssignedHere, type UsageRow, type UsageSetup, usageJob } from './usageJob.ts';
import { type UsagePiece, usagePiecesJob } from './usagePiecesJob.ts';
import type { UsagePlans } from './usagePlans.ts';
import type { PlanResult, WholePlans } from './wholePlans.ts';

/**
 * The job of a worker of `usage --workers` (USG-7), in a thread of its own or run by the reading
 * thread itself: the usage job (which finishes the plans the reading thread assigns it), or past
 * `--memory` the job whose shares hand their plans back as plain data.
 *
 * @param setup - The run's setup, as every share takes it.
 * @returns The job.
 */
export function usageWorkerJob(
  setup: UsageSetup,
): EngineJob<UsageRow, UsagePlans, PlanResult | UsagePiece, WholePlans | undefined> {
  return setup.pieces === true ? usagePiecesJob(setup) : usageJob(setup, notAssignedHere);
}
