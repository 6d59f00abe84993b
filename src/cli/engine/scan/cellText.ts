/**
 * A scanned cell's text from its bytes (REC-3): UTF-8, a quoted cell's doubled quotes undone —
 * what a row of `csvScan` gives for a cell, and what a reader of its record decodes alike.
 *
 * @param bytes - The bytes the cell lies in.
 * @param start - Where its bytes start (after a quoted cell's opening quote).
 * @param end - Where they end (before a quoted cell's closing quote).
 * @param kind - The scan's kind of the cell: 2 for a quoted cell with doubled quotes to undo.
 * @returns The text.
 */
export function cellText(bytes: Buffer, start: number, end: number, kind: number): string {
  const text = bytes.toString('utf8', start, end);
  return kind === 2 ? text.replaceAll('""', '"') : text;
}
