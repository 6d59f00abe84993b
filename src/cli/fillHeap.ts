/**
 * Tests only: holds ever more until the thread's heap runs out, as a file too large for the heap
 * `--memory` gives would — so a test sees what a user sees then (one line, exit 3). Never returns.
 */
export function fillHeap(): never {
  const held: number[][] = [];
  for (;;) held.push(Array.from({ length: 1 << 16 }, (_, i) => i + held.length));
}
