// papaparse alone over a usage file: the floor `npm run bench:usage` measures the library against
// (one core at most twice this time). The file is read, gunzipped when it is gzip, and parsed into
// rows keyed by the header exactly as the library's run reads it (bench/usageRows.mjs); the rows
// are counted and dropped. Prints one JSON line: rows, milliseconds, and the CPU milliseconds of
// the process (every thread: gunzip works beside the parser), which other processes' load changes less.
import { readUsageRows } from './usageRows.mjs';

const start = performance.now();
const rows = await readUsageRows(process.argv[2], () => {});
const { user, system } = process.cpuUsage();
console.log(JSON.stringify({ rows, ms: performance.now() - start, cpuMs: (user + system) / 1000 }));
