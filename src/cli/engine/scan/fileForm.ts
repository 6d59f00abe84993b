import { startsJsonLines } from './startsJsonLines.ts';

/**
 * The bytes, and whether they hold JSON lines: told by their first byte that is not blank ({@link startsJsonLines}),
 * the pieces read to find it handed on first.
 *
 * @param bytes - A file's bytes, in pieces.
 * @returns Whether they hold JSON lines, and the same bytes from their start.
 */
export async function formOf(
  bytes: AsyncIterable<Buffer>,
): Promise<{ json: boolean; bytes: AsyncIterable<Buffer> }> {
  const iterator = bytes[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let json = false;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) break;
    const starts = startsJsonLines(next.value);
    // a piece that does not tell (blank) is copied: the pieces may be read into buffers used again
    seen.push(starts === undefined ? Buffer.from(next.value) : next.value);
    if (starts === undefined) continue;
    json = starts;
    break;
  }
  async function* all(): AsyncGenerator<Buffer> {
    try {
      yield* seen;
      for (;;) {
        const next = await iterator.next();
        if (next.done === true) return;
        yield next.value;
      }
    } finally {
      // a reader that stops before the end (the header only) stops the file's reading too
      await iterator.return?.();
    }
  }
  return { json, bytes: all() };
}
