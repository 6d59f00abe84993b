// The rows of a usage CSV (plain or gzip, told by its first two bytes), read by papaparse in
// header mode and handed over one at a time as it parses them (its `step`), never the whole file
// in memory: the reading both sides of `npm run bench:usage` share, so the parser alone and the
// library differ only by what the library does with each row.
// Why a row at a time, not papaparse's `chunk`: a chunk hands over some 1,200 rows (≈ 10 MB of
// objects) at once and keeps them all alive until its callback returns, so whatever a program
// does with them, each young-generation collection during that work copies the whole chunk —
// measured at 1,000,000 gzip lines, the same library work cost 42.8 s of CPU fed by chunks and
// 29.7 s fed row by row, while papaparse alone took 21.1 s by chunks and 19.9 s by rows. A row at
// a time is papaparse's own way to stream a file, its fastest here, and how `observe` takes a line.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';

/**
 * Streams `file`'s rows to `onRow`, each an object keyed by the header, as papaparse parses it.
 *
 * @param {string} file - A CSV file, gzip or not.
 * @param {(row: Record<string, string>, index: number) => void} onRow - Called with each row and
 *   its number (from 1, the header not counted).
 * @returns {Promise<number>} The rows read.
 */
export function readUsageRows(file, onRow) {
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
      step(result, parser) {
        if (result.errors.length > 0) {
          parser.abort();
          reject(new Error(`${file}: ${JSON.stringify(result.errors[0])}`));
          return;
        }
        onRow(result.data, ++rows);
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}
