/**
 * A JSON line's text as a row of one quoted cell (its quotes doubled), the form a record of a
 * JSON-lines file crosses to a worker or waits in a spill file in, read back by the CSV scan as
 * that one cell, the text unchanged.
 *
 * @param text - The line's text.
 * @returns The row's bytes, without its line feed.
 */
export function jsonCell(text: string): Buffer {
  return Buffer.from(`"${text.replaceAll('"', '""')}"`, 'utf8');
}
