import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { PackedList } from './packedTexts.ts';

/** The bytes written, and read back, at a time: a megabyte. */
const CHUNK = 1 << 20;
/** The bytes before each text in the file: its length in bytes (32 bits, little-endian). */
const LENGTH = 4;

/**
 * Texts kept in a file of the run's own as their UTF-8 bytes, one after another, each after its
 * length, and read back as lists of those added one after another ({@link DiskTexts.list}): what
 * `usage` past `--memory` holds its lists' items as until it writes them — a distributor's month
 * whose items are more than its budget, never held in memory.
 */
export class DiskTexts {
  readonly #fd: number;
  readonly #buffer = Buffer.allocUnsafe(CHUNK);
  /** The bytes of {@link DiskTexts.#buffer} not yet written. */
  #at = 0;
  /** The bytes written to the file so far. */
  #written = 0;
  #closed = false;

  /**
   * @param path - The file: made, or emptied (a file of the run's own folder).
   */
  constructor(path: string) {
    this.#fd = openSync(path, 'w+');
  }

  /** Where the next text added will be: the list of the texts from here on starts at it. */
  get end(): number {
    return this.#written + this.#at;
  }

  /**
   * Keeps a text.
   *
   * @param text - The text.
   */
  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.#at + LENGTH + length > CHUNK) this.#flush();
    if (LENGTH + length > CHUNK) {
      const bytes = Buffer.allocUnsafe(LENGTH + length);
      bytes.writeUInt32LE(length, 0);
      bytes.write(text, LENGTH);
      this.#write(bytes, bytes.length);
      return;
    }
    this.#buffer.writeUInt32LE(length, this.#at);
    this.#at += LENGTH;
    this.#at += this.#buffer.write(text, this.#at);
  }

  /**
   * The texts added from `start` on, `count` of them, as a list read from the file in order (every
   * text added is written before the first is read).
   *
   * @param start - Where the first is ({@link DiskTexts.end} before it was added).
   * @param count - How many.
   * @returns The list.
   */
  list(start: number, count: number): PackedList {
    return {
      length: count,
      eachBytes: (take) => {
        const read = this.#reader(start);
        for (let i = 0; i < count; i++) {
          read.next();
          take(read.buffer, read.first, read.last, i);
        }
      },
      [Symbol.iterator]: () => {
        const read = this.#reader(start);
        let i = 0;
        return {
          next: (): IteratorResult<string> => {
            if (i >= count) return { done: true, value: undefined };
            i++;
            read.next();
            return { done: false, value: read.buffer.toString('utf8', read.first, read.last) };
          },
        };
      },
    };
  }

  /** Closes the file (its folder is the run's, removed with it). */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }

  /**
   * Reads the texts from `start` on, one after another, a megabyte of the file at a time: after
   * each `next`, the text's bytes are `buffer` from `first` to `last`.
   */
  #reader(start: number): { buffer: Buffer; first: number; last: number; next(): void } {
    this.#flush();
    const fd = this.#fd;
    // the file's bytes from `from` on are in `buffer`, `filled` of them
    let from = start;
    let filled = 0;
    let at = start;
    const read = {
      buffer: Buffer.allocUnsafe(Math.min(CHUNK, Math.max(this.#written - start, LENGTH))),
      first: 0,
      last: 0,
      next(): void {
        // held first: holding may read the file into a larger buffer
        const head = hold(LENGTH);
        const length = read.buffer.readUInt32LE(head);
        read.first = hold(LENGTH + length) + LENGTH;
        read.last = read.first + length;
        at += LENGTH + length;
      },
    };
    /** The file's bytes from `at` on, `bytes` of them, in `buffer`: where they start there. */
    const hold = (bytes: number): number => {
      if (at + bytes > from + filled) {
        if (bytes > read.buffer.length) read.buffer = Buffer.allocUnsafe(Math.max(bytes, CHUNK));
        filled = readSync(fd, read.buffer, 0, read.buffer.length, at);
        from = at;
        if (filled < bytes) throw new Error(`the run's list file ended at byte ${at + filled}`);
      }
      return at - from;
    };
    return read;
  }

  #flush(): void {
    this.#write(this.#buffer, this.#at);
    this.#at = 0;
  }

  #write(bytes: Buffer, length: number): void {
    let done = 0;
    while (done < length)
      done += writeSync(this.#fd, bytes, done, length - done, this.#written + done);
    this.#written += length;
  }
}
