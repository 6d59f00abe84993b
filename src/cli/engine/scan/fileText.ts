import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
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

/**
 * The pieces a file read into pieces used again holds ({@link fileText}'s `reuse`): the piece
 * handed over, the one before it (a row it cut is copied out while the next is scanned), and the
 * one being read ahead.
 */
const RING = 3;

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
  /**
   * Whether `bytes` hands its pieces over in buffers used again (`reuse`, a file not gzip): a piece
   * stays as it is only until the piece after the next is asked for — what is held longer is copied.
   */
  readonly reused: boolean;
  /** The bytes of the file read so far (compressed bytes for gzip), for a progress bar. */
  bytesRead(): number;
  /**
   * The bytes of the byte-order mark dropped from the file's start (3 or 0; 0 until the first
   * bytes are read): where `bytes`' first byte lies in a file not gzip.
   */
  dropped(): number;
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
 * @param reuse - Whether its bytes may come in buffers used again ({@link ringSource}; gzip is
 *   inflated into pieces of its own all the same): for a reader that copies what it keeps of a
 *   piece before the piece after the next is asked for.
 * @returns Its text in pieces, whether it was gzip, and a count of the bytes read.
 */
export function fileText(path: string, flag: string, reuse = false): FileText {
  const head = firstBytes(path, flag);
  const gzip = head[0] === GZIP[0] && head[1] === GZIP[1];
  const source = reuse && !gzip ? ringSource(path) : streamSource(path, gzip);
  let dropped = 0;
  /** The file's bytes, its byte-order mark dropped; a failure to read is a UsageError. */
  async function* chunks(): AsyncGenerator<Buffer> {
    /** The file's first bytes, until there are three to tell a byte-order mark by. */
    let head: Buffer | undefined = Buffer.alloc(0);
    try {
      for await (const chunk of source.bytes) {
        let buffer = chunk;
        if (head !== undefined) {
          buffer = Buffer.concat([head, buffer]);
          if (buffer.length < BOM.length) {
            head = buffer;
            continue;
          }
          head = undefined;
          if (buffer.subarray(0, BOM.length).equals(BOM)) {
            buffer = buffer.subarray(BOM.length);
            dropped = BOM.length;
          }
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
      source.close();
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
  return {
    pieces: pieces(),
    bytes: chunks(),
    gzip,
    reused: source.reused,
    bytesRead: source.bytesRead,
    dropped: () => dropped,
  };
}

/** Where a file's bytes come from: their pieces, how to stop reading, and how many were read. */
interface ByteSource {
  readonly bytes: AsyncIterable<Buffer>;
  readonly reused: boolean;
  readonly close: () => void;
  readonly bytesRead: () => number;
}

/**
 * A file's bytes as a stream reads them, inflated when gzip: each piece a buffer of its own.
 *
 * @param path - The file.
 * @param gzip - Whether to inflate it.
 * @returns The source.
 */
function streamSource(path: string, gzip: boolean): ByteSource {
  const raw = createReadStream(path, { highWaterMark: PIECE });
  const bytes = gzip ? raw.pipe(createGunzip({ chunkSize: PIECE })) : raw;
  if (gzip) raw.on('error', (error) => bytes.destroy(error));
  // a reader that stops early (DuckDB's engine reads the header only) leaves the inflating of
  // bytes already read: its error is then nobody's, and must not end the process with a stack
  // trace; a reader that goes on is told by its own iteration
  bytes.on('error', () => undefined);
  return {
    bytes: bytes as AsyncIterable<Buffer>,
    reused: false,
    close: () => raw.destroy(),
    bytesRead: () => raw.bytesRead,
  };
}

/**
 * A file's bytes read into {@link RING} pieces used again, the next read ahead while one is
 * scanned: a piece handed over stays as it is until the piece after the next is asked for. A
 * stream's new buffer a piece costs its pages' first touch and the collector's count of memory
 * outside the heap; a reader that copies what it keeps of a piece before then needs no more than
 * this (the CSV scan keeps the row a piece cut, joined to the next piece's start as it is scanned;
 * the cut into blocks copies every byte into a block).
 *
 * @param path - The file (not gzip).
 * @returns The source.
 */
function ringSource(path: string): ByteSource {
  let read = 0;
  async function* bytes(): AsyncGenerator<Buffer> {
    const handle = await open(path, 'r');
    const ring = Array.from({ length: RING }, () => Buffer.allocUnsafeSlow(PIECE));
    let position = 0;
    const into = (buffer: Buffer): Promise<number> =>
      handle.read(buffer, 0, PIECE, position).then(({ bytesRead }) => {
        position += bytesRead;
        return bytesRead;
      });
    let k = 0;
    let next = into(ring[0] as Buffer);
    try {
      for (;;) {
        const length = await next;
        if (length === 0) return;
        read += length;
        const piece = (ring[k % RING] as Buffer).subarray(0, length);
        k++;
        next = into(ring[k % RING] as Buffer);
        // a failure of the read ahead is met when it is awaited, never left unhandled meanwhile
        next.catch(() => undefined);
        yield piece;
      }
    } finally {
      await next.catch(() => undefined);
      await handle.close();
    }
  }
  return { bytes: bytes(), reused: true, close: () => undefined, bytesRead: () => read };
}
