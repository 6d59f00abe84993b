import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The bytes of a file from `offset`, `length` of them, read by the thread that reads their rows
 * (REC-3, USG-7 `--workers`: a block of a file not gzip, given by where it lies), into `into` when
 * it has room, else into a buffer of its own. The file is opened and closed again for each range,
 * so a thread that ends holds no descriptor.
 *
 * @param path - The file.
 * @param offset - Where the range starts.
 * @param length - How many bytes it holds.
 * @param into - A buffer used again, when it holds `length` bytes.
 * @returns A view of the bytes, from byte 0 of its buffer.
 * @throws {Error} Naming the file, when it holds fewer bytes there than it did when the run began.
 */
export function rangeBytes(path: string, offset: number, length: number, into?: Buffer): Buffer {
  const buffer =
    into !== undefined && into.length >= length ? into : Buffer.allocUnsafeSlow(length);
  const fd = openSync(path, 'r');
  try {
    let at = 0;
    while (at < length) {
      const read = readSync(fd, buffer, at, length - at, offset + at);
      if (read === 0)
        throw new Error(
          `${path} holds ${offset + at} bytes, fewer than the ${offset + length} it held when the run began: it changed while it was read`,
        );
      at += read;
    }
  } finally {
    closeSync(fd);
  }
  return buffer.subarray(0, length);
}
