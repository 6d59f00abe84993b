import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { UsageError } from '../UsageError.ts';

/** gzip's magic number (RFC 1952): a file that starts with these two bytes is gzip, whatever its name. */
const GZIP = [0x1f, 0x8b] as const;

/** A file read as text, and how far into it the reading is. */
export interface FileText {
  /** The file's text in pieces, UTF-8 decoded, its byte-order mark dropped. */
  readonly pieces: AsyncIterable<string>;
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
 * UTF-8 with or without a byte-order mark (the decoder drops it); never the whole file in memory.
 * A file that cannot be read, or gzip that does not inflate, is a UsageError naming `flag`.
 *
 * @param path - The file.
 * @param flag - The command-line flag that named it, for errors (`--file`).
 * @returns Its text in pieces, whether it was gzip, and a count of the bytes read.
 */
export function fileText(path: string, flag: string): FileText {
  const head = firstBytes(path, flag);
  const gzip = head[0] === GZIP[0] && head[1] === GZIP[1];
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const bytes = gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  if (gzip) raw.on('error', (error) => bytes.destroy(error));
  async function* pieces(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const chunk of bytes) {
        const text = decoder.decode(chunk as Buffer, { stream: true });
        if (text !== '') yield text;
      }
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
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  }
  return { pieces: pieces(), gzip, bytesRead: () => raw.bytesRead };
}
