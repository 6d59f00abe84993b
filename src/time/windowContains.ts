/**
 * Whether a half-open window [start, end) contains an instant (TIME-3): the start is inside,
 * the end is not. The caller rejects an instant before `start` as `OUT_OF_ORDER` first.
 *
 * @param startMs - Epoch milliseconds at which the window opens.
 * @param endMs - Epoch milliseconds at which it closes (exclusive).
 * @param ms - The instant asked about.
 * @returns `true` when `startMs ≤ ms < endMs`.
 */
export function windowContains(startMs: number, endMs: number, ms: number): boolean {
  return startMs <= ms && ms < endMs;
}
