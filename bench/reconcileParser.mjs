// The CSV parser alone over a reconciliation file: the floor the `reconcile` command is measured
// against (REC-3: at most twice this time). The file is read, gunzipped when it is gzip, decoded as
// UTF-8 and split into rows by papaparse's parser exactly as the command does, and nothing else:
// the rows are counted and dropped. Prints one JSON line: rows and milliseconds.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';

const file = process.argv[2];
const head = Buffer.alloc(2);
const fd = openSync(file, 'r');
readSync(fd, head, 0, 2, 0);
closeSync(fd);
const start = performance.now();
const raw = createReadStream(file, { highWaterMark: 1 << 16 });
const bytes =
  head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip({ chunkSize: 1 << 16 })) : raw;
bytes.setEncoding('utf8');
let parser;
let rest = '';
let rows = 0;
for await (const piece of bytes) {
  const text = rest + piece;
  parser ??= new Papa.Parser({
    newline: /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n',
  });
  const result = parser.parse(text, 0, true);
  rows += result.data.length;
  rest = text.slice(result.meta.cursor);
}
if (rest !== '') rows += parser.parse(rest, 0, false).data.length;
console.log(JSON.stringify({ rows, ms: performance.now() - start }));
