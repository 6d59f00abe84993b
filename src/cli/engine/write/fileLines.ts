import { closeSync, openSync, writeSync } from 'node:fs';
import { UsageError } from '../../UsageError.ts';

/** The bytes gathered before they are written: a megabyte. */
const PIECE = 1 << 20;
/** A line break. */
const LF = 10;

/** Where a command writes its output file: lines of text, and bytes already encoded. */
export interface FileLines {
  /** Writes a line: the text, encoded as UTF-8, and a line break. */
  line(text: string): void;
  /**
   * Writes bytes as they are, with no line break: a text kept as UTF-8 until it is written
   * (`usage` keeps its findings so), copied once instead of decoded and encoded again.
   *
   * @param chunk - Where the bytes are.
   * @param start - The first byte.
   * @param end - The byte after the last.
   */
  bytes(chunk: Uint8Array, start: number, end: number): void;
  /** Writes what is gathered and closes the file. */
  close(): void;
}

/** Writes every byte of `bytes` from `start` to `end` (a write may take fewer). */
function writeAll(fd: number, bytes: Uint8Array, start: number, end: number): void {
  let at = start;
  while (at < end) at += writeSync(fd, bytes, at, end - at);
}

/**
 * Lines written to the file `--out` names, gathered as UTF-8 in pieces of a megabyte: each text
 * encoded once, into the piece, and the piece written when full.
 *
 * @param path - The file.
 * @returns Where to write a line or bytes, and how to end.
 * @throws UsageError when the file cannot be written.
 */
export function fileLines(path: string): FileLines {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(
      `--out: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const piece = Buffer.allocUnsafeSlow(PIECE);
  let used = 0;
  const flush = (): void => {
    writeAll(fd, piece, 0, used);
    used = 0;
  };
  return {
    line(text) {
      // a UTF-16 unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four)
      if (text.length * 3 + 1 > PIECE - used) {
        flush();
        if (text.length * 3 + 1 > PIECE) {
          const bytes = Buffer.from(`${text}\n`);
          writeAll(fd, bytes, 0, bytes.length);
          return;
        }
      }
      used += piece.write(text, used);
      piece[used++] = LF;
    },
    bytes(chunk, start, end) {
      if (end - start > PIECE - used) {
        flush();
        if (end - start > PIECE) {
          writeAll(fd, chunk, start, end);
          return;
        }
      }
      piece.set(chunk.subarray(start, end), used);
      used += end - start;
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
