import type { PriceList } from '../../reconciliation/_internal/priceList.ts';
import { resourcesOf } from '../engine/scan/subscriptionFiles.ts';
import type { ReconFile } from './readReconFile.ts';
import type { JobContext, JobResult } from './reconcileJob.ts';
import { type PlacedItem, reconcileShard } from './reconcileShard.ts';
import { shardPool } from './shardPool.ts';
import { subscriptionsOf } from './subscriptionsOf.ts';

/** A file read whole in this thread (or by DuckDB), and what its subscriptions are replayed with. */
export interface HeldRun {
  /** The file's groups, held or spilled. */
  readonly read: ReconFile;
  /** `--subscriptions`' files. */
  readonly resources: readonly string[];
  /** How many threads replay the subscriptions. */
  readonly workers: number;
  /** What each subscription is reconciled with, its window set. */
  readonly context: JobContext;
  /** `--prices`, read. */
  readonly prices: PriceList | undefined;
  /** `--explain`'s subscription, when given. */
  readonly explain: string | undefined;
}

/**
 * The resources, each with its place in the list: a subscription listed again is one item
 * whichever tells it.
 */
async function* placed(
  resources: readonly string[],
  loose: boolean,
  unique: boolean,
): AsyncGenerator<PlacedItem[]> {
  let place = 0;
  // written out, not spread: a spread of items of two shapes costs more than the reading
  for await (const batch of subscriptionsOf(resourcesOf(resources), loose, unique))
    yield batch.map(
      (item): PlacedItem =>
        'issue' in item
          ? { issue: item.issue, place: place++ }
          : { id: item.id, resource: item.resource, withLoose: item.withLoose, place: place++ },
    );
}

/**
 * `reconcile`'s replay of a file read in one thread (REC-3): the resources streamed against the
 * groups held (or a partition at a time past the budget, {@link reconcileShard}), the
 * subscriptions replayed by the pool's threads ({@link shardPool}), each result taken at its key.
 *
 * @param run - The file read, the resources and the context.
 * @param take - Takes each result, at its key.
 * @param compared - Told how many subscriptions are compared so far, of how many.
 * @returns How many subscriptions were compared, and `--explain`'s text when asked.
 */
export async function reconcileHeld(
  run: HeldRun,
  take: (result: JobResult, key: number) => void,
  compared: (count: number, of: number) => void,
): Promise<{ compared: number; explained: string | undefined }> {
  // each result's key by its seq, until it is taken
  const keys = new Map<number, number>();
  const pool = shardPool(run.workers, run.context, (result) => {
    const key = keys.get(result.seq) ?? 0;
    keys.delete(result.seq);
    take(result, key);
  });
  const held = run.read;
  const loose = held.groups.holds(undefined);
  // past the memory budget, a subscription listed again is told partition by partition (its id
  // hashes to one), so no set of every id is held; a file of loose lines bills one: told here
  const unique = held.spill === undefined || loose;
  try {
    const done = await reconcileShard(
      {
        read: held,
        window: run.context.window,
        prices: run.prices,
        context: run.context,
        unique,
        explain: run.explain,
        looseHere: () => true,
      },
      placed(run.resources, loose, unique),
      {
        submit(job, key) {
          keys.set(job.seq, key);
          return pool.submit(job);
        },
        settle(result, key) {
          keys.set(result.seq, key);
          pool.settle(result);
        },
        compared,
      },
    );
    await pool.finish();
    return { compared: done.compared, explained: done.explained };
  } finally {
    pool.stop();
  }
}
