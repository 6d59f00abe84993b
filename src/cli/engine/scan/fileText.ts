import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { UsageError } from '../../UsageError.ts';

/** gzip's magic number (RFC 1952): a file that starts with these two bytes is gzip, whatever its name. */
const GZIP = [0x1f, 0x8b] as const;

/**
 * The bytes read at a time, and inflated at a time from gzip: 256 KiB. Each piece read is scanned
 * or parsed whole, and what it makes lives until the next: with pieces of 1 MiB a run of
 * 1,000,000 lines on one thread took 129.1 billion instructions, with 256 KiB 120.5 billion (64
 * KiB: 120.1), most of the difference the collector's — what a smaller piece makes dies young
 * instead of being copied out of the young generation and marked again in the old.
 */
const PIECE = 1 << 18;

/** UTF-8's byte-order mark (Excel's CSV export starts with one). */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A file read as text, and how far into it the reading is. */
export interface FileText {
  /** The file's text in pieces, UTF-8 decoded, its byte-order mark dropped. */
  readonly pieces: AsyncIterable<string>;
  /** The same file as bytes, its byte-order mark dropped (read this or `pieces`, not both). */
  readonly bytes: AsyncIterable<Buffer>;
  /** Whether the file is gzip (told by its first bytes). */
  readonly gzip: boolean;
  /** The bytes of the file read so far (compressed bytes for gzip), for a progress bar. */
  bytesRead(): number;
}

/** The first two bytes of a file, or a UsageError naming the flag when it cannot be read. */
function firstBytes(path: string, flag: string): Buffer {
  const head = Buffer.alloc(2);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, head, 0, 2, 0);
    return head.subarray(0, read);
  } catch (error) {
    throw new UsageError(
      `${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Streams a file as text (REC-3): gzip or not told by its first bytes (1f 8b), never by its name;
 * UTF-8 with or without a byte-order mark (dropped); never the whole file in memory.
 * A file that cannot be read, or gzip that does not inflate, is a UsageError naming `flag`.
 *
 * @param path - The file.
 * @param flag - The command-line flag that named it, for errors (`--file`).
 * @returns Its text in pieces, whether it was gzip, and a count of the bytes read.
 */
export function fileText(path: string, flag: string): FileText {
  const head = firstBytes(path, flag);
  const gzip = head[0] === GZIP[0] && head[1] === GZIP[1];
  const raw = createReadStream(path, { highWaterMark: PIECE });
  const bytes = gzip ? raw.pipe(createGunzip({ chunkSize: PIECE })) : raw;
  if (gzip) raw.on('error', (error) => bytes.destroy(error));
  // a reader that stops early (DuckDB's engine reads the header only) leaves the inflating of
  // bytes already read: its error is then nobody's, and must not end the process with a stack
  // trace; a reader that goes on is told by its own iteration, below
  bytes.on('error', () => undefined);
  /** The file's bytes, its byte-order mark dropped; a failure to read is a UsageError. */
  async function* chunks(): AsyncGenerator<Buffer> {
    /** The file's first bytes, until there are three to tell a byte-order mark by. */
    let head: Buffer | undefined = Buffer.alloc(0);
    try {
      for await (const chunk of bytes) {
        let buffer = chunk as Buffer;
        if (head !== undefined) {
          buffer = Buffer.concat([head, buffer]);
          if (buffer.length < BOM.length) {
            head = buffer;
            continue;
          }
          head = undefined;
          if (buffer.subarray(0, BOM.length).equals(BOM)) buffer = buffer.subarray(BOM.length);
        }
        yield buffer;
      }
      if (head !== undefined && head.length > 0) yield head;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new UsageError(
        gzip
          ? `${flag}: ${path} starts as gzip but does not inflate (${code})`
          : `${flag}: cannot read ${path} (${code})`,
      );
    } finally {
      raw.destroy();
    }
  }
  async function* pieces(): AsyncGenerator<string> {
    // node's own decoder: ASCII text stays one byte a character (TextDecoder's output took twice
    // the memory and twice the time to parse)
    const decoder = new StringDecoder('utf8');
    for await (const chunk of chunks()) {
      const text = decoder.write(chunk);
      if (text !== '') yield text;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  }
  // one of the two is read: the other is never started
  return { pieces: pieces(), bytes: chunks(), gzip, bytesRead: () => raw.bytesRead };
}
