/** `{`: a file whose first byte that is not blank is one holds JSON lines (when they are read). */
const OPEN_BRACE = 0x7b;

/** A piece's first byte that is not blank (space, tab, line feed, carriage return), if any. */
function firstByte(piece: Buffer): number | undefined {
  return piece.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
}

/**
 * The bytes, and whether they hold JSON lines: told by their first byte that is not blank (`{`),
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
    seen.push(next.value);
    const first = firstByte(next.value);
    if (first === undefined) continue;
    json = first === OPEN_BRACE;
    break;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { json, bytes: all() };
}
