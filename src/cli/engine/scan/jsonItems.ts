import { jsonScan } from './jsonScan.ts';

/**
 * The items of a list of resources, parsed, one at a time, from bytes in pieces: a JSON array
 * (`[...]`), the `value` array of an object (`{ "value": [...], "totalCount": … }`) or the
 * `items` array of Partner Center's collection (`{ "totalCount": …, "items": [...], "links": …,
 * "attributes": … }`), or JSON objects one after another (JSON lines, or a file of one resource);
 * {@link jsonScan} reads them. Only the item being read is held, so a file of a million resources
 * is read in the memory of one. Text that is not JSON, or holds no such list, is a UsageError
 * naming `flag` (an item that is not JSON by its place in the list).
 *
 * @param bytes - The file's bytes (UTF-8, its byte-order mark dropped).
 * @param flag - The command-line flag that named the file, for errors.
 * @returns The items, parsed, in batches (those each piece completes: one promise a batch, not
 *   an item, as a million resources go through several generators).
 */
export async function* jsonItems(
  bytes: AsyncIterable<Uint8Array>,
  flag: string,
): AsyncGenerator<unknown[]> {
  for await (const batch of jsonScan(bytes, flag, true)) yield batch.items;
}
