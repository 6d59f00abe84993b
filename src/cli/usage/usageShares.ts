import { stateOf } from '../../usage/_internal/reconcilerStates.ts';
import { mergeState, takeState, type UsageState } from '../../usage/_internal/UsageState.ts';
import type { UsageReconcileResult, UsageReconciler } from '../../usage/index.ts';

/**
 * The shares of a usage run as one pass's result (USG-6, USG-7): every share's state (a worker's,
 * a spill partition's, the rows of no key's) merged into one reconciler — the days, the Azure
 * subscriptions and the columns not read each counted once, every entry's sums added — and
 * finished once against the invoice file's rows, so USG-4 compares every group with every invoice
 * line whatever share it was read in. A run of one share of lines (one worker, no spill) finishes
 * that share's state as it is, without a second map of its groups.
 *
 * @param into - An empty reconciler of the run's options (`createUsageReconciler`).
 * @param shares - The shares' states, as the engine gave them (in any order).
 * @param reconRows - The invoice file's rows; `null`: USG-4 not checked.
 * @returns The result.
 */
export function usageShares(
  into: UsageReconciler,
  shares: readonly UsageState[],
  reconRows: readonly object[] | null,
): UsageReconcileResult {
  const state = stateOf(into) as UsageState;
  const full = shares.filter((share) => share.lines > 0);
  // one share of lines (one worker, no spill): its state is the run's, finished as it is; else
  // each share is finished: its entries are taken, not copied
  if (full.length === 1 && state.lines === 0) takeState(state, full[0] as UsageState);
  else for (const share of shares) mergeState(state, share, true);
  return into.finish(reconRows);
}
