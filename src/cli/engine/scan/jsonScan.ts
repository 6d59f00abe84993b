import { UsageError } from '../../UsageError.ts';
import { type ScanState, scanPiece } from './jsonPiece.ts';

/** The items a piece of a list completes. */
export interface ScannedItems {
  /** The items: parsed, or each one's bytes. */
  readonly items: unknown[];
  /**
   * Each item's top-level id read from its bytes as it was cut (`itemId`'s reading; bytes only, and
   * only for an object the piece holds whole: `undefined` elsewhere, for the caller to read).
   */
  readonly ids: readonly (string | undefined)[];
}

/** The error of text that is not a list of resources, naming `flag`. */
export function notResources(flag: string, why: string): UsageError {
  return new UsageError(
    `${flag}: ${why}; expected a JSON array of Subscription resources, { "value": [ … ] }, { "items": [ … ] } or one resource a line`,
  );
}

/**
 * The items of a list of resources, one at a time, from bytes in pieces (a piece may end
 * mid-character): a JSON array (`[...]`), the `value` array of an object
 * (`{ "value": [...], "totalCount": … }`) or the `items` array of Partner Center's collection
 * (`{ "totalCount": …, "items": [...], "links": …, "attributes": … }`), or JSON objects one after
 * another (JSON lines, or a file of one resource). The bytes are scanned, never decoded whole:
 * only each item's own bytes are, into its text. Only the item being read is held, so a file of a
 * million resources is read in the memory of one. Bytes that are not JSON around the items, or
 * hold no such list, are a UsageError naming `flag`.
 *
 * An item's text runs from its first character to the comma or bracket after it, whitespace
 * after it kept (so an error `JSON.parse` gives quotes the text as written).
 *
 * Without `parse`, each item is given as its text's bytes: a view of the file's piece, not a copy
 * (it holds the piece in memory: a caller copies or decodes it, and lets it go).
 *
 * When `parse`, the items are given parsed, and an item that is not JSON is a UsageError naming
 * its place (the piece's errors around the items first, as read); the items a piece holds whole
 * are then parsed at once, as one array, when they are (decided: `JSON.parse` reads a prefix of
 * the list left to right as the scan does, so a prefix it reads whole is those very items, and
 * anything it refuses is scanned item by item, which says what and where).
 *
 * @param bytes - The file's bytes (UTF-8, its byte-order mark dropped).
 * @param flag - The command-line flag that named the file, for errors.
 * @param parse - Whether to give the items parsed (else as their bytes).
 * @returns The items, in batches (those each piece completes: one promise a batch, not an item,
 *   as a million resources go through several generators), with the ids read as they were cut.
 */
export async function* jsonScan(
  bytes: AsyncIterable<Uint8Array>,
  flag: string,
  parse: boolean,
): AsyncGenerator<ScannedItems> {
  const bad = (why: string): UsageError => notResources(flag, why);
  const s: ScanState = {
    itemDepth: -1,
    found: false,
    depth: 0,
    done: false,
    inString: false,
    stringStart: -1,
    keyFrom: 0,
    keyTo: 0,
    keyBytes: undefined,
    start: -1,
    objectStart: -1,
    lines: false,
    count: 0,
    afterComma: false,
    i: 0,
  };
  let buffer: Buffer = Buffer.alloc(0);
  for await (const piece of bytes) {
    buffer =
      buffer.length === 0
        ? Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
        : Buffer.concat([buffer, piece]);
    const b = buffer;
    const n = b.length;
    const { items, texts, ids, keep } = scanPiece(s, b, parse, bad);
    buffer = keep >= n ? Buffer.alloc(0) : Buffer.from(b.subarray(keep));
    if (parse)
      for (const k of texts)
        try {
          items[k] = JSON.parse(items[k] as string);
        } catch (error) {
          throw bad(`item ${s.count + k + 1} is not valid JSON (${(error as Error).message})`);
        }
    s.count += items.length;
    if (items.length > 0) yield { items, ids };
  }
  if (s.depth !== 0 || s.inString || (!s.done && s.found))
    throw bad('the JSON ends before it closes');
  if (!s.found && !s.lines) throw bad('no array of resources found');
}
