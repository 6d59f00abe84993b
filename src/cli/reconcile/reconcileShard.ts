import { committedPrice } from '../../reconciliation/_internal/committedPrice.ts';
import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import { IdTable } from '../../reconciliation/_internal/IdTable.ts';
import { type FileGroup, ROWS_KEPT } from '../../reconciliation/_internal/LineGroups.ts';
import type { PriceFound, PriceList } from '../../reconciliation/_internal/priceList.ts';
import { listedAgain, type SeenIds } from '../../reconciliation/_internal/resourceItems.ts';
import { termPrices } from '../../reconciliation/_internal/termPrices.ts';
import type { ReconcileSubscriptionIssue } from '../../reconciliation/index.ts';
import { explanation } from './explanation.ts';
import { CLI_NAMES } from './names.ts';
import type { ReconFile } from './readReconFile.ts';
import {
  type JobContext,
  type JobResult,
  type ReconcileJob,
  reconcileJob,
} from './reconcileJob.ts';
import type { HeldSubscription, SpilledResource } from './spill.ts';

/** A result that compares nothing: a resource listed twice, or unreadable. */
const NOTHING = { matched: [], different: [], missing: [], unexpected: [] };

/**
 * Where a result goes in the output, whatever the memory budget, engine or workers: a resource (or
 * the issue of an item of `--subscriptions`) at its place in the list, then the subscriptions of
 * the file without a resource at their first line's row, past this.
 */
const FILE_ORDER = 2 ** 50;

/** The key of a subscription of the file without a resource: its first line read. */
function fileOrder(groups: readonly FileGroup[]): number {
  let first = Number.MAX_SAFE_INTEGER - FILE_ORDER;
  for (const group of groups) first = Math.min(first, group.rows[0] ?? first);
  return FILE_ORDER + first;
}

/** An item of `--subscriptions` at its place in the list: a resource, or why it is none. */
export type PlacedItem =
  | SpilledResource
  | { readonly issue: ReconcileSubscriptionIssue; readonly place: number };

/**
 * The result of an issue of `--subscriptions` (an item that is no resource, a subscription listed
 * again): its one finding.
 *
 * @param seq - Its place among the results made.
 * @param issue - The issue.
 * @returns The result.
 */
export function issueResult(seq: number, issue: ReconcileSubscriptionIssue): JobResult {
  return {
    seq,
    findings: [{ finding: 'issue', ...issue }],
    comparison: NOTHING,
    labels: {},
    unverified: 0,
    refused: 0,
    problem: true,
    id: issue.subscriptionId,
    notes: [],
  };
}

/** What one reader's subscriptions are reconciled with. */
export interface ShardRun {
  /** The file's lines this reader holds (all of them, or one worker's share). */
  readonly read: ReconFile;
  /** The days replayed: `--period`'s, or the whole file's. */
  readonly window: FileWindow | undefined;
  /** `--prices`, read; `undefined`: each subscription's own `UnitPrice` in the file. */
  readonly prices: PriceList | undefined;
  /** What every subscription is reconciled with. */
  readonly context: JobContext;
  /** Whether a subscription listed again was told before the items came here. */
  readonly unique: boolean;
  /** `--explain`'s subscription, when asked (one thread only). */
  readonly explain?: string | undefined;
  /**
   * Whether the lines without `SubscriptionId` are this reader's (asked once the items have
   * come): every worker reads them; they are the worker's that has the only resource, else the
   * first worker's, which reconciles them as a subscription of their own.
   */
  readonly looseHere: () => boolean;
}

/** Where a reader's results go, each with its key: its place in the output. */
export interface ShardSink {
  /** A subscription to reconcile; resolves when the next may be handed over. */
  submit(job: ReconcileJob, key: number): Promise<void> | undefined;
  /** A result made here (an issue, an explained subscription). */
  settle(result: JobResult, key: number): void;
  /** How many subscriptions were handed over, of about how many. */
  compared?(count: number, of: number): void;
}

