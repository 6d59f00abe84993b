// The library on one core over a usage file: each row as papaparse parses it (bench/usageRows.mjs)
// through the built `readUsageLine`, into one `createUsageReconciler`, then `finish`. A row the
// library does not read is a fault of the generator (bench/usageFile.mjs) or of the library: the
// run fails, naming the first, rather than time a file it refuses. Prints one JSON line: rows,
// milliseconds, CPU milliseconds
// (as bench/usageParser.mjs) and the summary.
import { createUsageReconciler, readUsageLine } from '../dist/usage.js';
import { readUsageRows } from './usageRows.mjs';

const start = performance.now();
const reconciler = createUsageReconciler();
const rows = await readUsageRows(process.argv[2], (cells, row) => {
  const read = readUsageLine(cells, row);
  if (!read.ok) {
    console.error(`row ${row} not read: ${JSON.stringify(read.issues)}`);
    process.exit(1);
  }
  reconciler.observe(read);
});
const { summary } = reconciler.finish();
const ms = performance.now() - start;
const { user, system } = process.cpuUsage();
console.log(JSON.stringify({ rows, ms, cpuMs: (user + system) / 1000, summary }));
