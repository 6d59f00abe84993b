// The rows of a usage CSV (plain or gzip, told by its first two bytes), read by papaparse in
// header mode a chunk at a time, never the whole file in memory: the reading both sides of
// `npm run bench:usage` share, so the parser alone and the library differ only by what the library
// does with each row.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';

/**
 * Streams `file`'s rows to `onRows`, each chunk's rows as objects keyed by the header.
 *
 * @param {string} file - A CSV file, gzip or not.
 * @param {(rows: Record<string, string>[]) => void} onRows - Called with each chunk's rows.
 * @returns {Promise<number>} The rows read.
 */
export function readUsageRows(file, onRows) {
  const head = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const bytes =
    head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  bytes.setEncoding('utf8');
  let rows = 0;
  return new Promise((resolve, reject) => {
    bytes.on('error', reject);
    Papa.parse(bytes, {
      header: true,
      skipEmptyLines: true,
      chunk(result) {
        if (result.errors.length > 0)
          reject(new Error(`${file}: ${JSON.stringify(result.errors[0])}`));
        rows += result.data.length;
        onRows(result.data);
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}