/**
 * Takes a subscription read back from a spill into the maps of those held: its groups added to
 * those already back, its labels and price when none came back before, its unread rows after theirs.
 */
function holdAgain(read: ReconFile, held: HeldSubscription): void {
  for (const group of held.groups) read.groups.addGroup(group);
  if (held.labels !== undefined && !read.labels.has(held.id)) read.labels.set(held.id, held.labels);
  if (held.unitPrice !== undefined && !read.unitPrices.has(held.id))
    read.unitPrices.set(held.id, held.unitPrice);
  if (held.seats !== undefined) read.seats.put(held.id, held.seats);
  if (held.unread !== undefined)
    read.unread.set(
      held.id,
      [...(read.unread.get(held.id) ?? []), ...held.unread].slice(0, ROWS_KEPT),
    );
}

/**
 * Reconciles the subscriptions one reader of the file holds (REC-3): each item of
 * `--subscriptions` with its groups, then the subscriptions of the file left without a resource
 * (unexpected), by their first line; past the memory budget, a partition at a time. Every result
 * goes to `sink` with its key — its place in the output — so the output has one order whatever
 * the workers, the memory budget or the engine: each item of `--subscriptions` in its place, then
 * the subscriptions the file bills without a resource by their first line read.
 *
 * @param run - What is reconciled, and with what.
 * @param items - The items of `--subscriptions` that are this reader's, in their order, in batches.
 * @param sink - Where the subscriptions and results go.
 * @returns How many subscriptions were compared, and `--explain`'s text when asked.
 */
