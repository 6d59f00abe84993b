/** The buffers of the batches a reader hands to its workers, used again ({@link batchBuffers}). */
export interface BatchBuffers {
  /**
   * A buffer of at least `size` bytes, of its own (never a slice of Node's pool) so it can be
   * handed over whole: a spare when one is kept and `size` fits the batches' size, else a fresh
   * one of the batches' size (or of `size`, when that is larger).
   *
   * @param size - The least bytes it must hold.
   * @returns The buffer, from byte 0 of its `ArrayBuffer`.
   */
  take(size: number): Buffer;
  /**
   * Keeps a buffer a worker handed back, for a later `take`: dropped when it is not of the
   * batches' size (a batch for one long row) or when as many are kept as allowed.
   *
   * @param spare - The buffer handed back (transferred: the worker holds nothing of it).
   */
  give(spare: ArrayBuffer): void;
  /** How many spares are kept now. */
  readonly kept: number;
}

/**
 * The batches' buffers of a reader that hands rows and resources' texts to its workers (REC-3,
 * `--workers`): each batch fills a buffer, transferred to its worker, which hands it back once it
 * has read it; the next batch then fills that buffer instead of a fresh one, which would cost its
 * pages touched anew in the reader and a megabyte of memory outside the worker's heap until its
 * collector frees it. Every buffer in flight comes back once, so the spares are at most what may
 * be in flight; `most` bounds them all the same (decided: a buffer past it is dropped, memory
 * stays flat whatever a worker sends back).
 *
 * @param size - The bytes of a batch's buffer.
 * @param most - How many spares are kept at most.
 * @returns The buffers, none kept yet.
 */
export function batchBuffers(size: number, most: number): BatchBuffers {
  const spares: ArrayBuffer[] = [];
  return {
    take(least) {
      const spare = least <= size ? spares.pop() : undefined;
      return spare === undefined
        ? Buffer.allocUnsafeSlow(Math.max(least, size))
        : Buffer.from(spare, 0, size);
    },
    give(spare) {
      if (spare.byteLength === size && spares.length < most) spares.push(spare);
    },
    get kept() {
      return spares.length;
    },
  };
}
