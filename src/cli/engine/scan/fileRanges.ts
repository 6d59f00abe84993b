import { BLOCK } from './rowCut.ts';

/**
 * The most bytes a block given by where it lies holds when each worker finishes what only it
 * holds (usage's `--workers` without `--memory`): 8 MiB. Two blocks next to each other that go to
 * two workers cut the plan their seam falls in, and each such plan is finished by the reading
 * thread after the workers are done: on the shared 860 MB usage file, blocks of a megabyte cut
 * some 690 plans (0.36 s finished alone), blocks of 8 MiB 94 (0.05 s): two workers 7.96–7.99 s →
 * 7.39–7.53 s (docs/PERFORMANCE.md); blocks of 16 MiB held 100 MiB more and were slower.
 */
export const RANGE: number = 8 * BLOCK;

/** How many blocks each worker is given of a file at the least, for the workers to end together. */
const PER_WORKER = 8;

/**
 * Where the blocks of a plain file's rows lie (REC-3, USG-7 `--workers`), each read by the worker
 * it goes to: from `start` to `end` one after another, none empty, each `BLOCK` bytes (a megabyte)
 * at the least and `most` at the most — as large as lets each worker have {@link PER_WORKER}
 * blocks of the file, so a small file is cut as finely as before and a large one in fewer seams.
 * The last block is what is left (shorter, never longer).
 *
 * @param start - Where the first starts (just past the header row).
 * @param end - The file's size when the run began.
 * @param workers - How many workers share the file.
 * @param most - The most bytes a block holds: `BLOCK` keeps every block a megabyte (the
 *   workers' memory bounded by `--memory`), {@link RANGE} when the workers finish side by side.
 * @returns Each block's offset and length, in the file's order.
 */
export function* fileRanges(
  start: number,
  end: number,
  workers: number,
  most: number,
): Generator<readonly [offset: number, length: number], void, undefined> {
  const size = Math.min(
    Math.max(BLOCK, most),
    Math.max(BLOCK, Math.ceil((end - start) / (Math.max(1, workers) * PER_WORKER))),
  );
  for (let offset = start; offset < end; offset += size)
    yield [offset, Math.min(size, end - offset)];
}

/**
 * How many blocks given by where they lie a worker may have been sent and not yet read, for blocks
 * of `length` bytes: as many as hold no more bytes than `inFlight` blocks of a megabyte, but two at
 * the least, so a worker has its next block read while it reads the rows of one, and `inFlight`
 * at the most.
 *
 * @param length - The block's bytes.
 * @param inFlight - What a worker may have of blocks of a megabyte or less.
 * @returns How many of them.
 */
export function rangesAhead(length: number, inFlight: number): number {
  return Math.min(inFlight, Math.max(2, Math.floor((inFlight * BLOCK) / Math.max(1, length))));
}
