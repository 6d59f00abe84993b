import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';
import { replayInputs } from '../../reconciliation/_internal/replayInputs.ts';
import { explanation } from './explanation.ts';
import { CLI_NAMES } from './names.ts';
import type { FinishRun, QuietCounts, ReconResult } from './ReconResult.ts';
import { type JobResult, type ReconcileJob, reconcileJob } from './reconcileJob.ts';
import type { SubscriptionHold } from './subscriptionHold.ts';

/** Whether a result says nothing to the output but its counts. */
function quiet(result: JobResult): boolean {
  const { comparison } = result;
  return (
    result.findings.length === 0 &&
    result.notes.length === 0 &&
    comparison.different.length === 0 &&
    comparison.missing.length === 0 &&
    comparison.unexpected.length === 0
  );
}

/** One subscription of a share replayed, and the share's quiet results counted. */
export interface ShareReplay {
  /** The subscriptions that found nothing, counted, and how many were replayed. */
  readonly counts: QuietCounts;
  /**
   * Replays one subscription against its groups, what the share holds of it let go.
   *
   * @param id - Its `SubscriptionId` (`undefined`: the lines without one).
   * @param resource - Its resource of `--subscriptions`; `undefined`: the file bills it alone.
   * @param of - Its groups.
   * @param key - Its place in the output.
   * @param onlyOne - Whether the lines without `SubscriptionId` are its (it is the only item).
   * @returns Its result at its key; `undefined` when it says nothing but its counts.
   */
  one(
    id: string | undefined,
    resource: Readonly<Record<string, unknown>> | undefined,
    of: readonly FileGroup[],
    key: number,
    onlyOne: boolean,
  ): ReconResult | undefined;
  /**
   * A result made without a replay (an issue of `--subscriptions`), at its key, counted as one.
   *
   * @param result - The result.
   * @param key - Its place in the output.
   * @returns It, when it says anything but its counts.
   */
  give(result: JobResult, key: number): ReconResult | undefined;
}

/**
 * The replay of a share's subscriptions (REC-3), each through `reconcileJob` as one thread
 * reconciles it: its price (`--prices`, or the file's own `UnitPrice`, the market its first
 * line's `CustomerCountry`, else its customer's in the whole file, unless `--market` says, PL-7), the terms read back or forward to the
 * month and their prices (REC-5), the committed price of an Extended Service Term (REC-6), its
 * unread rows, seats and labels — the lines without `SubscriptionId` its own too when it is the
 * only item; `--explain`'s subscription explained; a result that says nothing but its counts only
 * counted.
 *
 * @param held - What the share holds of its subscriptions (let go as each is replayed).
 * @param run - The window, the prices, the context.
 * @returns The replay.
 */
export function shareReplay(held: SubscriptionHold, run: FinishRun): ShareReplay {
  const { window, prices, context } = run;
  const { unread, labels, unitPrices, seats } = held;
  const counts: QuietCounts = {
    compared: 0,
    results: 0,
    matched: 0,
    noted: 0,
    unverified: 0,
    refused: 0,
    problems: 0,
  };
  const inputs = { prices, window, givePrices: CLI_NAMES.givePrices };
  // what the rows said of each subscription, and of each customer in the whole file (PL-7)
  const said = { unread, labels, unitPrices, seats, countries: run.countries };
  /** A result at its key: a quiet one counted, any other handed on. */
  const give = (result: JobResult, key: number, explained?: string): ReconResult | undefined => {
    if (explained === undefined && quiet(result)) {
      counts.results++;
      counts.matched += result.comparison.matched.length;
      for (const match of result.comparison.matched) if (match.notes.length > 0) counts.noted++;
      counts.unverified += result.unverified;
      counts.refused += result.refused;
      if (result.problem) counts.problems++;
      return undefined;
    }
    const { outcome: _, ...plain } = result;
    return { kind: 'result', key, result: plain, explained };
  };
  const one = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>> | undefined,
    of: readonly FileGroup[],
    key: number,
    onlyOne: boolean,
  ): ReconResult | undefined => {
    if (window === undefined && of.length === 0) return undefined;
    counts.compared++;
    const { labels: own, ...input } = replayInputs(said, inputs, id, resource, of, onlyOne);
    const job: ReconcileJob = { seq: 0, id, resource, groups: of, ...input, labels: own ?? {} };
    const unreadRows = unread.get(id);
    if (id !== undefined) {
      labels.delete(id);
      unitPrices.delete(id);
      unread.delete(id);
      seats.take(id);
    }
    if (run.explain !== undefined && id === run.explain) {
      const result = reconcileJob(job, context, true);
      const explained =
        result.outcome === undefined
          ? undefined
          : explanation(id, resource, of, result.outcome, unreadRows, context.tag);
      return give(result, key, explained ?? '');
    }
    return give(reconcileJob(job, context), key);
  };
  return { counts, one, give };
}
