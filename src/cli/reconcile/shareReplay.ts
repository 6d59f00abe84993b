import { committedPrice } from '../../reconciliation/_internal/committedPrice.ts';
import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';
import type { PriceFound } from '../../reconciliation/_internal/priceList.ts';
import { termPrices } from '../../reconciliation/_internal/termPrices.ts';
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
 * line's `CustomerCountry` unless `--market` says, PL-7), the terms read back or forward to the
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
  let onlyOne = false;
  const priceOf = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>>,
    of: readonly FileGroup[],
  ): PriceFound => {
    const currency = of.find((group) => group.currency !== undefined)?.currency;
    // its market: its first line's CustomerCountry, unless --market overrides it (PL-7)
    const country = (labels.get(id) ?? (onlyOne ? labels.get(undefined) : undefined))
      ?.customerCountry;
    if (prices !== undefined) return prices.priceOf(id ?? '', resource, currency, country);
    // the lines without SubscriptionId are the only resource's
    const row = unitPrices.get(id) ?? (onlyOne ? unitPrices.get(undefined) : undefined);
    return row === undefined
      ? { missing: `the file prints no UnitPrice for it: ${CLI_NAMES.givePrices}` }
      : { price: row };
  };
  // the rows that cannot be read of a subscription (and of the lines without one, when it has them)
  const unreadOf = (id: string | undefined): number[] | undefined => {
    const rows = unread.get(id);
    const loose = onlyOne && id !== undefined ? unread.get(undefined) : undefined;
    return loose === undefined ? rows : [...(rows ?? []), ...loose];
  };
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
  ): ReconResult | undefined => {
    if (window === undefined && of.length === 0) return undefined;
    counts.compared++;
    const job: ReconcileJob = {
      seq: 0,
      id,
      resource,
      groups: of,
      price: resource === undefined ? { missing: '' } : priceOf(id, resource, of),
      // the terms read back or forward to the month, priced by the file's UnitPrice for them or the list at their starts (REC-5)
      termPrices:
        resource === undefined
          ? undefined
          : termPrices(
              resource,
              window,
              of,
              prices === undefined ? undefined : (term) => priceOf(id, term, of),
            ),
      // what an Extended Service Term's remedy sets its price against (REC-6)
      committedPrice:
        resource === undefined || prices === undefined
          ? undefined
          : committedPrice(resource, (term) => priceOf(id, term, of)),
      unreadRows: unreadOf(id),
      fileSeats: seats.of(id) ?? (onlyOne ? seats.of(undefined) : undefined),
      labels: labels.get(id) ?? (onlyOne ? labels.get(undefined) : undefined) ?? {},
    };
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
  return {
    counts,
    one(id, resource, of, key, only) {
      onlyOne = only;
      const made = one(id, resource, of, key);
      onlyOne = false;
      return made;
    },
    give: (result, key) => give(result, key),
  };
}
