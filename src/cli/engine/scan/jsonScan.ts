import { isAscii } from 'node:buffer';
import { UsageError } from '../../UsageError.ts';
import { objectRead } from './itemId.ts';

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

const QUOTE = 34;
const BACKSLASH = 92;
const SPACE = 32;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const COMMA = 44;
const NEWLINE = 10;

/** The bytes of the two keys whose array holds the resources: `value` and `items`. */
const VALUE = [118, 97, 108, 117, 101] as const;
const ITEMS = [105, 116, 101, 109, 115] as const;

/** Whether the bytes from `from` to `to` are the key `key`, as written (no escape read). */
function isKey(bytes: Uint8Array, from: number, to: number, key: readonly number[]): boolean {
  if (to - from !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (bytes[from + k] !== key[k]) return false;
  return true;
}

/** The error of text that is not a list of resources, naming `flag`. */
export function notResources(flag: string, why: string): UsageError {
  return new UsageError(
    `${flag}: ${why}; expected a JSON array of Subscription resources, { "value": [ … ] }, { "items": [ … ] } or one resource a line`,
  );
}

/**
 * The end of the items a piece holds whole, for them to be parsed at once: the last comma after
 * `from` between a closing and an opening brace (whitespace around it), or -1. Only a guess (the
 * comma may be in a string, or between objects of an array in an item): `JSON.parse` of the
 * items up to it tells.
 */
function lastItemEnd(bytes: Uint8Array, from: number): number {
  let next = -1;
  for (let at = bytes.length - 1; at > from; at--) {
    const c = bytes[at] as number;
    if (c === OPEN_OBJECT) next = at;
    else if (c === COMMA && next !== -1) {
      let before = at - 1;
      while (before > from && (bytes[before] as number) <= SPACE) before--;
      if (bytes[before] === CLOSE_OBJECT) return at;
      next = -1;
    } else if (c > SPACE) next = -1;
  }
  return -1;
}

/**
 * The end of the JSON lines a piece holds whole: just past the closing brace before its last line
 * break (whitespace between), or -1.
 */
function lastLineEnd(bytes: Uint8Array, from: number): number {
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(NEWLINE);
  if (end <= from) return -1;
  let before = end - 1;
  while (before > from && (bytes[before] as number) <= SPACE) before--;
  return bytes[before] === CLOSE_OBJECT ? before + 1 : -1;
}

/**
 * The text of bytes: as Latin-1 when they are all ASCII (the same characters, decoded four times
 * as fast), else as UTF-8.
 */
function textOf(bytes: Buffer, from: number, to: number): string {
  return bytes.toString(isAscii(bytes.subarray(from, to)) ? 'latin1' : 'utf8', from, to);
}

/** A line break and the blank lines after it: where one JSON line ends and the next starts. */
const LINE_BREAK = /\n[ \t\r\n]*/g;

/**
 * Items parsed at once: the text of a list's items, or of JSON lines (`lines`), each line break
 * then followed by a comma — or `undefined` when `JSON.parse` refuses them, or the lines are not
 * one object each (the items are then read one by one, which says what is wrong). A line break
 * kept before its comma is no JSON in a string, and a comma of the text's own between lines makes
 * one item more than lines: so what is read at once is each line's object, or nothing.
 */
function bulkOf(text: string, lines: boolean): unknown[] | undefined {
  let count = 1;
  const listed = lines
    ? text.replace(LINE_BREAK, () => {
        count++;
        return '\n,';
      })
    : text;
  let bulk: unknown;
  try {
    bulk = JSON.parse(`[${listed}]`);
  } catch {
    return undefined;
  }
  if (!Array.isArray(bulk) || bulk.length === 0) return undefined;
  if (!lines) return bulk;
  if (bulk.length !== count) return undefined;
  for (const item of bulk)
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  return bulk;
}

/**
 * Where the brackets opened just before `from` close: the index of their closing bracket (strings
 * passed over two tests a byte), or -1 when the piece ends first. A plain loop over the bytes of
 * most of the text, as the scan's own loop reads them.
 */
function closeOf(b: Buffer, from: number, n: number): number {
  let depth = 1;
  let i = from;
  while (i < n) {
    const c = b[i] as number;
    if (c === QUOTE) {
      i++;
      while (i < n) {
        const s = b[i] as number;
        if (s === QUOTE) break;
        if (s === BACKSLASH) i++;
        i++;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth === 0) return i;
    i++;
  }
  return -1;
}

/** Where the scan of a list is between two pieces. */
interface ScanState {
  /** The depth the items are at (1 in a bare array, 2 in `{ value }`), -1 outside the array. */
  itemDepth: number;
  /** Whether the list of items was found. */
  found: boolean;
  /** How deep the scan is in brackets. */
  depth: number;
  /** Whether the top-level value has closed. */
  done: boolean;
  /** Whether the scan is in a string. */
  inString: boolean;
  /** Where the string being read starts. */
  stringStart: number;
  /** Where the last string closed at depth 1 of a top-level object starts: a key. */
  keyFrom: number;
  /** Where it ends. */
  keyTo: number;
  /** The bytes it is in. */
  keyBytes: Uint8Array | undefined;
  /** Where the item being read starts in the piece, -1 between items. */
  start: number;
  /** Where a top-level object starts while it is not known to hold the list: it may be a resource. */
  objectStart: number;
  /** Whether the text is objects one after another (JSON lines). */
  lines: boolean;
  /** How many items were read before this piece. */
  count: number;
  /** Whether the last thing read at the items' depth is a comma (an item must follow). */
  afterComma: boolean;
  /** Where the scan is in the piece (past its end after a backslash that ended the last piece). */
  i: number;
}

/**
 * Scans one piece (the bytes kept from the last one, then the new ones) from where the scan is:
 * a plain function, not the generator, so its variables are the machine's registers and not the
 * generator's saved state (three times as fast).
 *
 * @returns The items the piece completes (texts or bytes; parsed when read at once), where in
 *   them the texts to parse are, and from where the piece's bytes are kept for the next.
 */
function scanPiece(
  s: ScanState,
  b: Buffer,
  parse: boolean,
  bad: (why: string) => UsageError,
): { items: unknown[]; texts: number[]; ids: (string | undefined)[]; keep: number } {
  let { itemDepth, found, depth, done, inString, stringStart, keyFrom, keyTo, keyBytes } = s;
  let { start, objectStart, lines, afterComma, i } = s;
  const { count } = s;
  const n = b.length;
  const items: unknown[] = [];
  /** Where in `items` the texts are that are still to be parsed. */
  const texts: number[] = [];
  /** Each item's id, when read as it was cut (texts only). */
  const ids: (string | undefined)[] = [];
  let tryBulk = parse;
  /** Whether JSON.parse refused this piece's items at once: they are parsed one by one. */
  let bulkRefused = false;
  while (i < n) {
    if (tryBulk && start === -1 && !inString && !done) {
      if (depth === itemDepth) {
        // the items this piece holds whole, parsed as one array: a guess JSON.parse checks
        tryBulk = false;
        const end = lastItemEnd(b, i);
        const bulk = end === -1 ? undefined : bulkOf(textOf(b, i, end), false);
        // none found, or refused: none is tried again in this piece (no later guess is better)
        if (bulk === undefined) bulkRefused = true;
        else {
          for (const item of bulk) items.push(item);
          i = end + 1;
          afterComma = true;
          continue;
        }
      } else if (lines && depth === 0 && objectStart === -1) {
        // the resources of JSON lines this piece holds whole: one a line, each an object
        tryBulk = false;
        while (i < n && (b[i] as number) <= SPACE) i++;
        const end = lastLineEnd(b, i);
        const bulk = end === -1 ? undefined : bulkOf(textOf(b, i, end), true);
        // none found, or refused: none is tried again in this piece (no later guess is better)
        if (bulk === undefined) bulkRefused = true;
        else {
          for (const item of bulk) items.push(item);
          i = end;
        }
        // the whitespace passed over may have been the piece's last
        continue;
      }
    }
    if (inString) {
      // strings are most of the text: their bytes are passed over two tests a byte
      let c = b[i] as number;
      while (c !== QUOTE) {
        if (c === BACKSLASH) i++;
        if (++i >= n) break;
        c = b[i] as number;
      }
      if (i >= n) break;
      inString = false;
      if (depth === 1 && !found) {
        keyFrom = stringStart + 1;
        keyTo = i;
        keyBytes = b;
      }
      i++;
      continue;
    }
    const c = b[i] as number;
    if (c === QUOTE) {
      if (done) throw bad('more than one JSON value');
      if (depth === 0) throw bad('no array of resources found');
      if (depth === itemDepth && start === -1) {
        start = i;
        afterComma = false;
      }
      inString = true;
      stringStart = i;
      i++;
      continue;
    }
    i++;
    if (c <= SPACE) continue;
    if (done) throw bad('more than one JSON value');
    const at = i - 1;
    if (depth === itemDepth && start === -1 && c !== COMMA && c !== CLOSE_ARRAY) {
      start = at;
      afterComma = false;
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (
        !found &&
        !lines &&
        c === OPEN_ARRAY &&
        (depth === 0 ||
          (depth === 1 &&
            keyBytes !== undefined &&
            (isKey(keyBytes, keyFrom, keyTo, VALUE) || isKey(keyBytes, keyFrom, keyTo, ITEMS))))
      ) {
        itemDepth = depth + 1;
        found = true;
        afterComma = false;
        objectStart = -1;
      }
      if (depth === 0 && c === OPEN_OBJECT && !found) objectStart = at;
      if (depth === 0 && c === OPEN_ARRAY && lines) throw bad('an array after a resource');
      depth++;
      // an item's brackets (or a JSON line's): passed over to the one that closes them, which
      // the loop then reads; nothing inside is the list's but where it ends
      if ((found && depth === itemDepth + 1) || (lines && depth === 1)) {
        if (!parse && c === OPEN_OBJECT && (start === at || objectStart === at)) {
          // an item that is an object: its id read in the same pass
          const read = objectRead(b, at, n);
          if (read.close !== -1) {
            i = read.close;
            ids[items.length] = read.id;
          }
        } else {
          const close = closeOf(b, i, n);
          if (close !== -1) i = close;
        }
      }
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
      if (depth < 0) throw bad('a closing bracket without its opening one');
      if (depth === itemDepth - 1) {
        // a comma before the bracket: `[1,]` is not JSON
        if (start === -1 && afterComma) throw bad(`item ${count + items.length + 1} is empty`);
        if (start !== -1) {
          texts.push(items.length);
          items.push(parse ? b.toString('utf8', start, at) : b.subarray(start, at));
        }
        start = -1;
        itemDepth = -1;
      }
      if (depth === 0 && objectStart !== -1) {
        // a top-level object without the list: a resource of its own, maybe the first of lines
        texts.push(items.length);
        items.push(
          parse ? b.toString('utf8', objectStart, at + 1) : b.subarray(objectStart, at + 1),
        );
        objectStart = -1;
        lines = true;
        tryBulk = parse && !bulkRefused;
      } else done = depth === 0;
    } else if (c === COMMA && depth === itemDepth) {
      if (start === -1) throw bad(`item ${count + items.length + 1} is empty`);
      texts.push(items.length);
      items.push(parse ? b.toString('utf8', start, at) : b.subarray(start, at));
      start = -1;
      tryBulk = parse && !bulkRefused;
      afterComma = true;
    } else if (depth === 0) throw bad('not JSON');
  }
  // keep the item being read, or the string being read (it may be the key), and nothing else
  const keep = objectStart !== -1 ? objectStart : start !== -1 ? start : inString ? stringStart : i;
  if (start !== -1) start -= keep;
  if (objectStart !== -1) objectStart -= keep;
  if (inString) stringStart -= keep;
  i -= keep;
  // a key read from this piece is copied: the piece's memory is the stream's to reuse
  if (keyBytes === b && keyTo > keyFrom) {
    keyBytes = Buffer.from(b.subarray(keyFrom, keyTo));
    keyTo -= keyFrom;
    keyFrom = 0;
  } else if (keyBytes === b) keyBytes = undefined;
  Object.assign(s, {
    itemDepth,
    found,
    depth,
    done,
    inString,
    stringStart,
    keyFrom,
    keyTo,
    keyBytes,
    start,
    objectStart,
    lines,
    afterComma,
    i,
  });
  return { items, texts, ids, keep };
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
