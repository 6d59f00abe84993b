import {
  createUsageReconciler,
  type UsageReadResult,
  type UsageReconcileOptions,
  type UsageReconcileResult,
  type UsageReconciler,
} from '../../usage/index.ts';

/**
 * The `usage` command's per-group function (USG-7), in the shape a file engine drives: each read
 * line goes to a shard by its {@link UsageJob.key} (`SubscriptionId`, USG-6's shard key); a shard's
 * state is one usage reconciler, which holds one entry per invoice key and day and per Azure
 * subscription, meter and day — never one per line; shards merge in any order to the same state
 * (the reconciler's `merge` is associative and commutative); the merged state finishes against the
 * invoice file's rows.
 */
export interface UsageJob {
  /** The shard key of a read line: its `SubscriptionId` (`''` for a row not read). */
  key(read: UsageReadResult): string;
  /** A shard's empty state. */
  create(): UsageReconciler;
  /** Adds one read line (or its issues) to a shard's state. */
  observe(state: UsageReconciler, read: UsageReadResult): void;
  /** Adds `from`'s state into `into`'s, and returns it (`from` is not used after). */
  merge(into: UsageReconciler, from: UsageReconciler): UsageReconciler;
  /** The result of the merged state, against the invoice file's rows (`null`: USG-4 not checked). */
  finish(state: UsageReconciler, reconRows: readonly object[] | null): UsageReconcileResult;
}

/**
 * The `usage` command's per-group function over `createUsageReconciler` (USG-6, USG-7).
 *
 * @param options - The reconciliation's options: every shard takes the same.
 * @returns The job.
 */
export function usageJob(options: UsageReconcileOptions): UsageJob {
  return {
    key: (read) => (read.ok ? (read.line.subscriptionId ?? read.line.entitlementId ?? '') : ''),
    create: () => createUsageReconciler(options),
    observe: (state, read) => state.observe(read),
    merge: (into, from) => {
      into.merge(from);
      return into;
    },
    finish: (state, reconRows) => state.finish(reconRows),
  };
}
