import { idHash } from '../shard/idHash.ts';

/** How many partitions the keys are spread over at least, once a run passes its budget. */
export const PARTITIONS = 64;

/** The most partitions a spill has: each is a few files, and they are read one after the other. */
const MOST_PARTITIONS = 4096;

/**
 * How many partitions a run's spill has (REC-3, `--memory`): enough that one partition of one
 * reader holds at most a sixteenth of the budget of the run's input (the file's and the
 * resources' bytes, read back and parsed a partition at a time), a power of two from
 * {@link PARTITIONS} to 4,096. The input's size is an estimate (gzip counted as eight times its
 * bytes); it moves only how much is read back at once, never what is found.
 *
 * @param inputBytes - About how many bytes the run reads (the file and the resources).
 * @param memory - The budget, in bytes.
 * @param readers - How many readers share the input (the workers, or one).
 * @returns The partitions.
 */
export function spillPartitions(inputBytes: number, memory: number, readers: number): number {
  let partitions = PARTITIONS;
  while (partitions < MOST_PARTITIONS && inputBytes / readers / partitions > memory / 16)
    partitions *= 2;
  return partitions;
}

/**
 * Whether a run spills past its budget (REC-3, `--memory`), a job that does not weigh its groups:
 * when its input, shared among its readers, is more than a quarter of the budget — the groups
 * of a share then go to disk a partition at a time.
 *
 * @param inputBytes - About how many bytes the run reads ({@link spillPartitions}).
 * @param memory - The budget, in bytes.
 * @param readers - How many readers share the input (the workers, or one).
 * @returns Whether the run spills.
 */
export function spillsPast(inputBytes: number, memory: number, readers: number): boolean {
  return inputBytes / readers > memory / 4;
}

/**
 * The partition of a key (REC-3, `--memory`): its hash's high bits ({@link idHash}), as its low
 * bits chose the worker, so the two never follow each other.
 *
 * @param key - A group's key (a `SubscriptionId`, an `InvoiceNumber`).
 * @param partitions - How many partitions ({@link spillPartitions}).
 * @returns The partition, from 0.
 */
export function partitionOf(key: string, partitions: number): number {
  return Math.floor((idHash(key) * partitions) / 2 ** 32);
}
