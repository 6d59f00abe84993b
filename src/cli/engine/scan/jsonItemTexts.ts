import { jsonScan } from './jsonScan.ts';

/** The items' bytes a piece of a list completes, and the ids read from them as they were cut. */
export interface ItemTextBatch {
  /** Each item's bytes (a view of the file's piece: copy or decode it, do not hold it). */
  readonly texts: Buffer[];
  /**
   * Each one's top-level id as `itemId` reads it, read in the same pass that cut it; `undefined`
   * where it is not certain or was not read (an item across two pieces): the caller reads it then.
   */
  readonly ids: readonly (string | undefined)[];
}

/**
 * The items of a list of resources as their texts' bytes, one at a time, from bytes in pieces,
 * read as {@link jsonScan} reads them (an array, `{ value }`, `{ items }`, JSON lines): for a
 * caller that hands an item on (to a worker, to disk) and parses it where it is used. Nothing is
 * decoded. Text around the items that is not JSON, or holds no such list, is a UsageError naming
 * `flag`; an item's own text is not checked (`JSON.parse` of it does, decoded as UTF-8).
 *
 * @param bytes - The file's bytes (UTF-8, its byte-order mark dropped).
 * @param flag - The command-line flag that named the file, for errors.
 * @returns The items' bytes, each from its first character to the comma or bracket after it, in
 *   batches (those each piece completes), with the ids read as they were cut.
 */
export async function* jsonItemTexts(
  bytes: AsyncIterable<Uint8Array>,
  flag: string,
): AsyncGenerator<ItemTextBatch> {
  for await (const batch of jsonScan(bytes, flag, false))
    yield { texts: batch.items as Buffer[], ids: batch.ids };
}
