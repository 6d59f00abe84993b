import { jsonScan } from './jsonScan.ts';

/**
 * The items of a list of resources as their texts' bytes, one at a time, from bytes in pieces,
 * read as {@link jsonScan} reads them (an array, `{ value }`, `{ items }`, JSON lines): for a
 * caller that hands an item on (to a worker, to disk) and parses it where it is used. Nothing is
 * decoded. Text around the items that is not JSON, or holds no such list, is a UsageError naming
 * `flag`; an item's own text is not checked (`JSON.parse` of it does, decoded as UTF-8).
 *
 * @param bytes - The file's bytes (UTF-8, its byte-order mark dropped).
 * @param flag - The command-line flag that named the file, for errors.
 * @returns The items' bytes, each from its first character to the comma or bracket after it (a
 *   view of the file's piece: copy or decode it, do not hold it), in batches (those each piece
 *   completes).
 */
export function jsonItemTexts(
  bytes: AsyncIterable<Uint8Array>,
  flag: string,
): AsyncGenerator<Buffer[]> {
  return jsonScan(bytes, flag, false) as AsyncGenerator<Buffer[]>;
}
