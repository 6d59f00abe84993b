// What bench/maxRss.mjs wrote, read back: a benchmarked run's peak resident memory. Kept apart
// from maxRss.mjs, which registers its exit handler in whatever process imports it.

/**
 * The peak resident memory of a run, in KiB: the largest each of its processes wrote at its exit
 * (bench/maxRss.mjs). `reconcile` works in a child process whose heap its `--memory` bounds, and
 * the child is handed the same `--import`, so a run writes more than one line.
 *
 * @param {string} stderr - The run's standard error.
 * @returns {number} The largest peak written.
 */
export function peakKiB(stderr) {
  return Math.max(
    ...stderr
      .split('\n')
      .filter((line) => line.startsWith('{"maxRssKiB":'))
      .map((line) => JSON.parse(line).maxRssKiB),
  );
}
