// Loaded with `node --import` into a benchmarked process: at exit it writes the process's peak
// resident memory (`process.resourceUsage().maxRSS`, KiB) to standard error as one JSON line, so
// the benchmark reads the same figure on every platform without /usr/bin/time.
process.on('exit', () => {
  process.stderr.write(`\n${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
});
