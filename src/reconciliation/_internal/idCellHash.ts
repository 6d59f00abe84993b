const SPACE = 32;
const TAB = 9;
const CR = 13;
/** The first byte past ASCII. */
const WIDE = 128;

/**
 * Whether a byte is whitespace `String.prototype.trim` drops, of ASCII (tab to carriage return,
 * and space).
 *
 * @param c - The byte.
 * @returns Whether it is.
 */
export function isAsciiSpace(c: number): boolean {
  return c === SPACE || (c >= TAB && c <= CR);
}

/**
 * The hash of a `SubscriptionId` cell read from its bytes (REC-3): `idHash` of its trimmed text,
 * for the reader that splits the file among workers to find a row's worker, and for a row's
 * label cells (`byteCells`' `textHash`), without decoding the cell. The bytes of ASCII are their text's code units, and the whitespace `trim` drops from ASCII
 * is tab to carriage return and space, so the hash of the bytes between the first and last other
 * byte is the text's. A cell with a byte past ASCII is not read here (`undefined`: `trim` drops
 * more than ASCII's whitespace, and UTF-8 is not UTF-16): the caller decodes it.
 *
 * @param bytes - The bytes the cell lies in.
 * @param start - Where its bytes start.
 * @param end - Where they end (exclusive).
 * @returns The hash, from 0 to 2³² − 1; -1 when the trimmed text is empty; `undefined` when a
 *   byte is past ASCII.
 */
export function idCellHash(bytes: Uint8Array, start: number, end: number): number | undefined {
  let from = start;
  let to = end;
  while (from < to && isAsciiSpace(bytes[from] as number)) from++;
  while (to > from && isAsciiSpace(bytes[to - 1] as number)) to--;
  if (from === to) return -1;
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const c = bytes[i] as number;
    if (c >= WIDE) return undefined;
    hash ^= c;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