export async function reconcileShard(
  run: ShardRun,
  items: AsyncIterable<readonly PlacedItem[]>,
  sink: ShardSink,
): Promise<{ compared: number; explained: string | undefined }> {
  const { read, window, prices, context } = run;
  const { spill } = read;
  let onlyOne = false;
  let compared = 0;
  let seq = 0;
  let explained: string | undefined;
  const priceOf = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>>,
    groups: readonly FileGroup[],
  ): PriceFound => {
    const currency = groups.find((group) => group.currency !== undefined)?.currency;
    // its market: its first line's CustomerCountry, unless --market overrides it (PL-7)
    const country = (read.labels.get(id) ?? (onlyOne ? read.labels.get(undefined) : undefined))
      ?.customerCountry;
    if (prices !== undefined) return prices.priceOf(id ?? '', resource, currency, country);
    // the lines without SubscriptionId are the only resource's
    const row = read.unitPrices.get(id) ?? (onlyOne ? read.unitPrices.get(undefined) : undefined);
    return row === undefined
      ? { missing: `the file prints no UnitPrice for it: ${CLI_NAMES.givePrices}` }
      : { price: row };
  };
  // the rows that cannot be read of a subscription (and of the lines without one, when it has them)
  const unreadOf = (id: string | undefined): number[] | undefined => {
    const rows = read.unread.get(id);
    const loose = onlyOne && id !== undefined ? read.unread.get(undefined) : undefined;
    return loose === undefined ? rows : [...(rows ?? []), ...loose];
  };
  // a subscription handed over: a promise only when the sink asks the reader to wait (workers
  // busy), so a run on one core makes none per subscription
  const reconcileOne = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>> | undefined,
    groups: readonly FileGroup[],
    key: number,
  ): Promise<void> | undefined => {
    if (window === undefined && groups.length === 0) return undefined;
    compared++;
    sink.compared?.(compared, read.subscriptions);
    const job: ReconcileJob = {
      seq: seq++,
      id,
      resource,
      groups,
      price: resource === undefined ? { missing: '' } : priceOf(id, resource, groups),
      // the terms read back or forward to the month, priced by the file's UnitPrice for them or the list at their starts (REC-5)
      termPrices:
        resource === undefined
          ? undefined
          : termPrices(
              resource,
              window,
              groups,
              prices === undefined ? undefined : (term) => priceOf(id, term, groups),
            ),
      // what an Extended Service Term's remedy sets its price against (REC-6)
      committedPrice:
        resource === undefined || prices === undefined
          ? undefined
          : committedPrice(resource, (term) => priceOf(id, term, groups)),
      unreadRows: unreadOf(id),
      fileSeats: read.seats.of(id) ?? (onlyOne ? read.seats.of(undefined) : undefined),
      labels: read.labels.get(id) ?? (onlyOne ? read.labels.get(undefined) : undefined) ?? {},
    };
    const unreadRows = read.unread.get(id);
    // what the file said of it is in the job now: a spilled run holds one partition's, not all
    if (id !== undefined) {
      read.labels.delete(id);
      read.unitPrices.delete(id);
      read.unread.delete(id);
      read.seats.take(id);
    }
    if (run.explain !== undefined && id === run.explain) {
      const result = reconcileJob(job, context, true);
      if (result.outcome !== undefined)
        explained = explanation(id, resource, groups, result.outcome, unreadRows, context.tag);
      sink.settle(result, key);
      return undefined;
    }
    return sink.submit(job, key);
  };
  const reconcileResource = (item: SpilledResource): Promise<void> | undefined => {
    onlyOne = item.withLoose;
    const groups = read.groups.take(item.id);
    return reconcileOne(
      item.id,
      item.resource,
      item.withLoose ? [...groups, ...read.groups.take(undefined)] : groups,
      item.place,
    );
  };
  // the subscriptions of the file left without a resource: unexpected, by their first line
  const reconcileRest = async (): Promise<void> => {
    const rest: { id: string | undefined; groups: FileGroup[] | undefined; key: number }[] = [];
    for (const id of read.groups.subscriptionIds())
      if (id !== undefined || spill === undefined) {
        const groups = read.groups.take(id);
        rest.push({ id, groups, key: fileOrder(groups) });
      }
    rest.sort((a, b) => a.key - b.key);
    for (const left of rest) {
      const groups = left.groups ?? [];
      left.groups = undefined;
      const wait = reconcileOne(left.id, undefined, groups, left.key);
      if (wait !== undefined) await wait;
    }
  };
  // in its place among the results, whichever worker is still busy with those before it
  const settleIssue = (issue: ReconcileSubscriptionIssue, key: number): void => {
    sink.settle(issueResult(seq++, issue), key);
  };
  // a subscription listed again, when not told before: its id is always this reader's
  const told = (seen: SeenIds | undefined, item: SpilledResource): boolean => {
    if (seen === undefined || seen.add(item.id)) return false;
    const again = listedAgain(item.id, CLI_NAMES);
    if ('issue' in again) settleIssue(again.issue, item.place);
    return true;
  };
  const seenHere = run.unique || spill !== undefined ? undefined : new IdTable();
  for await (const batch of items)
    for (const item of batch) {
      if ('issue' in item) settleIssue(item.issue, item.place);
      else if (spill !== undefined) spill.writeResource(spill.partitionOf(item.id), item);
      else if (!told(seenHere, item)) {
        const wait = reconcileResource(item);
        if (wait !== undefined) await wait;
      }
    }
  // the lines without SubscriptionId that are another reader's
  if (!run.looseHere()) read.groups.take(undefined);
  if (spill !== undefined)
    // the file past the memory budget: one partition of subscriptions in memory at a time
    for (let partition = 0; partition < spill.partitions; partition++) {
      for (const held of spill.held(partition)) holdAgain(read, held);
      await read.readBack?.(partition);
      const seen = run.unique ? undefined : new IdTable();
      for (const item of spill.resources(partition))
        if (!told(seen, item)) {
          const wait = reconcileResource(item);
          if (wait !== undefined) await wait;
        }
      await reconcileRest();
    }
  if (spill !== undefined && read.groups.subscriptions > 0) {
    const loose = read.groups.take(undefined);
    await reconcileOne(undefined, undefined, loose, fileOrder(loose));
  }
  await reconcileRest();
  return { compared, explained };
}
