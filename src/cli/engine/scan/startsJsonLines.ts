/** `{`: a file whose first byte that is not blank is one holds JSON lines (when they are read). */
const OPEN_BRACE = 0x7b;

/**
 * The engine's one test of a file's form (USG-7, the export's blobs): its first byte that is not
 * blank (space, tab, line feed, carriage return) is `{` for JSON lines, anything else for a CSV
 * (whose header starts with a name). The scan reads the file so, and so does DuckDB's engine
 * before it loads the file.
 *
 * @param piece - The next piece of the file's bytes (its byte-order mark dropped).
 * @returns Whether the file holds JSON lines; `undefined` when the piece is all blank (the next
 *   one tells).
 * @example
 * ```ts
 * startsJsonLines(Buffer.from('\r\n  {"a":1}'));
 * //=> true
 * ```
 */
export function startsJsonLines(piece: Buffer): boolean | undefined {
  const first = piece.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
  return first === undefined ? undefined : first === OPEN_BRACE;
}
